package org.claimgraph.core;

import java.util.Objects;

/** The stable identifier of a entity, derived from its content so that re-analysis yields the same id. */
public record EntityId(String value) implements Comparable<EntityId> {
    /** Validates that the value is not blank. */
    public EntityId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("entity id is blank; expected a non-empty identifier");
        }
    }

    @Override
    public int compareTo(EntityId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
