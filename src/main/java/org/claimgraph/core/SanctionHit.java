package org.claimgraph.core;

import java.util.Objects;

/**
 * A sanctions-list entry that an entity's name matches.
 *
 * @param list        the list's name, e.g. "OFAC SDN 2024-05-03"
 * @param entryId     the entry's id on that list
 * @param entryName   the entry's primary name
 * @param programme   the sanctions programme(s), or an empty string when the list gives none
 * @param score       the match score in [0, 1]
 * @param explanation which name tokens matched how
 */
public record SanctionHit(String list, String entryId, String entryName, String programme, double score,
        String explanation) {
    /** Validates the fields. */
    public SanctionHit {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(entryName, "entryName");
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(explanation, "explanation");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("sanction hit score " + score + " is out of range; expected [0, 1]");
        }
    }
}
