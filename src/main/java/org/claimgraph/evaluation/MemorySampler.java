package org.claimgraph.evaluation;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Samples heap use on a daemon thread and keeps the peak; and measures live heap after a full collection. */
public final class MemorySampler implements AutoCloseable {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private volatile long peakBytes;
    private volatile boolean running = true;

    /** Starts sampling every 50 ms. */
    public MemorySampler() {
        thread = new Thread(this::sample, "memory-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample() {
        while (running) {
            peakBytes = Math.max(peakBytes, memory.getHeapMemoryUsage().getUsed());
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Returns the highest heap use seen so far, in bytes. */
    public long peakBytes() {
        return Math.max(peakBytes, memory.getHeapMemoryUsage().getUsed());
    }

    /** Returns the heap in use after asking for a full collection: what the program really holds, in bytes. */
    public long liveBytesAfterGc() {
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
