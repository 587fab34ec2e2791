package org.claimgraph.stories;

import java.util.List;
import org.claimgraph.core.Reuse;
import org.claimgraph.core.Story;

/**
 * The stories of a corpus, the reuse between its pages, and warnings about odd pages.
 *
 * @param stories  stories ordered by id; each document is in exactly one
 * @param reuses   copies and rewrites, ordered by copy then original
 * @param warnings odd pages, in the order they were added
 */
public record Stories(List<Story> stories, List<Reuse> reuses, List<StoryWarning> warnings) {
    /** Copies the lists. */
    public Stories {
        stories = List.copyOf(stories);
        reuses = List.copyOf(reuses);
        warnings = List.copyOf(warnings);
    }
}
