package org.claimgraph.evaluation.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoriesBCubedTest {
    @Test
    void scoresAnOverMergedClustering() {
        StoriesBCubed b = StoriesBCubed.of(List.of(1, 1, 1, 2), List.of("a", "a", "b", "b"));
        assertThat(b.precision()).isCloseTo((2 / 3.0 + 2 / 3.0 + 1 / 3.0 + 1) / 4, within(1e-12));
        assertThat(b.recall()).isCloseTo((1 + 1 + 0.5 + 0.5) / 4, within(1e-12));
        assertThat(b.items()).isEqualTo(4);
    }

    @Test
    void rejectsLabelListsOfDifferentLength() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StoriesBCubed.of(List.of(1), List.of("a", "b")));
        assertThat(e.getMessage()).isEqualTo(
                "predicted labels 1 and gold labels 2 differ in number; expected one of each per item");
    }
}
