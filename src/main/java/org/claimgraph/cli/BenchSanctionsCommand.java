package org.claimgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.claimgraph.evaluation.sanctions.SanctionsSpeed;
import org.claimgraph.screen.lists.ListReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimgraph bench sanctions}: list load time and screening names/second on one thread. */
@Command(name = "sanctions", mixinStandardHelpOptions = true,
        description = "Loads a sanctions list (read + index) and screens generated names on one thread; prints the "
                + "load time and names/second.")
final class BenchSanctionsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--list", paramLabel = "FILE",
            defaultValue = "../shared/data/sanctions/ofac/ofac_sdn_2024-05-03.csv",
            description = "The list to load and screen against (default: ${DEFAULT-VALUE}).")
    private Path list;

    @Option(names = "--names", defaultValue = "10000", description = "Names to screen (default: ${DEFAULT-VALUE}).")
    private int names;

    @Option(names = "--loads", defaultValue = "3", description = "Times to load the list (default: ${DEFAULT-VALUE}).")
    private int loads;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the name generator (default: "
            + "${DEFAULT-VALUE}).")
    private long seed;

    @Override
    public Integer call() throws java.io.IOException {
        if (names < 1 || loads < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--names and --loads must be positive; got " + names + " and " + loads);
        }
        byte[] bytes = Files.readAllBytes(list);
        SanctionsSpeed.Result result = new SanctionsSpeed(new ListReader(Clock.systemUTC()))
                .run(bytes, list.getFileName().toString(), loads, names, seed);
        spec.commandLine().getOut().println(result.summary());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
