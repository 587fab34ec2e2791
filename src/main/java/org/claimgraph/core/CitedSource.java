package org.claimgraph.core;

import java.util.Objects;

/**
 * A named originator a page relies on, such as "Reuters" in "Reuters reports".
 *
 * @param name the originator as written
 * @param cue  the words that mark the citation ("reports", "according to", "Source:")
 * @param span where the citation is in the article text
 */
public record CitedSource(String name, String cue, Span span) {
    /** Validates the fields. */
    public CitedSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(span, "span");
        if (name.isBlank()) {
            throw new IllegalArgumentException("cited source name is blank; expected an outlet or person");
        }
    }
}
