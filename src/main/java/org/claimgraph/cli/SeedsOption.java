package org.claimgraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --seeds DIR} option of the evaluations that score the seed pages against their gold file. */
final class SeedsOption {
    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "../shared/corpus/seeds",
            description = "The seed pages with gold.json (default: ${DEFAULT-VALUE}).")
    Path seeds;
}
