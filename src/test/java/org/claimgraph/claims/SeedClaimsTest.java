package org.claimgraph.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.claimgraph.evaluation.ClaimEvaluation;
import org.claimgraph.testing.Seeds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The claim floors of the seed pages, against gold.json. */
class SeedClaimsTest {
    @TempDir
    static Path dir;

    private static ClaimEvaluation.Result result;

    @BeforeAll
    static void evaluate() {
        assertThat(Seeds.files()).hasSize(5);
        result = new ClaimEvaluation(Seeds.DIR).run(Seeds.stages(), dir);
    }

    @Test
    void findsAtLeastTwelveOfTheFifteenGoldClaims() {
        assertThat(result.claims()).hasSize(15);
        assertThat(result.found()).hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void everyFoundGoldClaimHasTheRightIndependentSourceCount() {
        assertThat(result.found()).allSatisfy(m -> assertThat(m.independentRight()).as(m.goldId()).isTrue());
    }

    @Test
    void everyFoundGoldClaimHasTheRightOrigin() {
        assertThat(result.found()).allSatisfy(m -> assertThat(m.originRight())
                .as(m.goldId() + " origin " + m.claim().orElseThrow().origin()).isTrue());
    }

    @Test
    void findsAllThreeGoldRelations() {
        assertThat(result.relationsMissed()).isEmpty();
        assertThat(result.relationsFound()).hasSize(3);
    }

    @Test
    void bothDenialsAreLinkedToWhatTheyDeny() {
        assertThat(result.claims()).filteredOn(ClaimEvaluation.GoldMatch::denial).hasSize(2)
                .allSatisfy(m -> assertThat(m.claim().orElseThrow().contradictedBy()).isNotEmpty());
    }

    @Test
    void theRangeClaimIsOneClaimWithOneIndependentSourceFromReuters() {
        ClaimEvaluation.GoldMatch range = result.claims().stream().filter(m -> m.goldId().equals("g3-range"))
                .findFirst().orElseThrow();
        assertThat(range.claim()).hasValueSatisfying(c -> {
            assertThat(c.subject()).isEqualTo("Garpiya-3");
            assertThat(c.value().low()).isEqualTo(2000.0);
            assertThat(c.value().unit()).isEqualTo("km");
            assertThat(c.origin()).isEqualTo("Reuters");
            assertThat(c.independentSources()).isEqualTo(1);
            assertThat(c.documents()).hasSizeGreaterThanOrEqualTo(3);
        });
    }
}
