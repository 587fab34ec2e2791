package org.claimgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GraphQueriesTest {
    @Test
    void quotesEveryWordSoOperatorsAreSearchedAsText() {
        assertThat(GraphQueries.ftsQuery("Garpiya")).isEqualTo("\"Garpiya\"");
        assertThat(GraphQueries.ftsQuery("  IEMZ   Kupol ")).isEqualTo("\"IEMZ\" \"Kupol\"");
        assertThat(GraphQueries.ftsQuery("a\" OR NEAR(b c) title:x*")).isEqualTo("\"a\" \"OR\" \"NEAR b\" \"c\" "
                + "\"title x\"");
        assertThat(GraphQueries.ftsQuery("Гарпия-3")).isEqualTo("\"Гарпия 3\"");
    }

    @Test
    void rejectsQueriesWithoutWordsOrTooLong() {
        assertThatThrownBy(() -> GraphQueries.ftsQuery("(((( **")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("search '(((( **' has no letters or digits; expected a word");
        assertThatThrownBy(() -> GraphQueries.ftsQuery("a".repeat(201)))
                .hasMessage("search of 201 characters is too long; expected at most 200");
    }
}
