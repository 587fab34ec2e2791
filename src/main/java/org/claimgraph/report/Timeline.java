package org.claimgraph.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimgraph.core.Article;
import org.claimgraph.core.Claim;
import org.claimgraph.core.ClaimGraph;
import org.claimgraph.core.DocumentId;
import org.claimgraph.core.Story;

/**
 * A story's timeline: its documents in publication order (undated ones last), each with the claims it was the first
 * to state, so an analyst sees who added what.
 */
final class Timeline {
    /** One document of the timeline and the claims it added. */
    record Entry(DocumentId document, LocalDate published, List<Claim> added) {
    }

    private Timeline() {
    }

    static List<Entry> of(ClaimGraph graph, Story story, GraphIndex index) {
        List<DocumentId> order = story.documents().stream().sorted(Comparator.comparing(
                (DocumentId d) -> published(index, d), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Comparator.naturalOrder())).toList();
        Map<DocumentId, List<Claim>> added = new LinkedHashMap<>();
        order.forEach(d -> added.put(d, new ArrayList<>()));
        Set<Claim> seen = new HashSet<>();
        for (DocumentId d : order) {
            for (Claim c : GraphIndex.claimsOf(graph, story)) {
                if (c.documents().contains(d) && seen.add(c)) {
                    added.get(d).add(c);
                }
            }
        }
        List<Entry> entries = new ArrayList<>();
        added.forEach((d, claims) -> entries.add(new Entry(d, published(index, d), claims)));
        return entries;
    }

    private static LocalDate published(GraphIndex index, DocumentId d) {
        Article a = index.articles.get(d);
        return a == null ? null : a.published();
    }
}
