package org.claimgraph.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActionPatternsTest {
    @Test
    void developedAsAVerbIsAnAction() {
        assertThat(ActionPatterns.find("IEMZ Kupol has developed and flight-tested a new drone model in China."))
                .extracting(ActionPatterns.Found::predicate).containsExactly("developed");
        assertThat(ActionPatterns.find("The company designed the engine itself."))
                .extracting(ActionPatterns.Found::predicate).containsExactly("developed");
    }

    @Test
    void developedAsAnAdjectiveOrDesignedAsAPurposeIsNot() {
        assertThat(ActionPatterns.find("It is the biggest decline for a developed nation this year.")).isEmpty();
        assertThat(ActionPatterns.find("An accord cannot be a compact among developed economies.")).isEmpty();
        assertThat(ActionPatterns.find("Republicans approved a bill designed to hamstring the bureau.")).isEmpty();
        assertThat(ActionPatterns.find("The drone was developed in secret.")).isEmpty();
    }
}
