package org.claimgraph.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code claimgraph} command: turns news pages into a claim graph. */
@Command(name = "claimgraph", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Turns news pages into a claim graph: who claims what, about whom, who said it first, "
                + "who only repeats it, who denied it, and which named companies are sanctioned.",
        subcommands = {AnalyzeCommand.class, ReportCommand.class, ServeCommand.class, ExportCommand.class,
            ScreenCommand.class, ListsCommand.class,
            EvalCommand.class, BenchCommand.class, TrainCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Success.", "1:Some inputs failed, or an internal error.", "2:Usage error."})
public final class Main {
    private final InputStream stdin;

    Main(InputStream stdin) {
        this.stdin = stdin;
    }

    InputStream stdin() {
        return stdin;
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
        System.exit(execute(args, System.in, out, err));
    }

    /** Runs the command line with the given streams and returns the exit code; for tests and embedding. */
    public static int execute(String[] args, InputStream stdin, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main(stdin));
        cli.setOut(out).setErr(err).setExecutionExceptionHandler(new ErrorHandler());
        return cli.execute(args);
    }
}
