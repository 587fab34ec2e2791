package org.claimgraph.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.core.EntityType;

/** The gold annotations of the seed pages ({@code gold.json}), as records. */
public record SeedGold(List<GoldEntity> entities, JsonNode root) {
    /** One gold entity: its name, type and every alias it must be found under. */
    public record GoldEntity(String name, EntityType type, List<String> aliases) {
    }

    /** Reads {@code gold.json} from the seed directory. */
    public static SeedGold read(Path seedDir) {
        Path file = seedDir.resolve("gold.json");
        try {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            List<GoldEntity> entities = new ArrayList<>();
            for (JsonNode e : root.get("entities")) {
                List<String> aliases = new ArrayList<>();
                e.get("aliases").forEach(a -> aliases.add(a.asText()));
                if (!aliases.contains(e.get("name").asText())) {
                    aliases.add(e.get("name").asText());
                }
                entities.add(new GoldEntity(e.get("name").asText(), EntityType.valueOf(e.get("type").asText()),
                        aliases));
            }
            return new SeedGold(entities, root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + file + "; expected the seeds' gold.json", e);
        }
    }
}
