package org.claimgraph.screen;

import java.util.Objects;

/**
 * Compares two names with the screening matcher, without a list: for evaluations on labelled name pairs and
 * for ad-hoc checks. Builds its tables once (tens of milliseconds); thread-safe.
 */
public final class NameComparer {
    private final NameParser parser = new NameParser();
    private final NameMatcher matcher = new NameMatcher();

    /**
     * Returns how well {@code query} matches {@code candidate}, the score rounded to three decimals.
     *
     * @param symmetric false to treat {@code query} as a mention that may be a short form of {@code candidate}
     *                  (as in screening); true to let either name be the short form (as for a labelled pair)
     * @throws IllegalArgumentException when either name is blank
     */
    public NameMatch compare(String query, String candidate, boolean symmetric) {
        return compare(query, candidate, org.claimgraph.core.EntityType.MISC, symmetric);
    }

    /**
     * Returns how well {@code query} matches {@code candidate}, both names of a {@code type}; see {@link
     * #compare(String, String, boolean)}. Person names may leave out at most one name in the shorter form.
     *
     * @throws IllegalArgumentException when either name is blank
     */
    public NameMatch compare(String query, String candidate, org.claimgraph.core.EntityType type, boolean symmetric) {
        Objects.requireNonNull(type, "type");
        NameForm q = parser.parse(requireName(query, "query"));
        NameForm c = parser.parse(requireName(candidate, "candidate"));
        if (q.isEmpty() || c.isEmpty()) {
            return new NameMatch(0, "no letters or digits to compare");
        }
        Alignment a = matcher.align(q, c);
        float score = NameMatcher.score(a, symmetric, type == org.claimgraph.core.EntityType.PERSON);
        return new NameMatch(Math.min(1.0, Math.round(score * 1000) / 1000.0), Explanations.render(a, score));
    }

    static String requireName(String name, String what) {
        Objects.requireNonNull(name, what);
        if (name.isBlank()) {
            throw new IllegalArgumentException(what + " name '" + name + "' is blank; expected a name to screen");
        }
        return name;
    }
}
