package org.claimgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.claimgraph.core.BadInputException;
import org.claimgraph.core.Problem;
import org.claimgraph.screen.lists.ListReader;
import org.claimgraph.screen.lists.ListReading;
import org.claimgraph.store.SqliteStore;
import org.claimgraph.store.StoredList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimgraph lists}: the sanctions lists kept in the database, which every analysis screens against. */
@Command(name = "lists", mixinStandardHelpOptions = true,
        description = {"Shows the sanctions lists kept in the database, or adds one with 'lists add FILE'.",
            "Every analysis screens its entities against every list kept."})
final class ListsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "claimgraph.db", scope = ScopeType.INHERIT,
            description = "SQLite database file (default: ${DEFAULT-VALUE}).")
    private Path db;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (SqliteStore store = SqliteStore.open(db)) {
            List<StoredList> lists = store.lists();
            if (lists.isEmpty()) {
                out.println("no sanctions list loaded; add one with: claimgraph lists add FILE");
            }
            for (StoredList l : lists) {
                out.printf(Locale.ROOT, "%-40s %-40s loaded %s, %,d bytes%n", l.name(), l.fileName(), l.loadedAt(),
                        l.content().length);
            }
        }
        out.flush();
        return 0;
    }

    /** Adds list files, checked by reading them first. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Reads sanctions list files (OFAC SDN CSV or FollowTheMoney JSON lines) and keeps them in "
                + "the database under their file name; a list of the same name is replaced.",
                "Re-run 'claimgraph analyze' (or 'report') to screen the graph against them."})
    int add(@Parameters(arity = "1..*", paramLabel = "FILE") List<Path> files) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean failed = false;
        ListReader reader = new ListReader(Clock.systemUTC());
        try (SqliteStore store = SqliteStore.open(db)) {
            for (Path file : files) {
                failed |= !addOne(file, reader, store, out, err);
            }
            new org.claimgraph.pipeline.GraphRefresh(store).rescreen();
        }
        out.flush();
        err.flush();
        return failed ? 1 : 0;
    }

    private static boolean addOne(Path file, ListReader reader, SqliteStore store, PrintWriter out, PrintWriter err) {
        try {
            byte[] content = Files.readAllBytes(file);
            ListReading reading = reader.read(content, file.toString());
            reading.problems().stream().map(Problem::line).forEach(err::println);
            String name = reading.list().name();
            store.saveList(new StoredList(name, String.valueOf(file.getFileName()), sha256(content),
                    Clock.systemUTC().instant(), content));
            out.printf(Locale.ROOT, "%s: %,d entries loaded as '%s'%s%n", file, reading.list().entries().size(), name,
                    reading.problems().isEmpty() ? "" : ", " + reading.problems().size() + " rows failed");
            return reading.problems().isEmpty();
        } catch (IOException e) {
            err.println(file + ": list file cannot be read (" + e.getMessage() + "); expected a readable file");
            return false;
        } catch (BadInputException e) {
            err.println(e.problem().line());
            return false;
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
