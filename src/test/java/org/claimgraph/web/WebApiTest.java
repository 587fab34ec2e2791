package org.claimgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.evaluation.web.WebBenchData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebApiTest {
    @TempDir
    static Path dir;
    static TestServer server;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() {
        server = new TestServer(TestServer.database(dir), TestServer.TOKEN, 10_000);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private JsonNode body(HttpResponse<String> response) throws Exception {
        return json.readTree(response.body());
    }

    @Test
    void listsStoriesNewestFirstWithCountsAndPaging() throws Exception {
        HttpResponse<String> response = server.get("/api/stories?limit=3");
        JsonNode page = body(response);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(page.get("items")).hasSize(3);
        assertThat(page.get("more").asBoolean()).isTrue();
        JsonNode first = page.get("items").get(0);
        assertThat(first.get("id").asText()).isEqualTo(WebBenchData.storyId(9));
        assertThat(first.get("documents").asInt()).isEqualTo(5);
        assertThat(first.get("independent_sources").asInt()).isEqualTo(3);
        assertThat(body(server.get("/api/stories?offset=9&limit=3")).get("items")).hasSize(1);
    }

    @Test
    void returnsOneStoryWithDocumentsClaimsTimelineAndProvenance() throws Exception {
        JsonNode story = body(server.get("/api/stories/" + WebBenchData.storyId(2)));
        assertThat(story.get("documents")).hasSize(5);
        assertThat(story.get("documents").get(1).get("rewrite_of").asText()).isEqualTo(WebBenchData.documentId(10));
        assertThat(story.get("documents").get(1).get("reuse_kind").asText()).isEqualTo("DUPLICATE");
        assertThat(story.get("claims")).hasSize(3);
        assertThat(story.get("claims").get(0).get("evidence")).hasSize(5);
        assertThat(story.get("claims").get(0).get("contradicted_by").get(0).get("stance").asText())
                .isEqualTo("DENIED");
        assertThat(story.get("timeline")).hasSize(5);
        // the pages' citations, and only the relays of this story's own attribution chains: three claims, each
        // [ministry, its outlet]; the database holds relays for every outlet
        List<String> edges = new ArrayList<>();
        story.get("provenance").forEach(e -> edges.add(e.get("kind").asText() + " " + e.get("source").asText()
                + " -> " + e.get("target").asText()));
        assertThat(edges).hasSize(8).filteredOn(e -> e.startsWith("CITES doc:")).hasSize(5);
        assertThat(edges).filteredOn(e -> e.startsWith("RELAYS")).hasSize(3)
                .allMatch(e -> e.endsWith(" -> source:Ministry of Defence"));
    }

    @Test
    void returnsOneEntityWithMentionsClaimsAndSanctions() throws Exception {
        JsonNode entity = body(server.get("/api/entities/" + WebBenchData.entityId(0)));
        assertThat(entity.get("name").asText()).isEqualTo("Norvik Dynamics 0");
        assertThat(entity.get("sanctions").get(0).get("programme").asText()).isEqualTo("RUSSIA-EO14024");
        assertThat(entity.get("mention_list")).hasSize(10);
        assertThat(entity.get("claims")).hasSize(6);
    }

    @Test
    void mentionContextIsRightAfterEmojiThatCountTwiceInStoredOffsets() throws Exception {
        JsonNode mention = body(server.get("/api/entities/" + TestServer.EMOJI_ENTITY_ID)).get("mention_list").get(0);
        assertThat(mention.get("before").asText()).isEqualTo("Launch day \uD83D\uDE80\uD83D\uDE80\uD83D\uDE80: ");
        assertThat(mention.get("text").asText()).isEqualTo("Kestrel Works");
        assertThat(mention.get("after").asText()).isEqualTo(" said the drone flew.");
    }

    @Test
    void unknownIdsAre404WithJsonError() throws Exception {
        for (String path : new String[] {"/api/stories/nope", "/api/entities/nope", "/api/documents/nope"}) {
            HttpResponse<String> response = server.get(path);
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(body(response).get("error").asText()).isEqualTo("not_found");
            assertThat(body(response).get("field").asText()).isEqualTo("id");
        }
        assertThat(server.get("/stories/nope").statusCode()).isEqualTo(404);
        assertThat(body(server.get("/api/no/such/route")).get("error").asText()).isEqualTo("not_found");
    }

    @Test
    void searchesDocumentsWithFullTextIndex() throws Exception {
        JsonNode page = body(server.get("/api/documents?q=Norvik%20customs"));
        assertThat(page.get("items")).hasSize(10);
        assertThat(body(server.get("/api/stories?q=Norvik")).get("items")).hasSize(2);
        assertThat(body(server.get("/api/entities?q=norvik%20dynamics%200")).get("items")).hasSize(1);
        assertThat(body(server.get("/api/claims?q=denies")).get("items")).hasSize(10);
    }

    @Test
    void hostileSearchStringsGiveResultsOrA400NeverA500() throws Exception {
        String[] hostile = {"' OR 1=1 --", "\"", "NEAR(a b)", "a* OR b", "title:x", "(((((", "%", "_", "\\",
            "^a AND -b", "(a+)+$", "\u0000", "x\" OR \"y", "'; DROP TABLE documents; --", "*"};
        for (String q : hostile) {
            for (String kind : new String[] {"stories", "documents", "entities", "claims"}) {
                HttpResponse<String> response = server.get("/api/" + kind + "?q="
                        + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
                assertThat(response.statusCode()).as(kind + " " + q).isIn(200, 400);
                assertThat(response.body()).doesNotContainIgnoringCase("sqlite").doesNotContain("Exception");
            }
        }
        assertThat(server.get("/search?q=" + "a".repeat(201)).statusCode()).isEqualTo(400);
        assertThat(body(server.get("/api/stories?q=(((((")).get("field").asText()).isEqualTo("q");
    }

    @Test
    void badPagingIs400NamingTheParameter() throws Exception {
        HttpResponse<String> response = server.get("/api/claims?limit=0");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body(response).get("field").asText()).isEqualTo("limit");
        assertThat(body(server.get("/api/claims?offset=x")).get("field").asText()).isEqualTo("offset");
    }

    @Test
    void ingestChecksTokenBodyAndSize() throws Exception {
        assertThat(server.post("/api/documents", null, "{\"text\":\"x\"}").statusCode()).isEqualTo(401);
        assertThat(server.post("/api/documents", "wrong", "{\"text\":\"x\"}").statusCode()).isEqualTo(401);
        HttpResponse<String> malformed = server.post("/api/documents", TestServer.TOKEN, "{\"text\": nope");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(body(malformed).get("field").asText()).isEqualTo("body");
        assertThat(server.post("/api/documents", TestServer.TOKEN, "{\"url\":\"u\"}").statusCode()).isEqualTo(400);
        HttpResponse<String> big = server.post("/api/documents", TestServer.TOKEN,
                "{\"text\":\"" + "a".repeat(20_000) + "\"}");
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(body(big).get("error").asText()).isEqualTo("too_large");
    }

    @Test
    void ingestIsForbiddenWithoutAConfiguredToken() throws Exception {
        try (TestServer readOnly = new TestServer(dir.resolve("web.db"), null, 10_000)) {
            HttpResponse<String> response = readOnly.post("/api/documents", "any", "{\"text\":\"x\"}");
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(json.readTree(response.body()).get("error").asText()).isEqualTo("ingest_disabled");
        }
    }

    @Test
    void escapesArticleMarkupAndSendsContentSecurityPolicy() throws Exception {
        HttpResponse<String> page = server.get("/documents/" + TestServer.HOSTILE_ID);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("&lt;script&gt;alert(&#39;body&#39;)&lt;/script&gt; after &amp; "
                + "&quot;quoted&quot;.").doesNotContain("<script>alert");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'")
                .doesNotContain("unsafe-inline");
        assertThat(server.get("/search?q=Hostile").body()).contains("&lt;script&gt;alert(&#39;title&#39;)")
                .doesNotContain("<script>alert");
    }

    @Test
    void servesOpenApiAndExports() throws Exception {
        assertThat(body(server.get("/api/openapi.json")).get("openapi").asText()).isEqualTo("3.0.3");
        HttpResponse<String> csv = server.get("/api/export?format=csv");
        assertThat(csv.body().lines().count()).isEqualTo(31);
        assertThat(csv.body()).startsWith("\"id\",\"subject\",\"predicate\"");
        assertThat(server.get("/api/export?format=graphml").body()).contains("<graphml");
        assertThat(server.get("/api/export?format=pdf").statusCode()).isEqualTo(400);
    }
}
