package org.claimgraph.evaluation.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.claimgraph.claims.attribution.AttributionFinder;
import org.claimgraph.claims.attribution.WireDetector;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The floors on PolNeAR dev that the attribution finder reaches; the tagger was trained on train only. */
@Tag("slow")
class AttributionDevFloorTest {
    private static final double CUE_OVERLAP_F1 = 0.77;
    private static final double SOURCE_OVERLAP_F1 = 0.78;
    private static final double CONTENT_OVERLAP_F1 = 0.84;
    private static final double CUE_EXACT_F1 = 0.67;
    private static final double SOURCE_EXACT_F1 = 0.70;
    private static final double WIRE_ACCURACY = 0.98;

    @Test
    void reachesTheFloorsOnPolnearDev() {
        List<AttributionArticle> dev = new AttributionCorpus(Path.of("../shared/corpus/polnear")).articles("dev");
        assertThat(dev).hasSize(84);
        AttributionReport report = new AttributionEvaluation(new AttributionFinder(), new WireDetector())
                .evaluate(dev);
        assertThat(report.cue().overlapF1()).isGreaterThanOrEqualTo(CUE_OVERLAP_F1);
        assertThat(report.source().overlapF1()).isGreaterThanOrEqualTo(SOURCE_OVERLAP_F1);
        assertThat(report.content().overlapF1()).isGreaterThanOrEqualTo(CONTENT_OVERLAP_F1);
        assertThat(report.cue().exactF1()).isGreaterThanOrEqualTo(CUE_EXACT_F1);
        assertThat(report.source().exactF1()).isGreaterThanOrEqualTo(SOURCE_EXACT_F1);
        assertThat(report.wireAccuracy()).isGreaterThanOrEqualTo(WIRE_ACCURACY);
    }
}
