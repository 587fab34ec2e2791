package org.claimgraph.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimgraph.core.Hedge;
import org.claimgraph.core.Quantity;
import org.claimgraph.core.Span;
import org.junit.jupiter.api.Test;

class PredicatesTest {
    @Test
    void aSumOfMoneyIsNamedByTheWordNearestToIt() {
        assertThat(money("Earlier this month, Wells Fargo was fined $185 million for its conduct.", "$185 million"))
                .isEqualTo("fine");
        assertThat(money("Trump's plans would cost $150 billion, the committee reported.", "$150 billion"))
                .isEqualTo("cost");
        assertThat(money("Steyer plans to give an additional $15 million to the super PAC.", "$15 million"))
                .isEqualTo("donated");
        assertThat(money("Stumpf made $19.3 million in 2015.", "$19.3 million")).isEqualTo("income");
        assertThat(money("Trump had claimed a loss of $916 million in 1995.", "$916 million")).isEqualTo("loss");
    }

    @Test
    void aSumOfMoneyNoWordExplainsIsNoClaim() {
        assertThat(money("Apple holds $214.9 billion offshore.", "$214.9 billion")).isNull();
    }

    @Test
    void measuresAreNamedByTheirUnit() {
        String sentence = "The Garpiya-3 can travel some 2,000km.";
        int at = sentence.indexOf("some");
        Quantity range = new Quantity(2000, 2000, "km", Hedge.APPROXIMATE, new Span(at, at + 12), "some 2,000km");
        assertThat(Predicates.forQuantity(range, sentence, at)).isEqualTo("range");
    }

    private static String money(String sentence, String written) {
        int at = sentence.indexOf(written);
        Quantity q = new Quantity(1, 1, "USD", Hedge.EXACT, new Span(at, at + written.length()), written);
        return Predicates.forQuantity(q, sentence, at);
    }
}
