package org.claimgraph.screen;

import java.util.Objects;

/**
 * How well two names match.
 *
 * @param score       in [0, 1]; 1 for the same name
 * @param explanation which tokens matched how, and what was left over
 */
public record NameMatch(double score, String explanation) {
    /** Validates the fields. */
    public NameMatch {
        Objects.requireNonNull(explanation, "explanation");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("name match score " + score + " is out of range; expected [0, 1]");
        }
    }
}
