package org.claimgraph.cli;

import picocli.CommandLine.Command;

/** {@code claimgraph bench}: benchmarks that print figures. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks that print speed and memory figures.",
        subcommands = {BenchAnalyzeCommand.class, BenchNlpCommand.class, BenchSanctionsCommand.class,
            BenchWebCommand.class, BenchStoriesCommand.class})
final class BenchCommand {
}
