package org.claimgraph.core;

import java.util.Objects;

/** A passage of a copy aligned with the passage of the original it reuses, with their similarity in [0, 1]. */
public record AlignedPassage(Span copy, Span original, double similarity) {
    /** Validates the fields. */
    public AlignedPassage {
        Objects.requireNonNull(copy, "copy");
        Objects.requireNonNull(original, "original");
    }
}
