package org.claimgraph.pipeline;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Supplier;
import org.claimgraph.core.Stage;

/** Sums the time spent in each stage across worker threads. Thread-safe. */
final class StageClock {
    private final AtomicLongArray nanos = new AtomicLongArray(Stage.values().length);

    <T> T time(Stage stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            nanos.addAndGet(stage.ordinal(), System.nanoTime() - start);
        }
    }

    Map<Stage, Long> totals() {
        Map<Stage, Long> totals = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            if (nanos.get(s.ordinal()) > 0) {
                totals.put(s, nanos.get(s.ordinal()));
            }
        }
        return totals;
    }
}
