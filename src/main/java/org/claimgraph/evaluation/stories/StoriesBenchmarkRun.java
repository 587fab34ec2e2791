package org.claimgraph.evaluation.stories;

import java.util.Objects;

/**
 * The figures of one synthetic archive run through the stories stage.
 *
 * @param documents      pages added
 * @param millis         wall time of adding them all and taking the snapshot
 * @param peakHeapBytes  peak heap use during the run (sum of the heap pools' peaks)
 * @param plantedPairs   near-duplicate pairs planted
 * @param recoveredPairs planted pairs found as reuse, in either direction
 * @param stories        B-cubed scores against the planted stories
 * @param storyCount     stories found
 */
public record StoriesBenchmarkRun(int documents, long millis, long peakHeapBytes, int plantedPairs,
        int recoveredPairs, StoriesBCubed stories, int storyCount) {
    /** Validates the fields. */
    public StoriesBenchmarkRun {
        Objects.requireNonNull(stories, "stories");
        if (documents < 0 || millis < 0 || recoveredPairs > plantedPairs) {
            throw new IllegalArgumentException("benchmark run " + documents + "/" + millis + "/" + recoveredPairs
                    + " is inconsistent; expected non-negative counts and recovered <= planted");
        }
    }
}
