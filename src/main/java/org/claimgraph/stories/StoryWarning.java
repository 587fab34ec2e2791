package org.claimgraph.stories;

import java.util.Objects;
import org.claimgraph.core.DocumentId;

/**
 * Something odd about one document that the stages handled in a degraded way (an empty page, a page shared by
 * thousands of copies, a page stitched from many others).
 *
 * @param document the document
 * @param message  what is odd and what was done about it
 */
public record StoryWarning(DocumentId document, String message) {
    /** Validates the fields. */
    public StoryWarning {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(message, "message");
    }
}
