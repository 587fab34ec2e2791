package org.claimgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.claimgraph.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListsCommandTest {
    private static final String SDN = "../shared/data/sanctions/ofac/ofac_sdn_2024-05-03.csv";

    @TempDir
    Path dir;

    @Test
    void aListAddedToTheDatabaseScreensTheSeedEntities() throws IOException {
        Path db = dir.resolve("lists.db");
        CliRun add = CliRun.of("lists", "add", SDN, "--db", db.toString());
        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(add.out()).contains("14,965 entries loaded as 'ofac_sdn_2024-05-03'");

        CliRun run = CliRun.of("analyze", Seeds.DIR.toString(), "--db", db.toString(), "--format", "json", "-q");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        Map<String, String> hitByEntity = new HashMap<>();
        for (JsonNode e : report.get("entities")) {
            if (!e.get("sanctions").isEmpty()) {
                hitByEntity.put(e.get("name").asText(), e.get("sanctions").get(0).get("entry_name").asText());
            }
        }
        assertThat(hitByEntity).containsEntry("IEMZ Kupol", "JOINT STOCK COMPANY IZHEVSK ELECTROMECHANICAL PLANT KUPOL")
                .containsEntry("TSK Vektor", "TSK VEKTOR, OOO")
                .containsKey("Almaz-Antey")
                .doesNotContainKeys("Redlepus TSK Vector Industrial", "Reuters", "European External Action Service",
                        "Samuel Bendett", "Fabian Hinz", "David Albright");
        JsonNode kupol = hit(report, "IEMZ Kupol");
        assertThat(kupol.get("list").asText()).isEqualTo("ofac_sdn_2024-05-03");
        assertThat(kupol.get("programme").asText()).contains("RUSSIA-EO14024");
        assertThat(kupol.get("explanation").asText()).isNotBlank();
    }

    @Test
    void aFileInTheWrongFormatIsRejectedWithExitCodeOne() throws IOException {
        Path notAList = dir.resolve("notes.csv");
        Files.writeString(notAList, "just,some,words\nnothing,like,a list\n");

        CliRun add = CliRun.of("lists", "add", notAList.toString(), "--db", dir.resolve("x.db").toString());

        assertThat(add.exitCode()).isEqualTo(1);
        assertThat(add.err()).contains(notAList.toString(), "expected");
    }

    private static JsonNode hit(JsonNode report, String entity) {
        for (JsonNode e : report.get("entities")) {
            if (e.get("name").asText().equals(entity)) {
                return e.get("sanctions").get(0);
            }
        }
        throw new AssertionError("no entity " + entity);
    }
}
