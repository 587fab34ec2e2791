package org.claimgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchStoriesCommandTest {
    @Test
    void printsOneLinePerArchiveAndTheGrowthRatio() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new BenchStoriesCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute("--sizes", "200,400");
        String[] lines = out.toString().split("\n");
        assertThat(exit).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("       200 docs").contains("planted pairs recovered 25/25 (1.000)")
                .contains("stories 32  B-cubed P 1.000 R 1.000 F1 1.000");
        assertThat(lines[2]).startsWith("growth 200 -> 400 docs (x2.0): time x");
    }
}
