package org.claimgraph.evaluation.stories;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.claimgraph.core.DocumentId;
import org.claimgraph.core.Reuse;
import org.claimgraph.core.Story;
import org.claimgraph.stories.Stories;
import org.claimgraph.stories.StoryDocument;
import org.claimgraph.stories.StoryIndex;
import org.claimgraph.stories.StoryOptions;

/** Runs synthetic archives through the incremental story index and measures time, memory and recovery. */
public final class StoriesBenchmark {
    private final StoryOptions options;
    private final long seed;

    /** Creates a benchmark with the given options and generator seed. */
    public StoriesBenchmark(StoryOptions options, long seed) {
        this.options = options;
        this.seed = seed;
    }

    /** Returns the figures of an archive of {@code size} pages, added one at a time. */
    public StoriesBenchmarkRun run(int size) {
        StoriesSyntheticArchive archive = new StoriesSyntheticArchive(size, seed);
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        StoryIndex index = new StoryIndex(options);
        int planted = 0;
        for (StoryDocument doc : archive) {
            index.add(doc);
            planted += archive.duplicateOf(ordinal(doc.id())) >= 0 ? 1 : 0;
        }
        Stories stories = index.snapshot();
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new StoriesBenchmarkRun(size, millis, peak, planted, recovered(archive, stories.reuses()),
                clustering(stories.stories(), size), stories.stories().size());
    }

    private static int recovered(StoriesSyntheticArchive archive, List<Reuse> reuses) {
        Set<Long> found = new HashSet<>();
        for (Reuse r : reuses) {
            int copy = ordinal(r.copy());
            int original = ordinal(r.original());
            if (archive.duplicateOf(copy) == original || archive.duplicateOf(original) == copy) {
                found.add((long) Math.max(copy, original) << 32 | Math.min(copy, original));
            }
        }
        return found.size();
    }

    private static StoriesBCubed clustering(List<Story> stories, int size) {
        Integer[] predicted = new Integer[size];
        Integer[] gold = new Integer[size];
        for (int s = 0; s < stories.size(); s++) {
            for (DocumentId d : stories.get(s).documents()) {
                int i = ordinal(d);
                predicted[i] = s;
                gold[i] = StoriesSyntheticArchive.storyOf(i);
            }
        }
        return StoriesBCubed.of(List.of(predicted), List.of(gold));
    }

    private static int ordinal(DocumentId id) {
        return Integer.parseInt(id.value(), 16);
    }
}
