package org.claimgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run killed with SIGKILL half-way leaves only whole documents, and the next run completes the corpus. */
class AnalyzeKillIT {
    private static final int PAGES = 400;

    @TempDir
    Path dir;

    @Test
    void killedRunLeavesNoHalfWrittenDocument() throws Exception {
        Path corpus = syntheticCorpus();
        Path db = dir.resolve("killed.db");
        Process run = start(corpus, db);
        waitForSomeDocuments(db, run);

        run.destroyForcibly();
        assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();

        int documents = count(db, "documents");
        assertThat(documents).isBetween(1, PAGES - 1);
        assertThat(count(db, "document_analyses")).isEqualTo(documents);
        assertThat(integrity(db)).isEqualTo("ok");

        Process again = start(corpus, db);
        assertThat(again.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(again.exitValue()).isZero();
        assertThat(count(db, "documents")).isEqualTo(PAGES);
        assertThat(count(db, "document_analyses")).isEqualTo(PAGES);
    }

    private Path syntheticCorpus() throws IOException {
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        for (int i = 0; i < PAGES; i++) {
            Files.writeString(corpus.resolve(String.format("page-%04d.txt", i)), "Synthetic report number " + i
                    + "\n\nThe harbour authority of Port Alvan said on Monday that " + (100 + i)
                    + " ships were waiting offshore, according to Meridian Wire. Calloway Terminals declined to "
                    + "comment on the strike, which entered its " + (i % 7 + 1) + " week.\n");
        }
        return corpus;
    }

    private static Process start(Path corpus, Path db) throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-cp", System.getProperty("java.class.path"), "org.claimgraph.cli.Main", "analyze",
                corpus.toString(), "--db", db.toString(), "-q", "--threads", "1");
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static void waitForSomeDocuments(Path db, Process run) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline && run.isAlive()) {
            if (Files.exists(db) && countQuietly(db) >= 20) {
                return;
            }
            run.waitFor(200, TimeUnit.MILLISECONDS);
        }
        throw new AssertionError("the analysis stored no documents within 3 minutes, or ended before it was killed");
    }

    private static int countQuietly(Path db) {
        try {
            return count(db, "documents");
        } catch (SQLException ignored) {
            // the schema may not exist yet while the first run is still migrating; try again shortly
            return 0;
        }
    }

    private static int count(Path db, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            return rs.getInt(1);
        }
    }

    private static String integrity(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            return rs.getString(1);
        }
    }
}
