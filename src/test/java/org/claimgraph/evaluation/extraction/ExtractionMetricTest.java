package org.claimgraph.evaluation.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark metric, checked on the reference script's own self-test cases. */
class ExtractionMetricTest {
    private final ExtractionMetric three = new ExtractionMetric(3);

    private static void counts(ExtractionMetric.PageScore s, double tp, double fp, double fn) {
        assertThat(s.tp()).isCloseTo(tp, within(1e-9));
        assertThat(s.fp()).isCloseTo(fp, within(1e-9));
        assertThat(s.fn()).isCloseTo(fn, within(1e-9));
    }

    @Test
    void tokenisesOnLettersDigitsAndUnderscore() {
        assertThat(ExtractionMetric.tokens("x y;zz,(q)-r  ")).containsExactly("x", "y", "zz", "q", "r");
        assertThat(ExtractionMetric.tokens("Über café 2024 naïve_x")).containsExactly("Über", "café", "2024", "naïve_x");
        assertThat(ExtractionMetric.tokens("日本語 テスト")).containsExactly("日本語", "テスト");
    }

    @Test
    void normalisesPageCountsToOne() {
        counts(three.page("k l m", "k l m"), 1, 0, 0);
        counts(three.page("k l m n", "k l m"), 0.5, 0, 0.5);
        counts(three.page("k l m", "k l m n"), 0.5, 0.5, 0);
        counts(three.page("", ""), 0, 0, 0);
        counts(three.page("k", ""), 0, 0, 1);
        counts(three.page("", "k"), 0, 1, 0);
        counts(three.page("k l m k l m", "k l m"), 0.25, 0, 0.75);
    }

    @Test
    void averagesPrecisionOnlyOverPagesWithOutput() {
        var agg = ExtractionMetric.aggregate(List.of(new ExtractionMetric.PageScore(1, 0, 0),
                new ExtractionMetric.PageScore(0, 0, 1), new ExtractionMetric.PageScore(0.5, 0.5, 0)));
        assertThat(agg.precision()).isCloseTo(0.75, within(1e-9));
        assertThat(agg.recall()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(agg.f1()).isCloseTo(2 * 0.75 * (2.0 / 3) / (0.75 + 2.0 / 3), within(1e-9));
    }
}
