package org.claimgraph.provenance;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.claimgraph.core.Article;
import org.claimgraph.core.CitedSource;
import org.claimgraph.core.Claim;
import org.claimgraph.core.DocumentAnalysis;
import org.claimgraph.core.EdgeKind;
import org.claimgraph.core.ProvenanceEdge;
import org.claimgraph.core.Reuse;
import org.claimgraph.core.Statement;

/** Builds the provenance graph: pages, the outlets they cite or republish, and the sources those relay. */
final class Edges {
    private Edges() {
    }

    static List<ProvenanceEdge> of(List<DocumentAnalysis> documents, List<Reuse> reuses, List<Claim> claims) {
        Set<ProvenanceEdge> edges = new LinkedHashSet<>();
        for (DocumentAnalysis d : documents) {
            Article a = d.article();
            String page = "doc:" + a.id();
            for (CitedSource cited : a.citedSources()) {
                edges.add(new ProvenanceEdge(page, "source:" + cited.name(), EdgeKind.CITES));
            }
            if (a.originalOutlet() != null && !a.originalOutlet().equals(a.outlet())) {
                edges.add(new ProvenanceEdge(page, "source:" + a.originalOutlet(), EdgeKind.REPUBLISHES));
            }
        }
        for (Reuse r : reuses) {
            edges.add(new ProvenanceEdge("doc:" + r.copy(), "doc:" + r.original(), EdgeKind.COPIES));
        }
        for (Claim c : claims) {
            for (Statement s : c.evidence()) {
                addChain(edges, s);
            }
        }
        return List.copyOf(edges);
    }

    /** A chain [speaker, outlet, republisher] relays inward: republisher to outlet to speaker. */
    private static void addChain(Set<ProvenanceEdge> edges, Statement s) {
        List<String> chain = s.attribution();
        if (chain.isEmpty()) {
            return;
        }
        edges.add(new ProvenanceEdge("doc:" + s.document(), "source:" + chain.get(chain.size() - 1),
                EdgeKind.CITES));
        edges.addAll(ProvenanceEdge.relaysOf(chain));
    }
}
