package org.claimgraph.cli;

import java.util.concurrent.Callable;
import org.claimgraph.evaluation.EntityEvaluation;
import org.claimgraph.evaluation.PlainCoreNlp;
import org.claimgraph.pipeline.Stages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimgraph eval entities}: entity P/R/F1 on the seeds, ours and plain CoreNLP's. */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "Entity name+type and alias-merge precision, recall and F1 on the seed pages, "
                + "with plain CoreNLP's on the same text.")
final class EvalEntitiesCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private SeedsOption seeds;

    @Override
    public Integer call() {
        Stages stages = Stages.defaults();
        EntityEvaluation evaluation = new EntityEvaluation(seeds.seeds);
        EntityEvaluation.Result ours = evaluation.ours(stages);
        EntityEvaluation.Result peer = evaluation.peer(stages, new PlainCoreNlp());
        EntityEvaluation.print(ours, peer, spec.commandLine().getOut());
        return 0;
    }
}
