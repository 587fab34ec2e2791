package org.claimgraph.claims.attribution;

import java.util.Objects;
import org.claimgraph.core.Span;

/**
 * A span of text playing one role in an attribution, as an annotator marked it.
 *
 * @param role the role
 * @param span character offsets into the text
 */
public record RoleSpan(Role role, Span span) {
    /** Validates the fields. */
    public RoleSpan {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(span, "span");
    }
}
