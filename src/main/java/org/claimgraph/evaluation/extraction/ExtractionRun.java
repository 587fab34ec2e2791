package org.claimgraph.evaluation.extraction;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One extractor's result on the benchmark.
 *
 * @param extractor      the extractor's name
 * @param score          corpus precision, recall and F1
 * @param pagesPerSecond pages per second in the timed (last, warm) pass, single-threaded
 * @param coldPagesPerSecond pages per second in the first pass
 * @param cpuPagesPerSecond  pages per CPU-second of the whole process (all threads, GC included) in the warm
 *                           pass, which a busy machine disturbs less than wall time
 * @param peakMemoryMb   the process's peak resident memory in MiB, or -1 when unknown
 * @param pages          the per-page scores, by page id
 * @param failures       pages the extractor rejected, with the reason
 */
public record ExtractionRun(String extractor, ExtractionMetric.Score score, double pagesPerSecond,
        double coldPagesPerSecond, double cpuPagesPerSecond, double peakMemoryMb, Map<String, ExtractionMetric.PageScore> pages,
        Map<String, String> failures) {
    /** Validates and copies. */
    public ExtractionRun {
        Objects.requireNonNull(extractor, "extractor");
        Objects.requireNonNull(score, "score");
        pages = Map.copyOf(pages);
        failures = Map.copyOf(failures);
    }

    /** Returns the ids of the pages with the lowest F1, worst first, at most {@code limit}. */
    public List<String> worstPages(int limit) {
        return pages.entrySet().stream()
                .sorted((a, b) -> Double.compare(a.getValue().f1(), b.getValue().f1()))
                .limit(limit).map(Map.Entry::getKey).toList();
    }
}
