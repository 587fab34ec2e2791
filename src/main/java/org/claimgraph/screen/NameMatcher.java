package org.claimgraph.screen;

/**
 * Scores how well a query name matches a list name, in [0, 1], and explains the score. Tokens pair up one to
 * one (exact, phonetic key, initial, typo), then leftovers try compounds (Almazantey = Almaz Antey) and
 * acronyms (IEMZ = Izhevsk Elektro-Mekhanicheskiy Zavod). Stateless and thread-safe.
 */
final class NameMatcher {
    private static final float MIN_PAIR = 0.5f;
    private static final float COMPOUND = 0.9f;
    private static final float ACRONYM = 0.9f;
    private static final float CONTAINED_BASE = 0.85f;
    private static final float MISMATCH = 0.85f;
    private static final float PERSON_LEFT_OUT = 0.06f;
    private static final float OTHER_LEGAL_FORM = 0.75f;
    private static final float PATRONYM_SWAPPED = 0.7f;
    private static final float INITIALS_ONLY = 0.7f;
    private static final float REORDERED = 0.92f;

    /** Aligns the tokens of the two names. */
    Alignment align(NameForm q, NameForm c) {
        var a = new Alignment(q, c);
        Joins.link(a, q, c, false);
        Joins.link(a, c, q, true);
        pairTokens(a);
        compounds(a, q, c, false);
        compounds(a, c, q, true);
        Acronyms.link(a, q, c, false);
        Acronyms.link(a, c, q, true);
        return a;
    }

    /**
     * Returns the score of an alignment. A query that is wholly inside a longer list name (a news mention's short
     * form of a registered name) scores by its own coverage when at least two of its distinctive tokens match;
     * with {@code symmetric}, the lighter of the two names plays the query. For a {@code person}, each distinctive
     * word the short form leaves out beyond the first costs a little.
     */
    static float score(Alignment a, boolean symmetric, boolean person) {
        float dice = a.dice();
        boolean flip = symmetric && a.candidate.totalWeight < a.query.totalWeight;
        float small = flip ? a.candidateCoverage() : a.queryCoverage();
        float large = flip ? a.queryCoverage() : a.candidateCoverage();
        int strong = flip ? strongCandidateMatches(a) : a.strongQueryMatches();
        int extra = flip ? distinctiveFree(a.query, a.querySim, 1f) : distinctiveFree(a.candidate, a.candidateSim, 1f);
        // a person's short form leaves out a middle name or patronymic, rarely more: John James is not
        // Jeffrey John James Ashfield; a firm's short form may leave out several words of its registered name
        float leftOut = person ? Math.max(0, extra - 1) * PERSON_LEFT_OUT : 0f;
        float contained = strong >= 2 ? small * (CONTAINED_BASE - leftOut + (1 - CONTAINED_BASE) * large) : 0f;
        float base = Math.min(1f, Math.max(dice, contained));
        return base * mismatchFactor(a) * orderFactor(a) * legalFormFactor(a) * initialsOnlyFactor(a);
    }

    /** Returns a factor below 1 when both names carry legal forms of different kinds (an AG is not a GmbH). */
    static float legalFormFactor(Alignment a) {
        var q = a.query.legalForms;
        var c = a.candidate.legalForms;
        return q.isEmpty() || c.isEmpty() || q.stream().anyMatch(c::contains) ? 1f : OTHER_LEGAL_FORM;
    }

    /** Returns a factor below 1 when no whole word matched, only initials (N.N. is not Nursultan Nazarbayev). */
    static float initialsOnlyFactor(Alignment a) {
        for (Alignment.Link link : a.links) {
            if (!link.how().equals("initial")) {
                return 1f;
            }
        }
        return a.links.isEmpty() ? 1f : INITIALS_ONLY;
    }

    /**
     * Returns a factor below 1 when each name has a distinctive word the other lacks: a different surname or
     * a different firm word is evidence against, not mere missing evidence.
     */
    static float mismatchFactor(Alignment a) {
        // qualifiers and initials count here: (France) is not (Germany), William G. is not William W.
        int mismatched = Math.min(distinctiveFree(a.query, a.querySim, NameParser.QUALIFIER),
                distinctiveFree(a.candidate, a.candidateSim, NameParser.QUALIFIER));
        return (float) Math.pow(MISMATCH, mismatched);
    }

    /**
     * Returns a factor below 1 when matched words come in another order and no comma marks an inversion, and a
     * lower one when names swap sides of a patronymic particle: Salman bin Muhammad is Muhammad's son, Muhammad
     * bin Salman is Salman's.
     */
    static float orderFactor(Alignment a) {
        if (Patronyms.swapped(a)) {
            return PATRONYM_SWAPPED;
        }
        if (a.query.raw.indexOf(',') >= 0 || a.candidate.raw.indexOf(',') >= 0) {
            return 1f; // "SURNAME, Given" announces its reordering
        }
        int last = -1;
        for (Alignment.Link link : a.links.stream().sorted(java.util.Comparator.comparingInt(Alignment.Link::qFrom))
                .toList()) {
            if (link.cFrom() < last) {
                return REORDERED;
            }
            last = link.cFrom();
        }
        return 1f;
    }

    private static int distinctiveFree(NameForm form, float[] sims, float minWeight) {
        int n = 0;
        for (int i = 0; i < sims.length; i++) {
            n += sims[i] == 0f && form.weights[i] >= minWeight ? 1 : 0;
        }
        return n;
    }

    private static int strongCandidateMatches(Alignment a) {
        int n = 0;
        for (int j = 0; j < a.candidate.size(); j++) {
            n += a.candidate.weights[j] >= 1f && a.candidateSim[j] >= 0.85f ? 1 : 0;
        }
        return n;
    }

    private static void pairTokens(Alignment a) {
        NameForm q = a.query;
        NameForm c = a.candidate;
        float[][] sim = new float[q.size()][c.size()];
        for (int i = 0; i < q.size(); i++) {
            for (int j = 0; j < c.size(); j++) {
                sim[i][j] = TokenSimilarity.of(q, i, c, j);
            }
        }
        while (true) {
            int bi = -1;
            int bj = -1;
            float best = MIN_PAIR;
            for (int i = 0; i < q.size(); i++) {
                for (int j = 0; j < c.size(); j++) {
                    if (sim[i][j] >= best && (sim[i][j] > best || bi < 0) && a.queryFree(i) && a.candidateFree(j)) {
                        best = sim[i][j];
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) {
                return;
            }
            a.link(bi, bi + 1, bj, bj + 1, best, how(best));
        }
    }

    private static String how(float sim) {
        if (sim == TokenSimilarity.EXACT) {
            return "exact";
        }
        if (sim == TokenSimilarity.PHONETIC) {
            return "same sound";
        }
        return sim == TokenSimilarity.INITIAL ? "initial" : "typo";
    }

    /** Links a free token of {@code one} to two adjacent free tokens of {@code other} that spell it. */
    private static void compounds(Alignment a, NameForm one, NameForm other, boolean flipped) {
        for (int i = 0; i < one.size(); i++) {
            if (!free(a, i, flipped, true) || one.tokens[i].length() < 5) {
                continue;
            }
            for (int j = 0; j + 1 < other.size(); j++) {
                if (free(a, j, flipped, false) && free(a, j + 1, flipped, false)
                        && spells(one, i, other, j)) {
                    if (flipped) {
                        a.link(j, j + 2, i, i + 1, COMPOUND, "joined words");
                    } else {
                        a.link(i, i + 1, j, j + 2, COMPOUND, "joined words");
                    }
                    break;
                }
            }
        }
    }

    private static boolean spells(NameForm one, int i, NameForm other, int j) {
        String target = one.tokens[i];
        int length = other.tokens[j].length() + other.tokens[j + 1].length();
        if (Math.abs(length - target.length()) > 2 || target.charAt(0) != other.tokens[j].charAt(0)) {
            return false; // cheap tests first: this runs for every leftover word against every pair of words
        }
        String joined = other.tokens[j] + other.tokens[j + 1];
        return joined.equals(target) || FuzzyKey.of(joined).equals(one.keys[i]);
    }

    /** Returns whether token k of the query side (or candidate side) is unmatched, seen from a flipped view. */
    static boolean free(Alignment a, int k, boolean flipped, boolean oneSide) {
        boolean querySide = oneSide != flipped;
        return querySide ? a.queryFree(k) : a.candidateFree(k);
    }
}
