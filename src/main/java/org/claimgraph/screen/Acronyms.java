package org.claimgraph.screen;

/**
 * Matches an acronym written in capitals (IEMZ, GSKB) to a run of words it abbreviates. A letter counts fully
 * when it starts the next word, or when it starts a spelling of that word in another language from our term
 * table (Z for zavod = plant), and three quarters when it sits inside the word just used (the M of
 * electroMechanical). Particles may be skipped. Pure functions.
 */
final class Acronyms {
    private static final float MIN_EXPLAINED = 0.7f;
    private static final float INNER_LETTER = 0.75f;

    private Acronyms() {
    }

    /** Links each free acronym token of {@code one} to its best run of free tokens in {@code other}. */
    static void link(Alignment a, NameForm one, NameForm other, boolean flipped) {
        for (int i = 0; i < one.size(); i++) {
            if (!one.acronyms[i] || !NameMatcher.free(a, i, flipped, true)) {
                continue;
            }
            float best = 0f;
            int bestFrom = -1;
            int bestTo = -1;
            for (int j = 0; j < other.size(); j++) {
                int[] end = new int[1];
                float explained = explain(a, one.tokens[i], other, j, flipped, end);
                if (explained > best) {
                    best = explained;
                    bestFrom = j;
                    bestTo = end[0];
                }
            }
            if (best >= MIN_EXPLAINED && bestTo - bestFrom >= 2) {
                float sim = 0.9f * best;
                if (flipped) {
                    a.link(bestFrom, bestTo, i, i + 1, sim, "acronym");
                } else {
                    a.link(i, i + 1, bestFrom, bestTo, sim, "acronym");
                }
            }
        }
    }

    /** Returns the share of the acronym's letters the free run starting at {@code from} explains; sets its end. */
    private static float explain(Alignment a, String acronym, NameForm other, int from, boolean flipped, int[] end) {
        if (!NameMatcher.free(a, from, flipped, false) || other.initials[from].indexOf(acronym.charAt(0)) < 0) {
            return 0f;
        }
        var run = new Run(a, acronym, other, flipped);
        float explained = 1f + run.best(1, from, 1, false, end);
        return explained / acronym.length();
    }

    /** A small search over how the remaining letters map to words: at most 2^6 paths for a six-letter acronym. */
    private record Run(Alignment a, String acronym, NameForm other, boolean flipped) {
        float best(int k, int word, int inner, boolean innerUsed, int[] end) {
            if (k == acronym.length()) {
                end[0] = word + 1;
                return 0f;
            }
            char letter = acronym.charAt(k);
            float bestScore = -1f;
            int[] probe = new int[1];
            int next = nextWord(a, other, word + 1, flipped);
            if (next >= 0 && other.initials[next].indexOf(letter) >= 0) {
                bestScore = 1f + best(k + 1, next, 1, false, probe);
                end[0] = probe[0];
            }
            int at = innerUsed ? -1 : other.tokens[word].indexOf(letter, Math.max(inner, 3));
            if (at > 0) {
                float s = INNER_LETTER + best(k + 1, word, at + 1, true, probe);
                if (s > bestScore) {
                    bestScore = s;
                    end[0] = probe[0];
                }
            }
            if (bestScore < 0) {
                bestScore = best(k + 1, word, inner, innerUsed, probe); // the letter stays unexplained
                end[0] = probe[0];
            }
            return bestScore;
        }
    }

    /** Returns the next free word at or after {@code j}, skipping particles, or -1. */
    private static int nextWord(Alignment a, NameForm other, int j, boolean flipped) {
        int k = j;
        while (k < other.size() && other.weights[k] <= NameParser.WEIGHT_STOP) {
            k++;
        }
        return k < other.size() && NameMatcher.free(a, k, flipped, false) ? k : -1;
    }
}
