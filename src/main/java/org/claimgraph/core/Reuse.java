package org.claimgraph.core;

import java.util.List;
import java.util.Objects;

/**
 * A page that copies or rewrites another.
 *
 * @param copy       the later page
 * @param original   the page it reuses
 * @param kind       duplicate or rewrite
 * @param similarity text similarity in [0, 1]
 * @param passages   the aligned passages, in the copy's order; may be empty for exact duplicates
 */
public record Reuse(DocumentId copy, DocumentId original, ReuseKind kind, double similarity,
        List<AlignedPassage> passages) {
    /** Validates and copies the fields. */
    public Reuse {
        Objects.requireNonNull(copy, "copy");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(kind, "kind");
        passages = List.copyOf(passages);
        if (copy.equals(original)) {
            throw new IllegalArgumentException("document " + copy + " cannot reuse itself");
        }
    }
}
