package org.claimgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.evaluation.sanctions.SanctionsNameBench;
import org.claimgraph.evaluation.sanctions.SanctionsNameBenchResult;
import org.claimgraph.evaluation.sanctions.SanctionsReport;
import org.claimgraph.evaluation.sanctions.SanctionsYente;
import org.claimgraph.screen.lists.ListReader;
import org.claimgraph.screen.NameComparer;
import org.claimgraph.screen.lists.SanctionsList;
import org.claimgraph.screen.Screener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimgraph eval sanctions}: name-matching P/R/F1, ours and the stored logic-v2 scores, side by side. */
@Command(name = "sanctions", mixinStandardHelpOptions = true,
        description = "Precision, recall and F1 of the sanctions name matcher on the labelled name-bench pairs "
                + "(with the stored logic-v2 scores on the same pairs) and on the yente screening sets.")
final class EvalSanctionsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data/sanctions",
            description = "The sanctions data folder with matching/ and ofac/ (default: ${DEFAULT-VALUE}).")
    private Path data;

    @Option(names = "--sdn", paramLabel = "FILE", description = "The SDN list the yente names are screened "
            + "against too (default: ofac/ofac_sdn_2024-05-03.csv in the data folder).")
    private Path sdn;

    @Option(names = "--threshold", paramLabel = "X", description = "Our match threshold (default: the screener's, "
            + "0.80).")
    private double threshold = Screener.DEFAULT_THRESHOLD;

    @Option(names = "--mistakes", description = "Also list every pair and name we decide wrongly.")
    private boolean mistakes;

    @Override
    public Integer call() throws java.io.IOException {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--threshold " + threshold + " is out of range; expected (0, 1]");
        }
        Path sdnFile = sdn != null ? sdn : data.resolve("ofac/ofac_sdn_2024-05-03.csv");
        SanctionsList list = new ListReader(Clock.systemUTC()).read(Files.readAllBytes(sdnFile),
                sdnFile.getFileName().toString()).list();
        SanctionsNameBenchResult bench = new SanctionsNameBench(new NameComparer(), threshold).run(data);
        SanctionsYente.Result yente = new SanctionsYente(threshold).run(data, List.of(list));
        SanctionsReport.print(bench, yente, threshold, mistakes, spec.commandLine().getOut());
        return 0;
    }
}
