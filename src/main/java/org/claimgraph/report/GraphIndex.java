package org.claimgraph.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimgraph.core.Article;
import org.claimgraph.core.Claim;
import org.claimgraph.core.ClaimGraph;
import org.claimgraph.core.DocumentId;
import org.claimgraph.core.Reuse;
import org.claimgraph.core.Story;

/** Lookups over a graph that both reports need: a document's article, story and original. */
final class GraphIndex {
    final Map<DocumentId, Article> articles = new HashMap<>();
    final Map<DocumentId, Story> storyOf = new HashMap<>();
    final Map<DocumentId, Reuse> reuseOf = new HashMap<>();

    GraphIndex(ClaimGraph graph) {
        graph.articles().forEach(a -> articles.put(a.id(), a));
        for (Story s : graph.stories()) {
            s.documents().forEach(d -> storyOf.put(d, s));
        }
        graph.reuses().forEach(r -> reuseOf.putIfAbsent(r.copy(), r));
    }

    String source(DocumentId id) {
        Article a = articles.get(id);
        return a == null ? id.value() : a.source();
    }

    /** Returns the claims whose evidence lies in the story, in graph order. */
    static List<Claim> claimsOf(ClaimGraph graph, Story story) {
        return graph.claims().stream().filter(c -> c.documents().stream().anyMatch(story.documents()::contains))
                .toList();
    }
}
