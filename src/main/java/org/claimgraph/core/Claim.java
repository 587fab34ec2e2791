package org.claimgraph.core;

import java.util.List;
import java.util.Objects;

/**
 * A canonical claim: one thing claimed, with every document that states it.
 *
 * @param id                 stable across re-analysis
 * @param subject            the entity the claim is about
 * @param predicate          the attribute or relation
 * @param object             the object, or {@code null}
 * @param value              the canonical value, or {@code null}
 * @param stance             the stance of its strongest evidence
 * @param attributedTo       the attribution chain of its earliest evidence, innermost first
 * @param origin             the earliest primary source its evidence leads to, or {@code null} when unknown
 * @param evidence           every statement of it, earliest document first
 * @param independentSources distinct primary sources after collapsing echoes and copies
 * @param contradictedBy     claims that deny it or state an incompatible value
 */
public record Claim(ClaimId id, String subject, String predicate, String object, Quantity value, Stance stance,
        List<String> attributedTo, String origin, List<Statement> evidence, int independentSources,
        List<ClaimId> contradictedBy) {
    /** Validates and copies the fields. */
    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(stance, "stance");
        attributedTo = List.copyOf(attributedTo);
        evidence = List.copyOf(evidence);
        contradictedBy = List.copyOf(contradictedBy);
        if (independentSources < 0) {
            throw new IllegalArgumentException("independent source count " + independentSources
                    + " is negative; expected >= 0");
        }
    }

    /** Returns the distinct documents that state the claim, in evidence order. */
    public List<DocumentId> documents() {
        return evidence.stream().map(Statement::document).distinct().toList();
    }

    /** Returns a copy with the given contradicting claims. */
    public Claim withContradictedBy(List<ClaimId> others) {
        return new Claim(id, subject, predicate, object, value, stance, attributedTo, origin, evidence,
                independentSources, others);
    }
}
