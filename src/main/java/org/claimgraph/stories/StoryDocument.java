package org.claimgraph.stories;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.claimgraph.core.DocumentId;

/**
 * One page as the stories stage sees it.
 *
 * @param id             the document's identity
 * @param title          its headline, or an empty string
 * @param text           its body text; spans of reuse passages are offsets into it; may be empty
 * @param published      its publication date, or {@code null} when unknown
 * @param entityKeys     normalised names of the people, organisations, places and products it names; may be empty,
 *                       and keys derived from the text with {@link EntityKeys#derive(String)} are added anyway
 * @param originalOutlet the outlet the page credits as the original publisher, or {@code null}
 * @param readMoreOn     outlets or addresses the page sends its reader to ("Read more on ..."); may be empty
 */
public record StoryDocument(DocumentId id, String title, String text, LocalDate published, Set<String> entityKeys,
        String originalOutlet, List<String> readMoreOn) {
    /** Validates and copies the fields. */
    public StoryDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        entityKeys = Set.copyOf(entityKeys);
        readMoreOn = List.copyOf(readMoreOn);
    }

    /** Returns a document with only an id, a title, a text and an optional date. */
    public static StoryDocument of(DocumentId id, String title, String text, LocalDate published) {
        return new StoryDocument(id, title, text, published, Set.of(), null, List.of());
    }

    /** Returns whether the page says that it republishes another outlet's article. */
    public boolean hasCredit() {
        return originalOutlet != null && !originalOutlet.isBlank() || !readMoreOn.isEmpty();
    }
}
