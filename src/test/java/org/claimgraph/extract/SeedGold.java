package org.claimgraph.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The seed pages and their gold labels, read from the shared corpus. */
final class SeedGold {
    static final Path SEEDS = Path.of("../shared/corpus/seeds");

    private SeedGold() {
    }

    /** Returns the gold entry of every seed page, keyed by file name. */
    static JsonNode documents() {
        try {
            return new ObjectMapper().readTree(SEEDS.resolve("gold.json").toFile()).get("documents");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the names of the seed pages, sorted. */
    static List<String> names() {
        List<String> names = new ArrayList<>();
        documents().fieldNames().forEachRemaining(names::add);
        names.sort(null);
        return names;
    }

    /** Returns the bytes of a seed page. */
    static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(SEEDS.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the text of a seed page. */
    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /** Returns the 1-based line numbers the gold lists under the field. */
    static List<Integer> lineNumbers(String name, String field) {
        List<Integer> out = new ArrayList<>();
        documents().get(name).get(field).forEach(n -> out.add(n.asInt()));
        return out;
    }
}
