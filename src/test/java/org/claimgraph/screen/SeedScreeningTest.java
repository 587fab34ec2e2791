package org.claimgraph.screen;

import org.claimgraph.screen.lists.ListReader;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.claimgraph.core.EntityType;
import org.claimgraph.core.SanctionHit;
import org.junit.jupiter.api.Test;

/** Screens every entity of the seed gold, with its aliases, against the full SDN list. */
class SeedScreeningTest {
    private static final Path GOLD = Path.of("../shared/corpus/seeds/gold.json");

    @Test
    void findsEverySanctionedSeedEntityAndNothingForTheOthersButARealEntry() throws IOException {
        var reader = new ListReader(Clock.systemUTC());
        Screener screener = Screener.of(List.of(reader.read(Files.readAllBytes(ListReaderTest.SDN),
                "ofac_sdn_2024-05-03.csv").list()));
        JsonNode entities = new ObjectMapper().readTree(GOLD.toFile()).get("entities");
        assertThat(entities).hasSizeGreaterThan(20);
        Map<String, String> topHits = new TreeMap<>();
        for (JsonNode e : entities) {
            var aliases = new ArrayList<String>();
            e.get("aliases").forEach(a -> aliases.add(a.asText()));
            List<SanctionHit> hits = screener.screen(e.get("name").asText(), aliases, type(e.get("type").asText()));
            assertThat(!hits.isEmpty()).as(e.get("name").asText()).isEqualTo(e.path("sanctioned").asBoolean()
                    || e.get("name").asText().equals("Vladimir Putin"));
            if (!hits.isEmpty()) {
                topHits.put(e.get("name").asText(), hits.get(0).entryId());
            }
        }
        // the one hit the gold does not mark is a real entry: PUTIN, Vladimir Vladimirovich
        assertThat(topHits).isEqualTo(Map.of("Almaz-Antey", "16865", "IEMZ Kupol", "46431", "TSK Vektor", "46441",
                "Vladimir Putin", "35096"));
    }

    private static EntityType type(String gold) {
        return switch (gold) {
            case "PERSON" -> EntityType.PERSON;
            case "ORG" -> EntityType.ORG;
            case "PRODUCT" -> EntityType.PRODUCT;
            case "LOC", "GPE" -> EntityType.LOC;
            default -> EntityType.MISC;
        };
    }
}
