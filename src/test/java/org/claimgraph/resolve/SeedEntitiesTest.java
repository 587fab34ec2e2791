package org.claimgraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimgraph.evaluation.EntityEvaluation;
import org.claimgraph.testing.Seeds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The entity floors of the seed pages: F1 at least 0.95, every gold alias group merged, no gold entities merged. */
class SeedEntitiesTest {
    private static EntityEvaluation.Result result;

    @BeforeAll
    static void evaluate() {
        assertThat(Seeds.files()).hasSize(5);
        result = new EntityEvaluation(Seeds.DIR).ours(Seeds.stages());
    }

    @Test
    void entityNameAndTypeF1IsAtLeastTheFloor() {
        assertThat(result.ours().f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(result.missed()).isEmpty();
    }

    @Test
    void everyGoldAliasGroupIsMerged() {
        assertThat(result.unmerged()).isEmpty();
        assertThat(result.oursAliases().recall()).isEqualTo(1.0);
    }

    @Test
    void noTwoGoldEntitiesAreMerged() {
        assertThat(result.falseMerges()).isEmpty();
        assertThat(result.oursAliases().precision()).isEqualTo(1.0);
    }
}
