package org.claimgraph.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.claimgraph.core.BadInputException;
import org.claimgraph.core.EntityType;
import org.claimgraph.core.Problem;
import org.claimgraph.core.SanctionHit;
import org.claimgraph.screen.lists.ListReader;
import org.claimgraph.screen.lists.ListReading;
import org.claimgraph.screen.lists.SanctionsList;
import org.claimgraph.screen.Screener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code claimgraph screen NAME...}: checks names against sanctions lists, as a table or JSON. */
@Command(name = "screen", mixinStandardHelpOptions = true,
        description = "Checks names against sanctions lists (OFAC SDN CSV or FollowTheMoney JSON lines) and prints "
                + "the entries each name matches, best first, with the score and why.")
final class ScreenCommand implements Callable<Integer> {
    /** How the hits are printed. */
    enum Format {
        table, json
    }

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "NAME", description = "The names to check.")
    private List<String> names;

    @Option(names = "--list", paramLabel = "FILE", description = "A list file to screen against; repeatable.")
    private List<Path> lists = new ArrayList<>();

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "claimgraph.db", description = "Database whose "
            + "lists (see 'claimgraph lists') are used when no --list is given (default: ${DEFAULT-VALUE}).")
    private Path db;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--threshold", paramLabel = "X", description = "The lowest score that counts as a hit "
            + "(default: 0.80).")
    private double threshold = Screener.DEFAULT_THRESHOLD;

    @Option(names = "--type", defaultValue = "MISC", description = "What the names are: PERSON, ORG, PRODUCT or MISC "
            + "(any entry) (default: ${DEFAULT-VALUE}).")
    private EntityType type;

    @Override
    public Integer call() throws JsonProcessingException {
        validate();
        var loaded = new ArrayList<SanctionsList>();
        boolean failed = loadLists(loaded);
        if (loaded.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no sanctions list loaded; give one with --list FILE "
                    + "or keep one in the database with 'claimgraph lists add FILE'");
        }
        Screener screener = Screener.of(loaded, threshold);
        Map<String, List<SanctionHit>> hits = new LinkedHashMap<>();
        for (String name : names) {
            hits.put(name, screener.screen(name, type));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? new ObjectMapper().writerWithDefaultPrettyPrinter()
                .writeValueAsString(json(hits)) + System.lineSeparator() : table(hits));
        out.flush();
        return failed ? 1 : 0;
    }

    private void validate() {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new ParameterException(spec.commandLine(), "--threshold " + threshold
                    + " is out of range; expected (0, 1]");
        }
        for (String name : names) {
            if (name.isBlank()) {
                throw new ParameterException(spec.commandLine(), "name '" + name + "' is blank; expected a name"
                        + " to screen");
            }
        }
    }

    /** Loads every list it can; returns whether any file or row failed (each reported on stderr). */
    private boolean loadLists(List<SanctionsList> loaded) {
        var reader = new ListReader(Clock.systemUTC());
        PrintWriter err = spec.commandLine().getErr();
        boolean failed = false;
        if (lists.isEmpty() && Files.isRegularFile(db)) {
            try (org.claimgraph.store.SqliteStore store = org.claimgraph.store.SqliteStore.open(db)) {
                for (org.claimgraph.store.StoredList stored : store.lists()) {
                    ListReading reading = reader.read(stored.content(), stored.name());
                    loaded.add(reading.list());
                }
            }
        }
        for (Path file : lists) {
            try {
                ListReading reading = reader.read(Files.readAllBytes(file), file.toString());
                loaded.add(reading.list());
                reading.problems().stream().map(Problem::line).forEach(err::println);
                failed |= !reading.problems().isEmpty();
            } catch (IOException e) {
                err.println("claimgraph: cannot read list file '" + file + "': " + e.getMessage());
                failed = true;
            } catch (BadInputException e) {
                err.println("claimgraph: " + e.getMessage());
                failed = true;
            }
        }
        err.flush();
        return failed;
    }

    private static List<Map<String, Object>> json(Map<String, List<SanctionHit>> hits) {
        var out = new ArrayList<Map<String, Object>>();
        hits.forEach((name, list) -> {
            var entry = new LinkedHashMap<String, Object>();
            entry.put("name", name);
            entry.put("sanctions", list);
            out.add(entry);
        });
        return out;
    }

    private static String table(Map<String, List<SanctionHit>> hits) {
        var sb = new StringBuilder();
        hits.forEach((name, list) -> {
            sb.append(name).append(list.isEmpty() ? ": no hit" : ":").append(System.lineSeparator());
            for (SanctionHit h : list) {
                sb.append(String.format(Locale.ROOT, "  %.3f  %s  %s  %s  [%s]%n      why: %s%n", h.score(),
                        h.list(), h.entryId(), h.entryName(), h.programme(), h.explanation()));
            }
        });
        return sb.toString();
    }
}
