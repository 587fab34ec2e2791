package org.claimgraph.provenance;

import java.util.List;
import org.claimgraph.core.Claim;
import org.claimgraph.core.ProvenanceEdge;

/** Canonical claims with their origins and independent-source counts, and the provenance graph. */
public record Provenance(List<Claim> claims, List<ProvenanceEdge> edges) {
    /** Copies the lists. */
    public Provenance {
        claims = List.copyOf(claims);
        edges = List.copyOf(edges);
    }
}
