package org.claimgraph.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.claimgraph.evaluation.web.WebBenchData;
import org.claimgraph.store.BulkRows;

/** A synthetic database (50 documents plus one hostile page) served on a free loopback port, and an HTTP client. */
final class TestServer implements AutoCloseable {
    /** The id of the page whose title and text carry markup. */
    static final String HOSTILE_ID = "00000000000bad01";
    static final String TOKEN = "test-token";
    /** An entity named once in a page whose text has supplementary characters (emoji) before the name. */
    static final String EMOJI_ENTITY_ID = "e0000000emoji";
    static final String EMOJI_TEXT = "Launch day \uD83D\uDE80\uD83D\uDE80\uD83D\uDE80: Kestrel Works said the drone flew.";

    private final WebApp app;
    private final HttpClient client = HttpClient.newHttpClient();

    TestServer(Path db, String token, long maxBodyBytes) {
        app = WebApp.start(new WebConfig(db, "127.0.0.1", 0, token, maxBodyBytes));
    }

    /** Writes the synthetic database into {@code dir} and returns its file. */
    static Path database(Path dir) {
        Path db = dir.resolve("web.db");
        new WebBenchData(50).write(db);
        try (BulkRows rows = BulkRows.open(db)) {
            rows.insert("documents", List.of("id", "source", "title", "text", "analysed_at"), List.<Object[]>of(
                    new Object[] {HOSTILE_ID, "synthetic/hostile", "<script>alert('title')</script> Hostile page",
                        "Before <script>alert('body')</script> after & \"quoted\".", "2025-01-01T00:00:00Z"},
                    new Object[] {"00000000000e0101", "synthetic/emoji", "Emoji page", EMOJI_TEXT,
                        "2025-01-01T00:00:00Z"}));
            rows.insert("entities", List.of("id", "name", "type", "aliases", "mention_count", "position"),
                    List.<Object[]>of(new Object[] {EMOJI_ENTITY_ID, "Kestrel Works", "ORG", "[\"Kestrel Works\"]", 1,
                        1_000_000}));
            int start = EMOJI_TEXT.indexOf("Kestrel Works");
            rows.insert("entity_mentions", List.of("entity_id", "document_id", "start_char", "end_char", "text"),
                    List.<Object[]>of(new Object[] {EMOJI_ENTITY_ID, "00000000000e0101", start, start + 13,
                        "Kestrel Works"}));
        }
        return db;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String token, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + app.port() + path);
    }

    @Override
    public void close() {
        app.close();
    }
}
