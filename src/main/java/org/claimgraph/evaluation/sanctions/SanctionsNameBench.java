package org.claimgraph.evaluation.sanctions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.claimgraph.core.EntityType;
import org.claimgraph.screen.NameComparer;
import org.claimgraph.screen.NameMatch;

/**
 * Scores the labelled name pairs of the name bench with our matcher, and compares on the same pairs with the
 * logic-v2 scores stored beside them. Both files live in the sanctions data folder's {@code matching/}.
 */
public final class SanctionsNameBench {
    /** The cases file, relative to the sanctions data folder. */
    public static final String CASES = "matching/nomenklatura_name_bench_cases.csv";
    /** The stored logic-v2 scores, relative to the sanctions data folder. */
    public static final String LOGIC_V2 = "matching/nomenklatura_name_bench_logicv2_frozen_scores.csv";
    /** The threshold logic-v2's scores were published with. */
    public static final double LOGIC_V2_THRESHOLD = 0.70;

    private final NameComparer comparer;
    private final double threshold;

    /** Creates a bench that calls a pair a match when our score reaches {@code threshold}. */
    public SanctionsNameBench(NameComparer comparer, double threshold) {
        this.comparer = Objects.requireNonNull(comparer, "comparer");
        this.threshold = threshold;
    }

    /** Runs the bench over the files under {@code dataDir}; see {@link SanctionsNameBenchResult}. */
    public SanctionsNameBenchResult run(Path dataDir) {
        List<Map<String, String>> cases = SanctionsCsv.read(dataDir.resolve(CASES));
        Map<String, Double> v2 = new HashMap<>();
        for (Map<String, String> row : SanctionsCsv.read(dataDir.resolve(LOGIC_V2))) {
            v2.put(key(row), Double.parseDouble(row.get("score")));
        }
        var all = new SanctionsMetrics(0, 0, 0, 0);
        var oursCommon = all;
        var v2Common = all;
        var mistakes = new ArrayList<String>();
        for (Map<String, String> row : cases) {
            boolean expected = Boolean.parseBoolean(row.get("is_match"));
            EntityType type = row.get("schema").equals("Person") ? EntityType.PERSON : EntityType.ORG;
            NameMatch m = comparer.compare(row.get("name1"), row.get("name2"), type, true);
            boolean predicted = m.score() >= threshold;
            all = all.add(expected, predicted);
            if (expected != predicted) {
                mistakes.add((expected ? "FN " : "FP ") + row.get("schema") + " | " + row.get("name1") + " | "
                        + row.get("name2") + " | " + m.explanation());
            }
            Double stored = v2.get(key(row));
            if (stored != null) {
                oursCommon = oursCommon.add(expected, predicted);
                v2Common = v2Common.add(expected, stored >= LOGIC_V2_THRESHOLD);
            }
        }
        return new SanctionsNameBenchResult(all, oursCommon, v2Common, mistakes);
    }

    private static String key(Map<String, String> row) {
        return row.get("schema") + "\u0000" + row.get("name1") + "\u0000" + row.get("name2") + "\u0000"
                + row.get("is_match");
    }
}
