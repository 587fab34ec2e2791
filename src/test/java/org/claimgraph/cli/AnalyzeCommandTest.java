package org.claimgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
    @TempDir
    Path dir;

    @Test
    void seedsGiveTheJsonContractWithFiveDocuments() throws IOException {
        Path db = dir.resolve("seeds.db");

        CliRun run = CliRun.of("analyze", Seeds.DIR.toString(), "--db", db.toString(), "--format", "json", "-q");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("claimgraph_report").asText()).isEqualTo("1");
        assertThat(report.get("documents")).hasSize(5);
        JsonNode first = report.get("documents").get(0);
        assertThat(first.fieldNames()).toIterable().contains("id", "source", "title", "outlet", "original_outlet",
                "published", "language", "story", "rewrite_of", "text");
        assertThat(report.get("documents")).extracting(d -> d.get("source").asText())
                .allMatch(s -> s.startsWith(Seeds.DIR.toString()));
        assertThat(report.get("stories").get(0).fieldNames()).toIterable().contains("id", "title", "documents");
        assertThat(report.get("entities").get(0).fieldNames()).toIterable()
                .contains("id", "name", "type", "aliases", "mentions", "sanctions");
        JsonNode claim = report.get("claims").get(0);
        assertThat(claim.fieldNames()).toIterable().contains("id", "subject", "predicate", "object", "value", "unit",
                "stance", "attributed_to", "origin", "documents", "independent_sources", "evidence",
                "contradicted_by");
        JsonNode evidence = claim.get("evidence").get(0);
        String text = textOf(report, evidence.get("document").asText());
        assertThat(text.substring(evidence.get("start").asInt(), evidence.get("end").asInt()))
                .isEqualTo(evidence.get("text").asText());
        assertThat(run.err()).contains("5 read, 5 analysed, 0 already in the database, 0 failed");
    }

    @Test
    void analysingTheSameContentTwiceLeavesTheDatabaseUnchanged() throws SQLException {
        Path db = dir.resolve("twice.db");
        CliRun first = CliRun.of("analyze", Seeds.DIR.toString(), "--db", db.toString(), "-q");
        List<String> before = dump(db);

        CliRun second = CliRun.of("analyze", Seeds.DIR.toString(), "--db", db.toString(), "-q");

        assertThat(first.exitCode()).isZero();
        assertThat(second.exitCode()).isZero();
        assertThat(second.err()).contains("5 read, 0 analysed, 5 already in the database");
        assertThat(dump(db)).isEqualTo(before);
        assertThat(second.out()).isEqualTo(first.out());
    }

    @Test
    void badFilesFailAloneWithOneLineEachAndExitCodeOne() throws IOException, SQLException {
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        Files.copy(Path.of("examples/harbour-ministry-denial.txt"), corpus.resolve("good-1.txt"));
        Files.copy(Path.of("examples/meridian-exclusive.html"), corpus.resolve("good-2.html"));
        Files.write(corpus.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        Files.write(corpus.resolve("latin1.txt"), "Caf\u00e9 owners say the port strike hurts".getBytes(
                StandardCharsets.ISO_8859_1));
        Files.createSymbolicLink(corpus.resolve("unreadable.txt"), corpus.resolve("gone.txt"));
        Path db = dir.resolve("bad.db");

        CliRun run = CliRun.of("analyze", corpus.toString(), "--db", db.toString(), "-q");

        assertThat(run.exitCode()).isEqualTo(1);
        List<String> lines = run.err().lines().toList();
        assertThat(lines).filteredOn(l -> l.startsWith(corpus.resolve("binary.txt").toString()))
                .singleElement().asString().contains("NUL byte");
        assertThat(lines).filteredOn(l -> l.startsWith(corpus.resolve("empty.txt").toString()))
                .singleElement().asString().contains("empty");
        assertThat(lines).filteredOn(l -> l.startsWith(corpus.resolve("latin1.txt").toString()))
                .singleElement().asString().contains("UTF-8");
        assertThat(lines).filteredOn(l -> l.startsWith(corpus.resolve("unreadable.txt").toString()))
                .singleElement().asString().contains("does not exist");
        assertThat(run.err()).contains("3 read, 2 analysed, 0 already in the database, 4 failed");
        assertThat(count(db, "documents")).isEqualTo(2);
        assertThat(count(db, "document_analyses")).isEqualTo(2);
    }

    private static String textOf(JsonNode report, String id) {
        for (JsonNode d : report.get("documents")) {
            if (d.get("id").asText().equals(id)) {
                return d.get("text").asText();
            }
        }
        throw new AssertionError("no document " + id + " in the report");
    }

    private static int count(Path db, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            return rs.getInt(1);
        }
    }

    /** Every row of every table except the migration history, as text, in a stable order. */
    static List<String> dump(Path db) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' "
                    + "AND name NOT LIKE 'flyway%' AND name NOT LIKE '%fts%' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder(table);
                        for (int i = 1; i <= columns; i++) {
                            row.append('|').append(rs.getString(i));
                        }
                        rows.add(row.toString());
                    }
                }
            }
        }
        return rows;
    }
}
