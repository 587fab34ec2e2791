package org.claimgraph.stories;

import java.util.List;
import org.claimgraph.core.Reuse;
import org.claimgraph.core.Story;

/** The stories of a corpus and the reuse between its pages. */
public record Stories(List<Story> stories, List<Reuse> reuses) {
    /** Copies the lists. */
    public Stories {
        stories = List.copyOf(stories);
        reuses = List.copyOf(reuses);
    }
}
