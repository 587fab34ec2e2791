package org.claimgraph.claims.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Synthetic texts in the shape of wire copy. */
class WireDetectorTest {
    private final WireDetector detector = new WireDetector();

    @Test
    void findsApDateline() {
        assertThat(detector.findWire("Title.\n\nWASHINGTON (AP) — The Senate voted on Tuesday.")).contains("AP");
    }

    @Test
    void findsReutersDatelineWithoutPlace() {
        assertThat(detector.findWire("(Reuters) - Shares fell on Monday.")).contains("Reuters");
    }

    @Test
    void findsAfpDatelineWithMixedCasePlace() {
        assertThat(detector.findWire("Headline.\n\nNew York (AFP) – The mayor said.")).contains("AFP");
    }

    @Test
    void findsUpiDatelineWithDate() {
        assertThat(detector.findWire("WASHINGTON, Feb. 3 (UPI) -- Lawmakers met.")).contains("UPI");
    }

    @Test
    void findsCreditLinesAtTheEnd() {
        assertThat(detector.findWire("Body text.\n\nCopyright 2016 The Associated Press.")).contains("AP");
        assertThat(detector.findWire("Body.\n(Reporting by A. Writer; Editing by B. Editor)")).contains("Reuters");
    }

    @Test
    void ignoresAWireNamedAsASource() {
        assertThat(detector.findWire("The ministry told Reuters it was not aware of the plan, AP reported."))
                .isEqualTo(Optional.empty());
    }
}
