package org.claimgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.claimgraph.evaluation.extraction.ExtractionEvaluation;
import org.claimgraph.evaluation.extraction.ExtractionPeer;
import org.claimgraph.evaluation.extraction.ExtractionRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code claimgraph eval extraction}: scores our article extractor on the article-extraction benchmark, and the
 * peer (Mozilla Readability) in the same run when Node is installed; prints precision, recall, F1, pages per
 * second, the speed ratio, peak memory and the lowest-scoring pages.
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = "Score the article extractor (and Mozilla Readability) on the article-extraction benchmark.")
public final class EvalExtractionCommand implements Callable<Integer> {
    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--benchmark", description = "benchmark directory (default: ${DEFAULT-VALUE})")
    private Path benchmark = Path.of("../shared/benchmarks/article-extraction");

    @Option(names = "--out", description = "directory for predictions and the peer (default: ${DEFAULT-VALUE})")
    private Path out = Path.of("target/eval-extraction");

    @Option(names = "--no-peer", description = "do not run Mozilla Readability")
    private boolean noPeer;

    @Option(names = "--failures", description = "how many lowest-F1 pages to list (default: ${DEFAULT-VALUE})")
    private int failures = 15;

    /** Runs the command standalone: {@code java -cp ... org.claimgraph.cli.EvalExtractionCommand [options]}. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new EvalExtractionCommand()).execute(args));
    }

    /** Returns 0 after printing the scores, 1 when the benchmark cannot be read. */
    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(benchmark.resolve("ground-truth.json"))) {
            err.println("benchmark '" + benchmark + "' has no ground-truth.json; expected the article-extraction"
                    + " benchmark directory");
            return 1;
        }
        ExtractionEvaluation evaluation = new ExtractionEvaluation(benchmark);
        ExtractionRun ours = evaluation.runOurs(out);
        o.printf(Locale.ROOT, "%-12s %6s %6s %6s %9s %9s %9s %8s%n", "extractor", "P", "R", "F1", "pages/s",
                "cold p/s", "CPU p/s", "peak MB");
        row(o, ours);
        ExtractionRun peer = noPeer ? null : peer(evaluation, err);
        if (peer != null) {
            row(o, peer);
            o.printf(Locale.ROOT, "speed ratio: %.1fx warm pass, %.1fx first pass, %.1fx per CPU-second%n",
                    ours.pagesPerSecond() / peer.pagesPerSecond(),
                    ours.coldPagesPerSecond() / peer.coldPagesPerSecond(),
                    ours.cpuPagesPerSecond() / peer.cpuPagesPerSecond());
        }
        o.printf(Locale.ROOT, "predictions: %s%n", out.resolve("predictions.jsonl"));
        if (!noPeer && ExtractionPeer.isAvailable()) {
            new ExtractionPeer(benchmark, out).referenceScore(out.resolve("predictions.jsonl")).ifPresent(ref ->
                    o.printf(Locale.ROOT, "metric check: aeb-eval.js gives P %.6f R %.6f F1 %.6f on our predictions,"
                            + " ours %.6f %.6f %.6f%n", ref.precision(), ref.recall(), ref.f1(),
                            ours.score().precision(), ours.score().recall(), ours.score().f1()));
        }
        o.println("lowest-F1 pages (ours):");
        for (String id : ours.worstPages(failures)) {
            var s = ours.pages().get(id);
            o.printf(Locale.ROOT, "  %s  P %.3f  R %.3f  F1 %.3f%s%n", id, s.precision(), s.recall(), s.f1(),
                    ours.failures().containsKey(id) ? "  (" + ours.failures().get(id) + ")" : "");
        }
        o.flush();
        return 0;
    }

    private ExtractionRun peer(ExtractionEvaluation evaluation, PrintWriter err) {
        if (!ExtractionPeer.isAvailable()) {
            err.println("node/npm not found: Mozilla Readability skipped");
            return null;
        }
        var result = new ExtractionPeer(benchmark, out).run();
        if (result.isEmpty()) {
            err.println("Mozilla Readability did not run; see " + out.resolve("peer.log"));
            return null;
        }
        var r = result.get();
        return evaluation.scoreFile("readability", r.predictions(), r);
    }

    private static void row(PrintWriter o, ExtractionRun run) {
        var s = run.score();
        o.printf(Locale.ROOT, "%-12s %6.3f %6.3f %6.3f %9.1f %9.1f %9.1f %8.0f%n", run.extractor(), s.precision(),
                s.recall(), s.f1(), run.pagesPerSecond(), run.coldPagesPerSecond(), run.cpuPagesPerSecond(),
                run.peakMemoryMb());
        o.flush();
    }
}
