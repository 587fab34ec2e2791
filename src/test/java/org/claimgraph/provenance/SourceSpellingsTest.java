package org.claimgraph.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceSpellingsTest {
    @Test
    void namesThatDifferOnlyInCaseGetTheMostCapitalisedSpelling() {
        SourceSpellings spellings = new SourceSpellings();
        spellings.add("der Spiegel");
        spellings.add("Der Spiegel");
        spellings.add("der spiegel");
        spellings.add("euronews.com");
        spellings.add(null);
        assertThat(spellings.of("der Spiegel")).isEqualTo("Der Spiegel");
        assertThat(spellings.of("der spiegel")).isEqualTo("Der Spiegel");
        assertThat(spellings.of("euronews.com")).isEqualTo("euronews.com");
        assertThat(spellings.of("Reuters")).isEqualTo("Reuters");
        assertThat(spellings.of(null)).isNull();
    }

    @Test
    void aTieKeepsTheFirstSpellingSeen() {
        SourceSpellings spellings = new SourceSpellings();
        spellings.add("McClatchy");
        spellings.add("MCclatchy");
        assertThat(spellings.of("mcclatchy")).isEqualTo("McClatchy");
    }
}
