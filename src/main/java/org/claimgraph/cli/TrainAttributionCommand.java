package org.claimgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.claims.attribution.AttributionTrainer;
import org.claimgraph.claims.attribution.LabelledText;
import org.claimgraph.evaluation.attribution.AttributionArticle;
import org.claimgraph.evaluation.attribution.AttributionCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimgraph train attribution}: trains the attribution tagger on PolNeAR train and writes the model. */
@Command(name = "attribution", mixinStandardHelpOptions = true,
        description = "Train the attribution tagger on the PolNeAR train split (never dev) and write the model.")
public final class TrainAttributionCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--corpus", defaultValue = "../shared/corpus/polnear",
            description = "PolNeAR directory holding metadata.tsv (default: ${DEFAULT-VALUE})")
    private Path corpus;

    @Option(names = "--out",
            defaultValue = "src/main/resources/org/claimgraph/claims/attribution/attribution-tagger.tsv.gz",
            description = "model file to write (default: ${DEFAULT-VALUE})")
    private Path out;

    @Option(names = "--epochs", defaultValue = "10", description = "training passes (default: ${DEFAULT-VALUE})")
    private int epochs;

    @Option(names = "--holdout-every", defaultValue = "0",
            description = "leave out every Nth train article, for tuning without dev: a holdout spread over "
                    + "publishers, scored by 'eval attribution --split train --holdout-every N' (default: none)")
    private int holdoutEvery;

    @Option(names = "--without-multiply-annotated",
            description = "leave out the train articles several annotators annotated, so that 'eval attribution "
                    + "--agreement --split train --model FILE' compares the tagger with the annotators on unseen text")
    private boolean withoutMultiplyAnnotated;

    @Override
    public Integer call() throws IOException {
        AttributionCorpus train = new AttributionCorpus(corpus);
        List<AttributionArticle> articles = AttributionCorpus.everyNth(withoutMultiplyAnnotated
                ? train.articlesAnnotatedOnce("train") : train.articles("train"), holdoutEvery, false);
        List<LabelledText> texts = articles.stream().map(AttributionArticle::labelled).toList();
        try (OutputStream stream = Files.newOutputStream(out)) {
            new AttributionTrainer(epochs, 1L).train(texts, stream);
        }
        spec.commandLine().getOut().println("trained on " + texts.size() + " articles; model written to " + out);
        return 0;
    }
}
