package org.claimgraph.export;

import java.io.Writer;
import java.util.List;
import java.util.Objects;
import org.claimgraph.core.ClaimGraph;
import org.claimgraph.report.JsonReport;

/** Writes a claim graph in one of the {@link ExportFormat}s. */
public final class Exporter {
    /**
     * Writes the graph to {@code out} (not closed; flushed).
     *
     * @throws java.io.UncheckedIOException when writing fails
     */
    public void write(ClaimGraph graph, ExportFormat format, Writer out) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(out, "out");
        switch (format) {
            case json -> new JsonReport().write(graph, List.of(), out);
            case csv -> new ClaimsCsv().write(graph, out);
            case graphml -> new GraphMl().write(graph, out);
        }
    }
}
