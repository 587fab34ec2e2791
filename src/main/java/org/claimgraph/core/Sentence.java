package org.claimgraph.core;

import java.util.Objects;

/** One sentence of an article, by its offsets into the article text. */
public record Sentence(Span span) {
    /** Validates the span. */
    public Sentence {
        Objects.requireNonNull(span, "span");
    }
}
