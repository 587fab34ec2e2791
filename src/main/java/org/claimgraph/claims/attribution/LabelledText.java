package org.claimgraph.claims.attribution;

import java.util.List;
import java.util.Objects;

/**
 * A text with its hand-annotated attribution spans, the unit of training data.
 *
 * @param text  the text
 * @param spans the annotated spans, each within the text
 */
public record LabelledText(String text, List<RoleSpan> spans) {
    /** Validates that every span lies within the text, and copies the list. */
    public LabelledText {
        Objects.requireNonNull(text, "text");
        spans = List.copyOf(spans);
        for (RoleSpan s : spans) {
            if (s.span().end() > text.length()) {
                throw new IllegalArgumentException("span " + s.span() + " ends after the text of length "
                        + text.length() + "; expected spans within the text");
            }
        }
    }
}
