package org.claimgraph.evaluation.sanctions;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.claimgraph.core.EntityType;
import org.claimgraph.core.SanctionHit;
import org.claimgraph.screen.lists.EntryType;
import org.claimgraph.screen.lists.ListEntry;
import org.claimgraph.screen.lists.ListFormat;
import org.claimgraph.screen.lists.SanctionsList;
import org.claimgraph.screen.Screener;

/**
 * Screens the yente candidate-generation sets: the UN names with typos and reorderings ("treated") must hit
 * their own untreated UN entry; synthetic people and US Congress members must hit nothing, neither on the UN
 * list nor on the other lists given (e.g. the full SDN list).
 */
public final class SanctionsYente {
    /** The UN names as listed. */
    public static final String UN_UNTREATED = "matching/yente_positives_un_untreated.csv";
    /** The same UN names, row by row, with typos, reorderings and other spellings. */
    public static final String UN_TREATED = "matching/yente_positives_un_treated.csv";
    /** Names that must hit nothing: synthetic people and US Congress members. */
    public static final List<String> NEGATIVES = List.of("matching/yente_negatives_global_1000.csv",
            "matching/yente_negatives_us_1000.csv", "matching/yente_positives_us_congress_untreated.csv");

    /**
     * The outcome.
     *
     * @param metrics  positives: treated name hits its own entry (TP) or not (FN); negatives: any hit (FP) or none
     * @param mistakes one line per wrong decision, with the hit's explanation where there was one
     */
    public record Result(SanctionsMetrics metrics, List<String> mistakes) {
        /** Validates the fields and copies the mistakes. */
        public Result {
            Objects.requireNonNull(metrics, "metrics");
            mistakes = List.copyOf(mistakes);
        }
    }

    private final double threshold;

    /** Creates an evaluation that screens at {@code threshold}. */
    public SanctionsYente(double threshold) {
        this.threshold = threshold;
    }

    /** Runs the evaluation over the files under {@code dataDir}, screening against the UN list plus {@code others}. */
    public Result run(Path dataDir, List<SanctionsList> others) {
        List<Map<String, String>> untreated = SanctionsCsv.read(dataDir.resolve(UN_UNTREATED));
        List<Map<String, String>> treated = SanctionsCsv.read(dataDir.resolve(UN_TREATED));
        var lists = new ArrayList<SanctionsList>(others);
        lists.add(unList(untreated));
        Screener screener = Screener.of(lists, threshold);
        var metrics = new SanctionsMetrics(0, 0, 0, 0);
        var mistakes = new ArrayList<String>();
        for (int row = 0; row < treated.size(); row++) {
            String name = treated.get(row).get("full_name");
            List<SanctionHit> hits = screener.screen(name, EntityType.PERSON);
            String expected = "un-" + (row + 1);
            boolean found = hits.stream().anyMatch(h -> h.entryId().equals(expected));
            metrics = metrics.add(true, found);
            if (!found) {
                mistakes.add("FN " + name + " | expected " + untreated.get(row).get("full_name"));
            }
        }
        for (String file : NEGATIVES) {
            for (Map<String, String> r : SanctionsCsv.read(dataDir.resolve(file))) {
                List<SanctionHit> hits = screener.screen(r.get("full_name"), EntityType.PERSON);
                metrics = metrics.add(false, !hits.isEmpty());
                if (!hits.isEmpty()) {
                    mistakes.add("FP " + r.get("full_name") + " | " + hits.get(0).entryName() + " | "
                            + hits.get(0).explanation());
                }
            }
        }
        return new Result(metrics, mistakes);
    }

    private static SanctionsList unList(List<Map<String, String>> rows) {
        var entries = new ArrayList<ListEntry>();
        for (int row = 0; row < rows.size(); row++) {
            entries.add(new ListEntry("un-" + (row + 1), rows.get(row).get("full_name"), List.of(), EntryType.PERSON,
                    List.of("UN")));
        }
        return new SanctionsList("yente_un_untreated", LocalDate.of(2025, 8, 26), ListFormat.FTM_JSONL, entries);
    }
}
