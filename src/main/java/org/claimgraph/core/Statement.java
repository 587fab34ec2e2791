package org.claimgraph.core;

import java.util.List;
import java.util.Objects;

/**
 * A claim as one document states it: the unit of evidence.
 *
 * @param document    where it is stated
 * @param subject     the entity (or thing) the claim is about
 * @param predicate   the attribute or relation, e.g. "range", "subsidiary_of", "developed"
 * @param object      the object entity or phrase, or {@code null} when the claim is a value
 * @param value       the stated quantity, or {@code null}
 * @param stance      how the source stands to it
 * @param attribution who says so, innermost first: [two European intelligence sources, Reuters, UNN]; empty when
 *                    the page asserts it itself
 * @param span        the evidence sentence's offsets in the article text
 * @param text        the evidence sentence
 */
public record Statement(DocumentId document, String subject, String predicate, String object, Quantity value,
        Stance stance, List<String> attribution, Span span, String text) {
    /** Validates and copies the fields. */
    public Statement {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        attribution = List.copyOf(attribution);
    }
}
