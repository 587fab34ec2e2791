package org.claimgraph.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimgraph.core.Problem;
import org.claimgraph.pipeline.Analyzer;
import org.claimgraph.pipeline.Progress;
import org.claimgraph.pipeline.RunSummary;
import org.claimgraph.pipeline.Stages;
import org.claimgraph.store.SqliteStore;

/**
 * {@code POST /api/documents}: checks the bearer token, reads {@code {url?, html? | text?}} and runs the page
 * through the same pipeline as {@code analyze}. One ingest runs at a time; the NLP models load on the first one.
 */
final class Ingest implements AutoCloseable {
    private final Path db;
    private final byte[] token;
    private SqliteStore store;
    private Analyzer analyzer;

    Ingest(Path db, String token) {
        this.db = db;
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    /** Analyses the posted page and returns the run's counts; sets 201 when a new document was stored. */
    Map<String, Object> ingest(Context ctx) {
        authorise(ctx.header("Authorization"));
        ObjectNode page = page(JsonBodies.read(ctx.body()));
        RunSummary summary = analyse(page);
        if (!summary.problems().isEmpty()) {
            Problem first = summary.problems().get(0);
            throw HttpError.badRequest("page cannot be analysed: " + first.message(), page.has("html") ? "html"
                    : "text");
        }
        ctx.status(summary.analysed() > 0 ? 201 : 200);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("read", summary.read());
        body.put("analysed", summary.analysed());
        body.put("already_stored", summary.alreadyStored());
        return body;
    }

    private void authorise(String header) {
        if (token == null) {
            throw new HttpError(403, "ingest_disabled", "ingest is disabled; start the server with --token or "
                    + "CLAIMGRAPH_TOKEN to enable POST /api/documents", null);
        }
        String prefix = "Bearer ";
        byte[] given = header != null && header.startsWith(prefix)
                ? header.substring(prefix.length()).getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (!MessageDigest.isEqual(given, token)) {
            throw new HttpError(401, "unauthorized", "missing or wrong API token; expected the header "
                    + "'Authorization: Bearer <token>'", "Authorization");
        }
    }

    private static ObjectNode page(JsonNode body) {
        if (!(body instanceof ObjectNode object)) {
            throw HttpError.badRequest("body is not a JSON object; expected {\"url\": ..., \"html\": ...}", "body");
        }
        JsonNode html = object.get("html");
        JsonNode text = object.get("text");
        if ((html == null) == (text == null)) {
            throw HttpError.badRequest("body needs exactly one of \"html\" and \"text\"", html == null ? "text"
                    : "html");
        }
        JsonNode content = html == null ? text : html;
        if (!content.isTextual() || content.asText().isBlank()) {
            throw HttpError.badRequest("page content is empty or not a string", html == null ? "text" : "html");
        }
        JsonNode url = object.get("url");
        if (url != null && !url.isNull() && !url.isTextual()) {
            throw HttpError.badRequest("url is not a string", "url");
        }
        return object;
    }

    private synchronized RunSummary analyse(ObjectNode page) {
        if (analyzer == null) {
            store = SqliteStore.open(db);
            analyzer = new Analyzer(Stages.defaults(), store, Clock.systemUTC(), 1);
        }
        try {
            Path file = Files.createTempFile("claimgraph-post", ".jsonl");
            try {
                Files.writeString(file, JsonBodies.write(page) + "\n");
                return analyzer.analyze(List.of(file.toString()), java.io.InputStream.nullInputStream(),
                        Progress.NONE);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage the posted page in a temporary file", e);
        }
    }

    @Override
    public synchronized void close() {
        if (store != null) {
            store.close();
        }
    }
}
