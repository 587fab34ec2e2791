package org.claimgraph.evaluation.attribution;

import java.util.Objects;
import java.util.Optional;
import org.claimgraph.claims.attribution.LabelledText;

/**
 * One annotated article of the attribution corpus.
 *
 * @param name     the file name without extension
 * @param labelled the text and its gold spans
 * @param wire     the wire service the article republishes (AP, UPI, AFP, Reuters), empty when none
 */
public record AttributionArticle(String name, LabelledText labelled, Optional<String> wire) {
    /** Validates the fields. */
    public AttributionArticle {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(labelled, "labelled");
        Objects.requireNonNull(wire, "wire");
    }
}
