package org.claimgraph.claims.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimgraph.core.Stance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The archetype pages: chains, anaphora and stance on real sentences. */
class AttributionFinderSeedTest {
    private static final Path SEEDS = Path.of("../shared/corpus/seeds");
    private static AttributionFinder finder;
    private static String page004;
    private static List<Attribution> found004;

    @BeforeAll
    static void load() throws IOException {
        finder = new AttributionFinder();
        page004 = Files.readString(SEEDS.resolve("004_d765b247d4f1b5af.txt"), StandardCharsets.UTF_8);
        found004 = finder.find(page004);
    }

    private static Attribution withSource(List<Attribution> found, String source) {
        return found.stream().filter(a -> source.equals(a.sourceText())).findFirst().orElseThrow(
                () -> new AssertionError("no attribution with source '" + source + "' in " + found));
    }

    @Test
    void firstSentenceChainRunsFromTheIntelligenceSourcesThroughReutersToUnn() {
        int end = page004.indexOf("UNN writes.") + "UNN writes.".length();
        List<Attribution> first = found004.stream().filter(a -> a.cue().end() <= end).toList();
        Attribution citing = first.stream().filter(a -> a.cueText().equals("citing")).findFirst().orElseThrow();
        assertThat(citing.chain()).containsExactly("two sources from a European intelligence agency", "Reuters",
                "UNN");
        Attribution unn = first.stream().filter(a -> "UNN".equals(a.sourceText())).findFirst().orElseThrow();
        assertThat(unn.cueText()).isEqualTo("writes");
        assertThat(unn.chain()).isEqualTo(citing.chain());
    }

    @Test
    void resolvesTheNewspaperToReuters() {
        Attribution newspaper = withSource(found004, "the newspaper");
        assertThat(newspaper.cueText()).isEqualTo("writes");
        assertThat(newspaper.resolvedSource()).isEqualTo("Reuters");
        assertThat(newspaper.isUnresolved()).isFalse();
        assertThat(found004.stream().filter(a -> "the publication".equals(a.sourceText()))
                .map(Attribution::resolvedSource)).isNotEmpty().containsOnly("Reuters");
    }

    @Test
    void readsTheForeignMinistryNotBeingAwareAsADenial() {
        Attribution ministry = withSource(found004, "China's foreign ministry");
        assertThat(ministry.cueText()).isEqualTo("told");
        assertThat(ministry.stance()).isEqualTo(Stance.DENIED);
    }

    @Test
    void findsNonResponsesWithTheirWholeSubject() {
        Attribution silent = withSource(found004, "Kupol, Almaz-Antey and the Russian Defense Ministry");
        assertThat(silent.cueText()).isEqualTo("did not respond to requests for comment");
        assertThat(silent.stance()).isEqualTo(Stance.NO_COMMENT);
        assertThat(silent.contents()).isEmpty();
        assertThat(withSource(found004, "TSK Vektor and Redlepus").stance()).isEqualTo(Stance.NO_COMMENT);
    }

    @Test
    void resolvesHeToTheLastNamedSpeaker() {
        Attribution he = withSource(found004, "he");
        assertThat(he.cueText()).isEqualTo("told");
        assertThat(he.resolvedSource()).isEqualTo("Fabian Hinz");
        assertThat(he.chain()).containsExactly("Fabian Hinz");
        assertThat(withSource(found004, "Fabian Hinz, a research fellow at the International Institute for "
                + "Strategic Studies, a London-based defence think-tank,").resolvedSource()).isEqualTo("Fabian Hinz");
    }

    @Test
    void readsIsYetToConfirmAsUnconfirmed() throws IOException {
        String page = Files.readString(SEEDS.resolve("000_3e12501138e8f7c1.txt"), StandardCharsets.UTF_8);
        Attribution eeas = withSource(finder.find(page), "The EEAS");
        assertThat(eeas.cueText()).isEqualTo("is yet to confirm");
        assertThat(eeas.stance()).isEqualTo(Stance.UNCONFIRMED);
        assertThat(eeas.contents().get(0).of(page)).startsWith("three crucial points of information: whether");
    }

    @Test
    void readsReutersFurtherAllegesAsAlleged() throws IOException {
        String page = Files.readString(SEEDS.resolve("001_cb1b2ce332f66163.txt"), StandardCharsets.UTF_8);
        List<Attribution> found = finder.find(page);
        Attribution alleges = found.stream().filter(a -> a.cueText().contains("alleges")).findFirst().orElseThrow();
        assertThat(alleges.sourceText()).isEqualTo("Reuters");
        assertThat(alleges.stance()).isEqualTo(Stance.ALLEGED);
    }

    @Test
    void readsASourceCreditLineWithItsCitedOrigin() throws IOException {
        String page = Files.readString(SEEDS.resolve("002_82d613145705a76c.txt"), StandardCharsets.UTF_8);
        Attribution credit = finder.find(page).stream().filter(a -> a.cueText().equals("Source:")).findFirst()
                .orElseThrow();
        assertThat(credit.sourceText()).isEqualTo("der Spiegel");
        assertThat(credit.stance()).isEqualTo(Stance.REPORTED);
        assertThat(credit.chain()).containsExactly("several sources", "der Spiegel");
    }

    @Test
    void readsHasNotCommentedAsNoCommentWithoutTheSubordinator() throws IOException {
        String page = Files.readString(SEEDS.resolve("001_cb1b2ce332f66163.txt"), StandardCharsets.UTF_8);
        Attribution silent = withSource(finder.find(page), "Russia’s defense ministry");
        assertThat(silent.cueText()).isEqualTo("has not commented");
        assertThat(silent.stance()).isEqualTo(Stance.NO_COMMENT);
    }

    @Test
    void everySpanMatchesItsText() {
        for (Attribution a : found004) {
            assertThat(a.cue().of(page004)).isEqualTo(a.cueText());
            if (a.hasSource()) {
                assertThat(a.source().of(page004)).isEqualTo(a.sourceText());
            }
        }
    }
}
