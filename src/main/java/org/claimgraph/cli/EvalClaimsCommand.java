package org.claimgraph.cli;

import java.util.concurrent.Callable;
import org.claimgraph.evaluation.ClaimEvaluation;
import org.claimgraph.pipeline.Stages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimgraph eval claims}: claims, origins, independent sources, relations and denials on the seeds. */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = "Claim recall, precision, origin and independent-source accuracy, relations and denial links "
                + "on the seed pages against gold.json.")
final class EvalClaimsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private SeedsOption seeds;

    @Override
    public Integer call() {
        ClaimEvaluation.Result result = new ClaimEvaluation(seeds.seeds).run(Stages.defaults(),
                ClaimEvaluation.scratch());
        ClaimEvaluation.print(result, spec.commandLine().getOut());
        return 0;
    }
}
