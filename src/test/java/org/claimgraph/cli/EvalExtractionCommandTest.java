package org.claimgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EvalExtractionCommandTest {
    @Test
    void failsWithExitOneWhenTheBenchmarkIsMissing() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new EvalExtractionCommand());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute("--benchmark", "no-such-dir", "--no-peer");
        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().strip()).isEqualTo("benchmark 'no-such-dir' has no ground-truth.json; expected the"
                + " article-extraction benchmark directory");
    }
}
