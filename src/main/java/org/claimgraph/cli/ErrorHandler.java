package org.claimgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception that escaped a command into one line on stderr (the stack trace only with --verbose) and
 * exit code 1.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        boolean verbose = parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"))
                || parsed.hasMatchedOption("--verbose");
        cli.getErr().println("claimgraph: " + e.getMessage());
        if (verbose) {
            e.printStackTrace(cli.getErr());
        } else {
            cli.getErr().println("(run with --verbose for details)");
        }
        cli.getErr().flush();
        return 1;
    }
}
