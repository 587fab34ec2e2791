package org.claimgraph.evaluation;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimgraph.core.Stage;
import org.claimgraph.pipeline.Analyzer;
import org.claimgraph.pipeline.Progress;
import org.claimgraph.pipeline.RunSummary;
import org.claimgraph.pipeline.Stages;
import org.claimgraph.store.SqliteStore;

/**
 * Benchmarks the whole of {@code analyze} on a generated corpus: documents per second, time per stage, peak heap,
 * and live heap after collections at checkpoints through the run (flat when analysis streams).
 */
public final class AnalyzeBenchmark {
    private final PrintWriter out;

    /** Creates a benchmark printing to the given writer. */
    public AnalyzeBenchmark(PrintWriter out) {
        this.out = out;
    }

    /** Generates {@code pages} pages under {@code workDir}, analyses them with {@code threads} workers, prints. */
    public void run(int pages, int threads, Path workDir) {
        Path corpus = workDir.resolve("corpus");
        write(corpus, pages);
        Stages stages = Stages.defaults();
        List<String> checkpoints = new ArrayList<>();
        try (MemorySampler memory = new MemorySampler();
                SqliteStore store = SqliteStore.open(workDir.resolve("bench.db"))) {
            long baseline = memory.liveBytesAfterGc();
            Progress progress = new Progress() {
                @Override
                public void documentDone(int done, String source) {
                    if (done % Math.max(1, pages / 4) == 0) {
                        checkpoints.add(String.format(Locale.ROOT, "%,d docs: %.0f MiB", done,
                                (memory.liveBytesAfterGc() - baseline) / 1048576.0));
                    }
                }

                @Override
                public void phase(String name) {
                }
            };
            RunSummary summary = new Analyzer(stages, store, Clock.systemUTC(), threads).analyze(
                    List.of(corpus.toString()), InputStreamHolder.EMPTY, progress);
            print(summary, threads, memory.peakBytes(), checkpoints);
        }
    }

    private void print(RunSummary s, int threads, long peakBytes, List<String> checkpoints) {
        double seconds = s.elapsedNanos() / 1e9;
        out.printf(Locale.ROOT, "analyze benchmark: %,d synthetic pages, %d threads, %d cores%n", s.read(), threads,
                Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "  %,d analysed, %d failed, %.1f s, %.1f documents/second%n", s.analysed(),
                s.problems().size(), seconds, s.analysed() / seconds);
        out.printf(Locale.ROOT, "  peak heap used %.0f MiB (max heap %.0f MiB)%n", peakBytes / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0);
        out.printf(Locale.ROOT, "  live heap above baseline after GC, during streaming: %s%n",
                String.join("; ", checkpoints));
        long total = s.stageNanos().values().stream().mapToLong(Long::longValue).sum();
        out.println("  time per stage (summed over threads):");
        for (Map.Entry<Stage, Long> e : s.stageNanos().entrySet()) {
            out.printf(Locale.ROOT, "    %-10s %8.1f s  %5.1f%%%n", e.getKey().name().toLowerCase(Locale.ROOT),
                    e.getValue() / 1e9, 100.0 * e.getValue() / total);
        }
        out.flush();
    }

    private static void write(Path corpus, int pages) {
        SyntheticPages generator = new SyntheticPages(42);
        try {
            Files.createDirectories(corpus);
            for (int i = 0; i < pages; i++) {
                Files.writeString(corpus.resolve(String.format(Locale.ROOT, "page-%07d.txt", i)), generator.page(i));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the synthetic corpus under " + corpus, e);
        }
    }

    /** An empty standard input for runs that read only files. */
    private static final class InputStreamHolder {
        static final java.io.InputStream EMPTY = java.io.InputStream.nullInputStream();
    }
}
