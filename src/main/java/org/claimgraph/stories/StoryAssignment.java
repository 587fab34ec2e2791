package org.claimgraph.stories;

import java.util.List;
import java.util.Objects;
import org.claimgraph.core.DocumentId;
import org.claimgraph.core.Reuse;
import org.claimgraph.core.StoryId;

/**
 * Where one added document went.
 *
 * @param document   the document
 * @param story      the story it joined or opened
 * @param opened     whether it opened a new story
 * @param similarity its similarity in [0, 1] to the story it joined; 0 when it opened one
 * @param reuses     the earlier pages it copies or rewrites, or that copy it; may be empty
 */
public record StoryAssignment(DocumentId document, StoryId story, boolean opened, double similarity,
        List<Reuse> reuses) {
    /** Validates and copies the fields. */
    public StoryAssignment {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(story, "story");
        reuses = List.copyOf(reuses);
        if (similarity < 0 || similarity > 1.0001) {
            throw new IllegalArgumentException("similarity " + similarity + " is out of range; expected [0, 1]");
        }
    }
}
