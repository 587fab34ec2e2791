package org.claimgraph.core;

import java.util.Objects;

/** Where an entity is named: the document and the offsets into its cleaned text. */
public record EntityMention(DocumentId document, Span span, String text) {
    /** Validates the fields. */
    public EntityMention {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }
}
