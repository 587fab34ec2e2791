package org.claimgraph.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process and keeps its exit code, stdout and stderr. */
record CliRun(int exitCode, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new ByteArrayInputStream(new byte[0]), new PrintWriter(out),
                new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }
}
