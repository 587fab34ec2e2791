package org.claimgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.claimgraph.store.SqliteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Posts a page to a running server and finds it through the API: the whole pipeline, models included. */
class IngestIT {
    @TempDir
    Path dir;

    @Test
    void postedPageIsAnalysedStoredAndSearchable() throws Exception {
        Path db = dir.resolve("ingest.db");
        SqliteStore.open(db).close();
        ObjectMapper json = new ObjectMapper();
        String page = "{\"url\":\"https://news.example/quillfeather\",\"text\":\"Quillfeather Labs said on Monday "
                + "that it delivered 12 sensors to Port Alvan, according to the Harbour Herald.\"}";
        try (TestServer server = new TestServer(db, TestServer.TOKEN, WebConfig.DEFAULT_MAX_BODY_BYTES)) {
            HttpResponse<String> first = server.post("/api/documents", TestServer.TOKEN, page);
            assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
            assertThat(json.readTree(first.body()).get("analysed").asInt()).isEqualTo(1);
            HttpResponse<String> again = server.post("/api/documents", TestServer.TOKEN, page);
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(json.readTree(again.body()).get("already_stored").asInt()).isEqualTo(1);
            JsonNode found = json.readTree(server.get("/api/documents?q=Quillfeather%20sensors").body());
            assertThat(found.get("items")).hasSize(1);
            assertThat(found.get("items").get(0).get("url").asText()).isEqualTo("https://news.example/quillfeather");
            assertThat(json.readTree(server.get("/api/stories").body()).get("items")).hasSize(1);
        }
    }
}
