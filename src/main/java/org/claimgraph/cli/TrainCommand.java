package org.claimgraph.cli;

import picocli.CommandLine.Command;

/** {@code claimgraph train}: rebuilds shipped models from training data. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Rebuilds the models Claimgraph ships from their training data.",
        subcommands = {TrainAttributionCommand.class})
final class TrainCommand {
}
