package org.claimgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimgraph.evaluation.web.WebBenchData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExportCommandTest {
    @TempDir
    Path dir;

    private int run(StringWriter out, StringWriter err, String... args) {
        return new CommandLine(new ExportCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(args);
    }

    @Test
    void writesCsvToStandardOutputAndGraphMlToAFile() throws Exception {
        Path db = dir.resolve("x.db");
        new WebBenchData(50).write(db);
        StringWriter out = new StringWriter();
        assertThat(run(out, new StringWriter(), "--db", db.toString(), "--format", "csv")).isZero();
        assertThat(out.toString().lines().count()).isEqualTo(31);
        Path graphml = dir.resolve("g.graphml");
        assertThat(run(new StringWriter(), new StringWriter(), "--db", db.toString(), "--format", "graphml", "-o",
                graphml.toString())).isZero();
        assertThat(Files.readString(graphml)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><graphml");
    }

    @Test
    void missingDatabaseIsAUsageError() {
        StringWriter err = new StringWriter();
        assertThat(run(new StringWriter(), err, "--db", dir.resolve("none.db").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("does not exist; expected a file made by 'claimgraph analyze'");
    }
}
