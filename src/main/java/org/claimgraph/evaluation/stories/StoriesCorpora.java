package org.claimgraph.evaluation.stories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimgraph.core.DocumentId;
import org.claimgraph.stories.StoryDocument;

/** Loads the gold corpora of the stories evaluation: the seed pages and ECB+. */
public final class StoriesCorpora {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StoriesCorpora() {
    }

    /**
     * Returns the seed pages of a directory with their gold stories and rewrites. Each page is read whole, site
     * furniture included, with no title; its id is the hex part of its file name, its date the gold date or, when
     * the gold gives only a range, the range's start.
     *
     * @throws UncheckedIOException when the directory or its {@code gold.json} cannot be read
     */
    public static StoriesGold seeds(Path dir) {
        try {
            JsonNode gold = JSON.readTree(dir.resolve("gold.json").toFile());
            List<StoryDocument> docs = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            Set<String> rewrites = new HashSet<>();
            for (Map.Entry<String, JsonNode> e : gold.get("documents").properties()) {
                String text = Files.readString(dir.resolve(e.getKey()), StandardCharsets.UTF_8);
                docs.add(StoryDocument.of(idOf(e.getKey()), "", text, dateOf(e.getValue())));
                labels.add(e.getValue().get("story").asText());
                if (e.getValue().has("rewrite_of")) {
                    rewrites.add(StoriesGold.pair(idOf(e.getKey()), idOf(e.getValue().get("rewrite_of").asText())));
                }
            }
            return new StoriesGold(docs, labels, rewrites);
        } catch (IOException e) {
            throw new UncheckedIOException("seed directory '" + dir + "' cannot be read; expected pages and gold.json",
                    e);
        }
    }

    /**
     * Returns the ECB+ documents of the given splits ({@code train}, {@code dev}) with their gold event clusters.
     * Each text is its sentences joined by spaces; there is no title and no date.
     *
     * @throws UncheckedIOException when the file cannot be read
     */
    public static StoriesGold ecbplus(Path docsJsonl, Set<String> splits) {
        List<StoryDocument> docs = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(docsJsonl, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode doc = JSON.readTree(line);
                if (splits.contains(doc.get("split").asText())) {
                    List<String> sentences = new ArrayList<>();
                    doc.get("sentences").forEach(s -> sentences.add(s.asText()));
                    String text = String.join(" ", sentences);
                    docs.add(StoryDocument.of(DocumentId.ofText(doc.get("doc_name").asText()), "", text, null));
                    labels.add(doc.get("cluster_id").asText());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("ECB+ file '" + docsJsonl + "' cannot be read; expected docs.jsonl", e);
        }
        return new StoriesGold(docs, labels, Set.of());
    }

    // the gold date, else the start of the gold range when only a range is known (a page from "early 2023")
    private static LocalDate dateOf(JsonNode gold) {
        JsonNode date = gold.path("published");
        JsonNode range = gold.path("published_between");
        return date.isTextual() ? LocalDate.parse(date.asText())
                : range.isArray() ? LocalDate.parse(range.get(0).asText()) : null;
    }

    private static DocumentId idOf(String fileName) {
        String hex = fileName.replaceAll("^\\d+_|\\.txt$", "");
        return new DocumentId(hex);
    }
}
