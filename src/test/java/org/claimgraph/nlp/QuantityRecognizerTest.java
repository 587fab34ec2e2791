package org.claimgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.claimgraph.core.Hedge;
import org.claimgraph.core.Quantity;
import org.junit.jupiter.api.Test;

class QuantityRecognizerTest {
    private final QuantityRecognizer recognizer = new QuantityRecognizer();

    private Quantity sole(String text) {
        List<Quantity> found = recognizer.recognise(text);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void normalisesDistancesToKilometres() {
        Quantity q = sole("it can travel some 2,000km with ease");
        assertThat(q.low()).isEqualTo(2000.0);
        assertThat(q.unit()).isEqualTo("km");
        assertThat(q.hedge()).isEqualTo(Hedge.APPROXIMATE);
        assertThat(q.text()).isEqualTo("some 2,000km");

        Quantity miles = sole("a range of 1,240 miles");
        assertThat(miles.low()).isCloseTo(1995.6, within(0.1));
        assertThat(miles.unit()).isEqualTo("km");
        assertThat(miles.isCompatibleWith(q)).isTrue();
    }

    @Test
    void keepsRangesAndHedges() {
        Quantity warhead = sole("capable of carrying a 35 to 50 kilogram warhead");
        assertThat(warhead.low()).isEqualTo(35.0);
        assertThat(warhead.high()).isEqualTo(50.0);
        assertThat(warhead.unit()).isEqualTo("kg");

        Quantity delivered = sole("Kupol has taken delivery of at least seven military drones");
        assertThat(delivered.low()).isEqualTo(7.0);
        assertThat(delivered.hedge()).isEqualTo(Hedge.AT_LEAST);
        assertThat(delivered.unit()).isEqualTo("drones");
        assertThat(delivered.isCompatibleWith(sole("seven military drones made in China"))).isTrue();
    }

    @Test
    void readsRatesAreasAndMoney() {
        assertThat(sole("would be able to produce 800 drones a year").unit()).isEqualTo("drones/year");
        Quantity area = sole("The 80-hectare base");
        assertThat(area.low()).isEqualTo(80.0);
        assertThat(area.unit()).isEqualTo("ha");
        Quantity money = sole("the cost at $14 million a week");
        assertThat(money.low()).isEqualTo(14e6);
        assertThat(money.unit()).isEqualTo("USD");
    }

    @Test
    void readsSumsOfMoneyWrittenWithTheirScaleAttachedOrAbbreviated() {
        assertThat(sole("super PACs that have raised $1million or more").low()).isEqualTo(1e6);
        assertThat(sole("donations have barreled past the $1billion mark").low()).isEqualTo(1e9);
        assertThat(sole("the plan would raise $1.1 trillion over the next decade").low()).isCloseTo(1.1e12,
                within(1.0));
        assertThat(sole("into a $400-million-a-year business").low()).isEqualTo(4e8);
        assertThat(sole("a fine of £2bn").low()).isEqualTo(2e9);
        assertThat(sole("he paid €5m for it").low()).isEqualTo(5e6);
        assertThat(sole("salaries of $60k").low()).isEqualTo(6e4);
        assertThat(sole("workers make $12 an hour").low()).isEqualTo(12.0);
    }

    @Test
    void ignoresYearsModelNumbersAndBareNumbers() {
        assertThat(recognizer.recognise("since the war began in February 2022, replacement parts for SU-27 fighter "
                + "jets, and 3 of them")).isEmpty();
    }

    @Test
    void incompatibleValuesAreNotCompatible() {
        assertThat(sole("a payload of 50 kg").isCompatibleWith(sole("a payload of 400kg"))).isFalse();
    }

    @Test
    void manyNumbersInOneSentenceStayBounded() {
        String table = "1 km, ".repeat(5000);
        assertThat(recognizer.recognise(table)).hasSize(5000);
    }
}
