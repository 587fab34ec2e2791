package org.claimgraph.cli;

import picocli.CommandLine.Command;

/** {@code claimgraph eval}: quality evaluations against gold data, printing precision, recall and F1. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluations against the gold data of the shared corpora.",
        subcommands = {EvalEntitiesCommand.class, EvalClaimsCommand.class, EvalSanctionsCommand.class,
            EvalAttributionCommand.class, EvalExtractionCommand.class,
            EvalStoriesCommand.class})
final class EvalCommand {
}
