package org.claimgraph.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.claimgraph.pipeline.Progress;

/**
 * Draws progress on stderr: a redrawn bar line when stderr is a terminal, else a line every thousand documents,
 * so that logs stay readable.
 */
final class ProgressBar implements Progress {
    private static final int LOG_EVERY = 1000;
    private final PrintWriter err;
    private final boolean terminal;
    private final long startNanos = System.nanoTime();
    private int done;

    ProgressBar(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void documentDone(int count, String source) {
        done = count;
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        String rate = String.format(Locale.ROOT, "%.1f docs/s", seconds > 0 ? count / seconds : 0.0);
        if (terminal) {
            int ticks = count % 40;
            err.printf(Locale.ROOT, "\r[%-40s] %,d documents, %s  ", "=".repeat(ticks) + ">", count, rate);
            err.flush();
        } else if (count % LOG_EVERY == 0) {
            err.printf(Locale.ROOT, "analysed %,d documents (%s)%n", count, rate);
            err.flush();
        }
    }

    @Override
    public void phase(String name) {
        if (terminal) {
            err.printf(Locale.ROOT, "\r%-78s\r%,d documents read; building %s...", "", done, name);
            err.flush();
        }
    }

    void finish() {
        if (terminal) {
            err.printf(Locale.ROOT, "\r%-78s\r", "");
            err.flush();
        }
    }
}
