package org.claimgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.claimgraph.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seeds through the whole of {@code analyze}, with the dates the pages themselves give (002 has none): the two
 * gold stories exactly, 003 a rewrite of 001, and the range claim with one independent source.
 */
class SeedStoriesEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void analyzeFindsTheGoldStoriesRewriteAndIndependentSources() throws IOException {
        CliRun run = CliRun.of("analyze", Seeds.DIR.toString(), "--db", dir.resolve("e2e.db").toString(),
                "--format", "json", "-q");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());

        Map<String, String> idByPrefix = new HashMap<>();
        Map<String, String> storyOf = new HashMap<>();
        for (JsonNode d : report.get("documents")) {
            String prefix = Path.of(d.get("source").asText()).getFileName().toString().substring(0, 3);
            idByPrefix.put(prefix, d.get("id").asText());
            storyOf.put(prefix, d.get("story").asText());
        }
        assertThat(report.get("stories")).hasSize(2);
        Set<String> kupol = new HashSet<>(java.util.List.of(storyOf.get("000"), storyOf.get("001"),
                storyOf.get("003"), storyOf.get("004")));
        assertThat(kupol).hasSize(1);
        assertThat(storyOf.get("002")).isNotIn(kupol);

        for (JsonNode d : report.get("documents")) {
            String prefix = Path.of(d.get("source").asText()).getFileName().toString().substring(0, 3);
            String rewriteOf = d.get("rewrite_of").isNull() ? null : d.get("rewrite_of").asText();
            assertThat(rewriteOf).as(prefix).isEqualTo(prefix.equals("003") ? idByPrefix.get("001") : null);
        }

        JsonNode range = null;
        for (JsonNode c : report.get("claims")) {
            if (c.get("subject").asText().equals("Garpiya-3") && c.get("predicate").asText().equals("range")) {
                range = c;
            }
        }
        assertThat(range).isNotNull();
        assertThat(range.get("value").asDouble()).isEqualTo(2000.0);
        assertThat(range.get("origin").asText()).isEqualTo("Reuters");
        assertThat(range.get("independent_sources").asInt()).isEqualTo(1);
        assertThat(range.get("documents")).hasSize(3);
    }
}
