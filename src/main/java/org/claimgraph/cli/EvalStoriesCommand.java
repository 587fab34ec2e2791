package org.claimgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.claimgraph.evaluation.stories.StoriesBCubed;
import org.claimgraph.evaluation.stories.StoriesCorpora;
import org.claimgraph.evaluation.stories.StoriesEvaluation;
import org.claimgraph.stories.StoryClusterer;
import org.claimgraph.stories.StoryOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code claimgraph eval stories}: B-cubed precision, recall and F1 of story clustering on the seed pages and on ECB+
 * (train, dev, and both), and precision and recall of rewrite pairs on the seeds.
 */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = "Scores story clustering (B-cubed) on the seeds and ECB+, and rewrite pairs on the seeds.")
public final class EvalStoriesCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--seeds", description = "seed directory with gold.json (default: ${DEFAULT-VALUE})")
    private Path seeds = Path.of("..", "shared", "corpus", "seeds");

    @Option(names = "--ecbplus", description = "ECB+ docs.jsonl (default: ${DEFAULT-VALUE})")
    private Path ecbplus = Path.of("..", "shared", "corpus", "ecbplus", "docs.jsonl");

    @Option(names = "--join-threshold", description = "story join threshold (default: the stage's default)")
    private Double joinThreshold;

    @Option(names = "--merge-threshold", description = "story merge threshold (default: the stage's default)")
    private Double mergeThreshold;

    @Option(names = "--entity-weight", description = "share of entity similarity (default: the stage's default)")
    private Double entityWeight;

    @Option(names = "--centroid-weight", description = "share of centroid similarity (default: the stage's)")
    private Double centroidWeight;

    /** Runs the evaluation and prints one line per corpus; returns exit code 0. */
    @Override
    public Integer call() {
        StoryClusterer clusterer = new StoryClusterer(options());
        PrintWriter out = spec.commandLine().getOut();
        StoriesEvaluation seed = StoriesEvaluation.of(clusterer, StoriesCorpora.seeds(seeds));
        out.println(line("seeds", seed.clustering()));
        out.printf(Locale.ROOT, "%-14s precision %.3f  recall %.3f  pairs %s%n", "seed rewrites",
                seed.pairPrecision(), seed.pairRecall(), seed.predictedPairs());
        for (Set<String> splits : java.util.List.of(Set.of("train"), Set.of("dev"), Set.of("train", "dev"))) {
            StoriesEvaluation ecb = StoriesEvaluation.of(clusterer, StoriesCorpora.ecbplus(ecbplus, splits));
            out.println(line("ecb+ " + String.join("+", new java.util.TreeSet<>(splits).descendingSet()),
                    ecb.clustering()));
        }
        out.flush();
        return 0;
    }

    private StoryOptions options() {
        StoryOptions options = StoryOptions.defaults();
        options = joinThreshold == null ? options : options.withJoinThreshold(joinThreshold);
        options = mergeThreshold == null ? options : options.withMergeThreshold(mergeThreshold);
        options = entityWeight == null ? options : options.withEntityWeight(entityWeight);
        return centroidWeight == null ? options : options.withCentroidWeight(centroidWeight);
    }

    private static String line(String corpus, StoriesBCubed b) {
        return String.format(Locale.ROOT, "%-14s B-cubed precision %.3f  recall %.3f  F1 %.3f  (%d documents)",
                corpus, b.precision(), b.recall(), b.f1(), b.items());
    }
}
