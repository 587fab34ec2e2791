package org.claimgraph.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import org.claimgraph.core.ClaimGraph;
import org.claimgraph.export.ExportFormat;
import org.claimgraph.export.Exporter;
import org.claimgraph.store.SqliteStore;

/**
 * Downloads of the whole graph: {@code /api/export?format=json|csv|graphml}. An export holds the whole graph in
 * memory, so one runs at a time; a second request meanwhile gets 429 instead of a second copy of the graph.
 */
final class ExportRoutes {
    private final Path db;
    private final Semaphore running = new Semaphore(1);

    ExportRoutes(Path db) {
        this.db = db;
    }

    void register(Javalin app) {
        app.get("/api/export", this::export);
    }

    /** Returns the links of the export page. */
    static String links() {
        StringBuilder out = new StringBuilder("<ul class=\"exports\">");
        for (ExportFormat f : ExportFormat.values()) {
            out.append("<li><a download href=\"/api/export?format=").append(f.name()).append("\">")
                    .append(f.name().toUpperCase(java.util.Locale.ROOT)).append("</a></li>");
        }
        return out.append("</ul><p>GraphML opens in Gephi: documents, sources, entities and claims are nodes; "
                + "provenance, evidence and mentions are edges.</p>").toString();
    }

    private void export(Context ctx) throws java.io.IOException {
        String name = ctx.queryParam("format") == null ? "json" : ctx.queryParam("format");
        ExportFormat format;
        try {
            format = ExportFormat.parse(name);
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest(e.getMessage(), "format");
        }
        if (!running.tryAcquire()) {
            throw new HttpError(429, "busy", "another export is running; expected one at a time, try again when "
                    + "it has finished", null);
        }
        try {
            ClaimGraph graph;
            try (SqliteStore store = SqliteStore.open(db)) {
                graph = store.loadGraph();
            }
            ctx.contentType(format.mediaType());
            ctx.header("Content-Disposition", "attachment; filename=\"claimgraph." + format.extension() + "\"");
            Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
            new Exporter().write(graph, format, out);
            out.flush();
        } finally {
            running.release();
        }
    }
}
