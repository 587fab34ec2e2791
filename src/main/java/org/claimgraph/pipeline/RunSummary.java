package org.claimgraph.pipeline;

import java.util.List;
import java.util.Map;
import org.claimgraph.core.Problem;
import org.claimgraph.core.Stage;

/**
 * What one run did.
 *
 * @param read          documents read from the inputs
 * @param analysed      new documents analysed and stored
 * @param alreadyStored documents skipped because their content was already stored
 * @param skippedFiles  files in directories skipped for their extension
 * @param problems      inputs that failed, one each
 * @param warnings      inputs analysed only in part, with the reason
 * @param stageNanos    time spent per stage, summed over threads
 * @param elapsedNanos  wall-clock time of the run
 */
public record RunSummary(int read, int analysed, int alreadyStored, int skippedFiles, List<Problem> problems,
        List<Problem> warnings, Map<Stage, Long> stageNanos, long elapsedNanos) {
    /** Copies the collections. */
    public RunSummary {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        stageNanos = Map.copyOf(stageNanos);
    }

    /** Returns whether some input failed. */
    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
