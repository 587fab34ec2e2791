package org.claimgraph.claims.attribution;

import java.util.List;
import java.util.Objects;
import org.claimgraph.core.Span;
import org.claimgraph.core.Stance;

/**
 * Who says what: one attribution found in a text. Spans are character offsets into the text given to
 * {@link AttributionFinder#find(String)}.
 *
 * @param source         the source as written, or {@code null} when no source is named
 * @param sourceText     the text of {@code source}, or {@code null} with it
 * @param cue            the words that mark the attribution ("said", "according to")
 * @param cueText        the text of {@code cue}
 * @param contents       what is attributed, in text order; several spans when a quote is interrupted ("..., he
 *                       said, ..."); empty when nothing is said ("did not respond to requests for comment")
 * @param stance         how the source stands to the content
 * @param resolvedSource the source after anaphora resolution ("the newspaper" becomes "Reuters"); the source text
 *                       itself when it is a name; {@code null} when there is no source or an anaphoric source has
 *                       no antecedent (then {@link #isUnresolved()})
 * @param chain          who says so and through whom, innermost first: [two sources, Reuters, UNN]; resolved names
 *                       where known; empty when no source is named
 */
public record Attribution(Span source, String sourceText, Span cue, String cueText, List<Span> contents,
        Stance stance, String resolvedSource, List<String> chain) {
    /** Validates the fields and copies the lists. */
    public Attribution {
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(cueText, "cueText");
        Objects.requireNonNull(stance, "stance");
        contents = List.copyOf(contents);
        chain = List.copyOf(chain);
        if ((source == null) != (sourceText == null)) {
            throw new IllegalArgumentException("source " + source + " and source text '" + sourceText
                    + "' must be both present or both null");
        }
        if (source == null && resolvedSource != null) {
            throw new IllegalArgumentException("resolved source '" + resolvedSource + "' without a source");
        }
    }

    /** Returns whether a source is named but is a pronoun or description with no antecedent found. */
    public boolean isUnresolved() {
        return source != null && resolvedSource == null;
    }

    /** Returns whether a source is named. */
    public boolean hasSource() {
        return source != null;
    }
}
