package org.claimgraph.claims.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimgraph.core.Stance;
import org.junit.jupiter.api.Test;

class StanceRulesTest {
    @Test
    void derivesStanceFromCueAndContext() {
        assertThat(StanceRules.stance("denied", "The ministry denied", "the report")).isEqualTo(Stance.DENIED);
        assertThat(StanceRules.stance("told", "The ministry told", "Reuters it was not aware of such a project"))
                .isEqualTo(Stance.DENIED);
        assertThat(StanceRules.stance("did not respond to requests for comment", "They did not respond", ""))
                .isEqualTo(Stance.NO_COMMENT);
        assertThat(StanceRules.stance("is yet to confirm", "The EEAS, however, is yet to confirm", "three points"))
                .isEqualTo(Stance.UNCONFIRMED);
        assertThat(StanceRules.stance("plans to", "Moscow plans to", "increase output")).isEqualTo(Stance.PLANNED);
        assertThat(StanceRules.stance("alleges", "Reuters further alleges", "that")).isEqualTo(Stance.ALLEGED);
        assertThat(StanceRules.stance("said", "Kupol reportedly said", "that")).isEqualTo(Stance.ALLEGED);
        assertThat(StanceRules.stance("reports", "Reuters reports", "Russia")).isEqualTo(Stance.REPORTED);
        assertThat(StanceRules.stance("said", "Hinz said", "the delivery")).isEqualTo(Stance.ASSERTED);
    }
}
