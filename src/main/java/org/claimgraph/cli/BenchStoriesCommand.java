package org.claimgraph.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.claimgraph.evaluation.stories.StoriesBenchmark;
import org.claimgraph.evaluation.stories.StoriesBenchmarkRun;
import org.claimgraph.stories.StoryOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code claimgraph bench stories}: runs synthetic archives of the given sizes through the incremental story index
 * and prints time, peak heap, planted near-duplicate pairs recovered, story B-cubed, and growth ratios.
 */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = "Benchmarks deduplication and story clustering on synthetic archives.")
public final class BenchStoriesCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--sizes", split = ",", description = "archive sizes (default: ${DEFAULT-VALUE})")
    private List<Integer> sizes = List.of(10_000, 100_000, 1_000_000);

    @Option(names = "--seed", description = "generator seed (default: ${DEFAULT-VALUE})")
    private long seed = 1;

    @Option(names = "--join-threshold", description = "story join threshold (default: the stage's default)")
    private Double joinThreshold;

    @Option(names = "--merge-threshold", description = "story merge threshold (default: the stage's default)")
    private Double mergeThreshold;

    /** Runs the archives in order and prints one line each, then the growth ratios; returns exit code 0. */
    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        StoryOptions options = StoryOptions.defaults();
        options = joinThreshold == null ? options : options.withJoinThreshold(joinThreshold);
        options = mergeThreshold == null ? options : options.withMergeThreshold(mergeThreshold);
        StoriesBenchmark bench = new StoriesBenchmark(options, seed);
        List<StoriesBenchmarkRun> runs = new ArrayList<>();
        for (int size : sizes) {
            StoriesBenchmarkRun run = bench.run(size);
            runs.add(run);
            out.printf(Locale.ROOT, "%,10d docs  %8.1f s  %6.0f MB peak heap  planted pairs recovered %d/%d (%.3f)"
                    + "  stories %d  B-cubed P %.3f R %.3f F1 %.3f%n", run.documents(), run.millis() / 1000.0,
                    run.peakHeapBytes() / 1e6, run.recoveredPairs(), run.plantedPairs(),
                    run.recoveredPairs() / (double) Math.max(1, run.plantedPairs()), run.storyCount(),
                    run.stories().precision(), run.stories().recall(), run.stories().f1());
            out.flush();
        }
        for (int i = 1; i < runs.size(); i++) {
            StoriesBenchmarkRun a = runs.get(i - 1);
            StoriesBenchmarkRun b = runs.get(i);
            out.printf(Locale.ROOT, "growth %,d -> %,d docs (x%.1f): time x%.2f, peak heap x%.2f%n", a.documents(),
                    b.documents(), b.documents() / (double) a.documents(),
                    b.millis() / (double) Math.max(1, a.millis()),
                    b.peakHeapBytes() / (double) Math.max(1, a.peakHeapBytes()));
        }
        out.flush();
        return 0;
    }
}
