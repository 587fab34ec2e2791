package org.claimgraph.core;

import java.util.Objects;

/** The stable identifier of a story, derived from its content so that re-analysis yields the same id. */
public record StoryId(String value) implements Comparable<StoryId> {
    /** Validates that the value is not blank. */
    public StoryId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("story id is blank; expected a non-empty identifier");
        }
    }

    @Override
    public int compareTo(StoryId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
