package org.claimgraph.core;

import java.util.Objects;

/** The stable identifier of a claim, derived from its content so that re-analysis yields the same id. */
public record ClaimId(String value) implements Comparable<ClaimId> {
    /** Validates that the value is not blank. */
    public ClaimId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("claim id is blank; expected a non-empty identifier");
        }
    }

    @Override
    public int compareTo(ClaimId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
