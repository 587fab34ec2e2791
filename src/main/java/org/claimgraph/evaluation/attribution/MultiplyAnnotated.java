package org.claimgraph.evaluation.attribution;

import java.util.List;
import java.util.Objects;
import org.claimgraph.claims.attribution.RoleSpan;

/**
 * An article of the attribution corpus that several annotators annotated independently.
 *
 * @param name        the file name without extension
 * @param text        the article text
 * @param annotations the spans of each annotator, at least two
 */
public record MultiplyAnnotated(String name, String text, List<List<RoleSpan>> annotations) {
    /** Validates the fields and copies the lists. */
    public MultiplyAnnotated {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        annotations = annotations.stream().map(List::copyOf).toList();
        if (annotations.size() < 2) {
            throw new IllegalArgumentException("article '" + name + "' has " + annotations.size()
                    + " annotations; expected at least two");
        }
    }
}
