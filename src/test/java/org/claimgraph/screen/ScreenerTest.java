package org.claimgraph.screen;

import org.claimgraph.screen.lists.SanctionsList;
import org.claimgraph.screen.lists.ListReader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.claimgraph.core.EntityType;
import org.claimgraph.core.SanctionHit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScreenerTest {
    private static Screener screener;

    @BeforeAll
    static void loadTheFullSdnList() throws IOException {
        var reader = new ListReader(Clock.fixed(Instant.parse("2026-01-02T00:00:00Z"), ZoneOffset.UTC));
        SanctionsList sdn = reader.read(Files.readAllBytes(ListReaderTest.SDN), "ofac_sdn_2024-05-03.csv").list();
        screener = Screener.of(List.of(sdn));
    }

    @Test
    void findsAlmazAnteyWithItsProgrammesAndExplainsTheMatch() {
        SanctionHit top = screener.screen("Almaz-Antey", EntityType.ORG).get(0);
        assertThat(top.list()).isEqualTo("ofac_sdn_2024-05-03");
        assertThat(top.entryId()).isEqualTo("16865");
        assertThat(top.entryName()).isEqualTo("JOINT STOCK COMPANY AEROSPACE DEFENSE CONCERN ALMAZ-ANTEY");
        assertThat(top.programme()).isEqualTo("UKRAINE-EO13661; RUSSIA-EO14024");
        assertThat(top.score()).isEqualTo(0.929);
        assertThat(top.explanation()).isEqualTo("almaz=almaz (exact), antey=antey (exact); entry words unmatched: "
                + "aerospace defense concern; entry legal form JSC ignored; query covered 1.00, entry covered 0.53,"
                + " score 0.93");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Almaz-Antey", "Алмаз-Антей", "Almas-Antej", "ALMAZ ANTEY"})
    void findsAlmazAnteyInAnySpelling(String name) {
        assertThat(topId(name, EntityType.ORG)).isEqualTo("16865");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TSK Vektor", "TSK Vector", "ТСК Вектор", "OOO TSK Vektor"})
    void findsTskVektorInAnySpelling(String name) {
        assertThat(screener.screen(name, EntityType.ORG)).extracting(SanctionHit::entryId).containsExactly("46441");
    }

    @Test
    void findsIemzKupolThroughItsAcronym() {
        List<SanctionHit> hits = screener.screen("IEMZ Kupol", List.of("Kupol", "IEMZ Kupol"), EntityType.ORG);
        assertThat(hits).extracting(SanctionHit::entryId).containsExactly("46431");
        assertThat(hits.get(0).explanation()).startsWith("kupol=kupol (exact), iemz~izhevsk electromechanical plant"
                + " (acronym)");
    }

    @Test
    void usesAnAcronymExpansionTheArticleDefined() {
        List<SanctionHit> hits = screener.screen("IEMZ Kupol",
                List.of("Kupol", "Izhevsk Electromechanical Plant"), EntityType.ORG);
        assertThat(hits.get(0).entryId()).isEqualTo("46431");
        assertThat(hits.get(0).score()).isEqualTo(1.0);
        assertThat(hits.get(0).explanation()).startsWith("via alias 'Izhevsk Electromechanical Plant Kupol': ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Redlepus TSK Vector Industrial", "Redlepus", "Reuters", "European External Action Service",
        "EEAS", "Kupol", "Der Spiegel", "International Institute for Strategic Studies"})
    void findsNoHitForSeedOrganisationsThatAreNotListed(String name) {
        assertThat(screener.screen(name, EntityType.ORG)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Samuel Bendett", "Fabian Hinz"})
    void findsNoHitForSeedPeople(String name) {
        assertThat(screener.screen(name, EntityType.PERSON)).isEmpty();
    }

    @Test
    void neverMatchesAPersonToAnOrganisationEntry() {
        assertThat(screener.screen("Almaz Antey", EntityType.PERSON)).isEmpty();
        assertThat(screener.screen("Vladimir Putin", EntityType.ORG)).isEmpty();
        assertThat(topId("Vladimir Putin", EntityType.PERSON)).isEqualTo("35096");
    }

    @Test
    void doesNotScreenPlaces() {
        assertThat(screener.screen("Almaz-Antey", EntityType.LOC)).isEmpty();
    }

    @Test
    void rejectsAnEmptyNameNamingIt() {
        var e = assertThrows(IllegalArgumentException.class, () -> screener.screen("  ", EntityType.ORG));
        assertThat(e.getMessage()).isEqualTo("entity name '  ' is blank; expected a name to screen");
    }

    @Test
    void screensAVeryLongNameInBoundedTime() {
        String name = "Almaz Antey ".repeat(900).substring(0, 10_000);
        List<SanctionHit> hits = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> screener.screen(name, EntityType.ORG));
        assertThat(hits).isEmpty();
    }

    @Test
    void screensNamesInOtherScriptsAndMixedScripts() {
        assertThat(topId("Алмаз-Antey", EntityType.ORG)).isEqualTo("16865");
        assertThat(screener.screen("阿尔马兹-安泰", EntityType.ORG)).isEmpty();
        assertThat(screener.screen("\u0000\uFFFF😀", EntityType.ORG)).isEmpty();
    }

    @Test
    void givesTheSameHitsWhenManyThreadsScreenAtOnce() throws Exception {
        List<String> names = List.of("Almaz-Antey", "TSK Vector", "IEMZ Kupol", "Kalashnikov Concern", "Reuters",
                "ZALA Aero", "Rosoboronexport", "Almas Antej");
        List<List<SanctionHit>> expected = names.stream().map(n -> screener.screen(n, EntityType.ORG)).toList();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<List<SanctionHit>>>();
            for (int round = 0; round < 300; round++) {
                for (String n : names) {
                    futures.add(pool.submit(() -> screener.screen(n, EntityType.ORG)));
                }
            }
            for (int k = 0; k < futures.size(); k++) {
                assertThat(futures.get(k).get()).isEqualTo(expected.get(k % names.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void noneFindsNothing() {
        assertThat(Screener.none().screen("Almaz-Antey", EntityType.ORG)).isEmpty();
        assertThat(Screener.none().entryCount()).isZero();
    }

    private static String topId(String name, EntityType type) {
        List<SanctionHit> hits = screener.screen(name, type);
        assertThat(hits).isNotEmpty();
        return hits.get(0).entryId();
    }
}
