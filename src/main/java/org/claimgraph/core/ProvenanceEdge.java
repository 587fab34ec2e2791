package org.claimgraph.core;

import java.util.ArrayList;
import java.util.List;
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

    /**
     * Returns the relays of an attribution chain, innermost name first ([speaker, outlet, republisher]): each name
     * relays the one before it, so the republisher relays the outlet and the outlet the speaker.
     */
    public static List<ProvenanceEdge> relaysOf(List<String> chain) {
        List<ProvenanceEdge> relays = new ArrayList<>();
        for (int i = chain.size() - 1; i > 0; i--) {
            relays.add(new ProvenanceEdge("source:" + chain.get(i), "source:" + chain.get(i - 1), EdgeKind.RELAYS));
        }
        return relays;
    }
}
