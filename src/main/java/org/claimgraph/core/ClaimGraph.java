package org.claimgraph.core;

import java.util.List;

/**
 * The whole analysis of a corpus: what the report, the API and the exports show.
 *
 * @param articles the documents, sorted by id
 * @param stories  stories, largest first
 * @param reuses   which page copies or rewrites which
 * @param entities entities, most mentioned first
 * @param claims   canonical claims, with provenance
 * @param edges    the provenance graph
 */
public record ClaimGraph(List<Article> articles, List<Story> stories, List<Reuse> reuses, List<Entity> entities,
        List<Claim> claims, List<ProvenanceEdge> edges) {
    /** Copies the lists. */
    public ClaimGraph {
        articles = List.copyOf(articles);
        stories = List.copyOf(stories);
        reuses = List.copyOf(reuses);
        entities = List.copyOf(entities);
        claims = List.copyOf(claims);
        edges = List.copyOf(edges);
    }
}
