package org.claimgraph.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimgraph.core.Stance;
import org.junit.jupiter.api.Test;

class StanceCuesTest {
    @Test
    void rejectingOrDismissingAClaimIsADenial() {
        assertThat(StanceCues.of("The ministry rejected the allegations as baseless.", false))
                .isEqualTo(Stance.DENIED);
        assertThat(StanceCues.of("Her brief dismissed those reports as misinterpreted statements.", true))
                .isEqualTo(Stance.DENIED);
        assertThat(StanceCues.of("Beijing has repeatedly denied supplying weapons.", false)).isEqualTo(Stance.DENIED);
    }

    @Test
    void rejectingARequestOrDismissingACaseIsADecisionNotADenial() {
        assertThat(StanceCues.of("A New York judge has rejected a media request to open the court file.", false))
                .isEqualTo(Stance.ASSERTED);
        assertThat(StanceCues.of("The court dismissed the lawsuit on Tuesday.", false)).isEqualTo(Stance.ASSERTED);
        assertThat(StanceCues.of("The proposal was rejected by the council in 2015.", true))
                .isEqualTo(Stance.REPORTED);
    }

    @Test
    void theCueStartIsWhereTheStanceWordingBegins() {
        String sentence = "The EEAS, however, is yet to confirm the report.";
        assertThat(StanceCues.cueStart(sentence, Stance.UNCONFIRMED)).isEqualTo(sentence.indexOf("is yet"));
        String silent = "Kupol did not respond to requests for comment.";
        assertThat(StanceCues.cueStart(silent, Stance.NO_COMMENT)).isEqualTo(silent.indexOf("did not"));
        assertThat(StanceCues.cueStart(silent, Stance.ASSERTED)).isZero();
    }
}
