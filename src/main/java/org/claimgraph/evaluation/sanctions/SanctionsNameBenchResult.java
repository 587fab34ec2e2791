package org.claimgraph.evaluation.sanctions;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link SanctionsNameBench}.
 *
 * @param ours          our decisions on every labelled pair
 * @param oursCommon    our decisions on the pairs that also have a stored logic-v2 score
 * @param logicV2Common logic-v2's stored decisions on those same pairs
 * @param mistakes      one line per pair we got wrong, with our explanation
 */
public record SanctionsNameBenchResult(SanctionsMetrics ours, SanctionsMetrics oursCommon,
        SanctionsMetrics logicV2Common, List<String> mistakes) {
    /** Validates the fields and copies the mistakes. */
    public SanctionsNameBenchResult {
        Objects.requireNonNull(ours, "ours");
        Objects.requireNonNull(oursCommon, "oursCommon");
        Objects.requireNonNull(logicV2Common, "logicV2Common");
        mistakes = List.copyOf(mistakes);
    }
}
