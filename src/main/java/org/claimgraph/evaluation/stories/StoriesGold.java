package org.claimgraph.evaluation.stories;

import java.util.List;
import java.util.Set;
import org.claimgraph.stories.StoryDocument;

/**
 * Pages with their gold story labels and gold rewrite pairs.
 *
 * @param documents the pages
 * @param labels    the gold story of each page, in the same order
 * @param rewrites  gold reuse pairs as {@code copyId->originalId}; empty when the corpus has none
 */
public record StoriesGold(List<StoryDocument> documents, List<String> labels, Set<String> rewrites) {
    /** Validates and copies the fields. */
    public StoriesGold {
        documents = List.copyOf(documents);
        labels = List.copyOf(labels);
        rewrites = Set.copyOf(rewrites);
        if (documents.size() != labels.size()) {
            throw new IllegalArgumentException("gold has " + documents.size() + " documents but " + labels.size()
                    + " labels; expected one label per document");
        }
    }

    /** Returns the pair key {@code copyId->originalId}. */
    public static String pair(Object copy, Object original) {
        return copy + "->" + original;
    }
}
