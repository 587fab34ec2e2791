package org.claimgraph.claims.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Synthetic hostile inputs: no crash, no invented attribution. */
class AttributionFinderBadInputTest {
    private static AttributionFinder finder;

    @BeforeAll
    static void load() {
        finder = new AttributionFinder();
    }

    @Test
    void keepsAPronounWithoutAntecedentUnresolved() {
        List<Attribution> found = finder.find("He said the plan was dead.");
        assertThat(found).hasSize(1);
        Attribution he = found.get(0);
        assertThat(he.sourceText()).isEqualTo("He");
        assertThat(he.cueText()).isEqualTo("said");
        assertThat(he.resolvedSource()).isNull();
        assertThat(he.isUnresolved()).isTrue();
        assertThat(he.chain()).isEmpty();
    }

    @Test
    void keepsTheNewspaperUnresolvedWhenNoOutletWasNamed() {
        Attribution paper = finder.find("The drones can fly 2,000 km, the newspaper writes.").get(0);
        assertThat(paper.sourceText()).isEqualTo("the newspaper");
        assertThat(paper.isUnresolved()).isTrue();
    }

    @Test
    void survivesAQuoteThatNeverCloses() {
        String text = "The minister said \"we will win this war and nobody will stop us\n\nThe weather is fine.";
        List<Attribution> found = finder.find(text);
        assertThat(found).extracting(Attribution::sourceText).containsExactly("The minister");
        assertThat(found.get(0).contents()).allSatisfy(c -> assertThat(c.end()).isLessThanOrEqualTo(text.length()));
    }

    @Test
    void survivesNestedQuotes() {
        String text = "\"He told me 'I said \"no\" to them' yesterday,\" Smith said.";
        List<Attribution> found = finder.find(text);
        assertThat(found).extracting(Attribution::sourceText).contains("Smith");
    }

    @Test
    void findsNothingInASentenceOfFiftyNumbers() {
        String numbers = IntStream.rangeClosed(1, 50).mapToObj(i -> i + ".5").collect(Collectors.joining(", "));
        assertThat(finder.find("The values were " + numbers + ".")).isEmpty();
    }

    @Test
    void returnsNothingForEmptyText() {
        assertThat(finder.find("")).isEmpty();
        assertThat(finder.find(" \n ")).isEmpty();
    }

    @Test
    void rejectsNull() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> finder.find(null));
        assertThat(e).hasMessage("text");
    }

    @Test
    void finishesQuicklyOnAHugeSentenceOfQuotesCommasAndRelays() {
        String hostile = "\"“”'".repeat(5_000) + ", X says".repeat(2_000) + " 1,2".repeat(5_000)
                + " citing".repeat(2_000);
        List<Attribution> found = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> finder.find(hostile));
        for (Attribution a : found) {
            assertThat(a.cue().end()).isLessThanOrEqualTo(hostile.length());
        }
    }
}
