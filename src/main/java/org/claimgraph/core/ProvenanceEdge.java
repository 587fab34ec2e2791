package org.claimgraph.core;

import java.util.Objects;

/**
 * An edge of the provenance graph. Nodes are named {@code doc:<id>} for pages and {@code source:<name>} for
 * outlets and primary sources.
 */
public record ProvenanceEdge(String from, String to, EdgeKind kind) {
    /** Validates the fields. */
    public ProvenanceEdge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
    }
}
