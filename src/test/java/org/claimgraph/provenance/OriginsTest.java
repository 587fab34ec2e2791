package org.claimgraph.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.claimgraph.core.DocumentId;
import org.claimgraph.core.Span;
import org.claimgraph.core.Stance;
import org.claimgraph.core.Statement;
import org.junit.jupiter.api.Test;

class OriginsTest {
    private final Origins origins = new Origins(Set.of("Vladimir Putin"), Set.of("Reuters", "UNN", "euronews.com"));

    @Test
    void unnamedSourcesReachThePublicThroughTheOutletThatCitesThem() {
        assertThat(origins.of(statement("Garpiya-3", Stance.REPORTED,
                "two European intelligence sources", "Reuters", "UNN"))).isEqualTo("Reuters");
        assertThat(origins.of(statement("Garpiya-3", Stance.REPORTED, "documents seen by the agency", "Reuters")))
                .isEqualTo("Reuters");
    }

    @Test
    void aNamedPersonWhoSpokeIsTheOrigin() {
        assertThat(origins.of(statement("Russia", Stance.ASSERTED, "Vladimir Putin", "Reuters", "UNN")))
                .isEqualTo("Vladimir Putin");
    }

    @Test
    void whoDeniesOrStaysSilentIsTheOriginOfThatStatement() {
        assertThat(origins.of(statement("China", Stance.DENIED, "Reuters"))).isEqualTo("China");
        assertThat(origins.of(statement("Kupol", Stance.NO_COMMENT, "Reuters"))).isEqualTo("Kupol");
    }

    @Test
    void aPartyThatHasNotConfirmedIsNewsFromTheOutletThatReportsIt() {
        assertThat(origins.of(statement("EEAS", Stance.UNCONFIRMED, "EEAS", "euronews.com")))
                .isEqualTo("euronews.com");
    }

    @Test
    void unknownStaysUnknown() {
        assertThat(origins.of(statement("Garpiya-3", Stance.REPORTED, "two sources familiar with the matter")))
                .isNull();
        assertThat(origins.of(statement("Garpiya-3", Stance.ASSERTED))).isNull();
    }

    @Test
    void aNamedSourceNeitherPersonNorKnownOutletIsTheFallback() {
        assertThat(origins.of(statement("Garpiya-3", Stance.REPORTED, "Der Spiegel"))).isEqualTo("Der Spiegel");
    }

    private static Statement statement(String subject, Stance stance, String... chain) {
        String sentence = subject + " is the subject.";
        return new Statement(DocumentId.ofText("page"), subject, "range", null, null, stance, List.of(chain),
                new Span(0, sentence.length()), sentence);
    }
}
