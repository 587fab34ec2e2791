package org.claimgraph.evaluation.sanctions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.claimgraph.screen.NameComparer;
import org.claimgraph.screen.Screener;
import org.junit.jupiter.api.Test;

class SanctionsNameBenchTest {
    private static final Path DATA = Path.of("../shared/data/sanctions");

    @Test
    void beatsTheStoredLogicV2ScoresOnTheSamePairs() {
        SanctionsNameBenchResult r = new SanctionsNameBench(new NameComparer(), Screener.DEFAULT_THRESHOLD).run(DATA);
        assertThat(r.ours().cases()).isEqualTo(826);
        assertThat(r.oursCommon().cases()).isEqualTo(r.logicV2Common().cases());
        assertThat(r.logicV2Common().f1()).isBetween(0.79, 0.80);
        assertThat(r.oursCommon().f1()).isGreaterThan(r.logicV2Common().f1() + 0.03);
        assertThat(r.ours().f1()).isGreaterThan(0.82);
    }
}
