package org.claimgraph.core;

import java.util.Objects;

/**
 * One occurrence of a name in an article's text.
 *
 * @param span       offsets into the article text
 * @param text       the covered text
 * @param type       the type this occurrence suggests (entity types are decided later by votes)
 * @param recogniser which recogniser found it (e.g. "corenlp", "designation", "org-cue"), for explanations
 */
public record Mention(Span span, String text, EntityType type, String recogniser) {
    /** Validates the fields. */
    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(recogniser, "recogniser");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("mention text '" + text + "' has " + text.length()
                    + " characters but its span covers " + span.length() + "; expected equal lengths");
        }
    }
}
