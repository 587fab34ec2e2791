package org.claimgraph.screen;

import java.util.List;

/**
 * A name prepared for matching: lowercase ASCII tokens with their fuzzy keys, weights and acronym flags, and
 * the legal forms stripped from its ends. Immutable; arrays are never handed out of the package.
 */
final class NameForm {
    final String raw;
    final String[] tokens;
    final String[] keys;
    final float[] weights;
    final boolean[] acronyms;
    /** Initials an acronym letter may stand for, per token: the token's own and its term's other spellings'. */
    final String[] initials;
    final List<String> legalForms;
    final float totalWeight;
    /** Per token, a bit per letter a-z its key contains: a cheap lower bound on edit distance. */
    final int[] keyMasks;
    final int[] tokenMasks;

    NameForm(String raw, String[] tokens, float[] weights, boolean[] acronyms, String[] initials,
            List<String> legalForms) {
        this.raw = raw;
        this.tokens = tokens;
        this.weights = weights;
        this.acronyms = acronyms;
        this.initials = initials;
        this.legalForms = List.copyOf(legalForms);
        this.keys = new String[tokens.length];
        this.keyMasks = new int[tokens.length];
        this.tokenMasks = new int[tokens.length];
        float total = 0;
        for (int i = 0; i < tokens.length; i++) {
            keys[i] = FuzzyKey.of(tokens[i]);
            keyMasks[i] = mask(keys[i]);
            tokenMasks[i] = mask(tokens[i]);
            total += weights[i];
        }
        this.totalWeight = total;
    }

    /** Returns a bit per distinct letter (case folded) or digit class in the string. */
    static int mask(String s) {
        int m = 0;
        for (int i = 0; i < s.length(); i++) {
            int c = Character.toLowerCase(s.charAt(i)) - 'a';
            m |= 1 << (c >= 0 && c < 26 ? c : 26 + (s.charAt(i) & 3));
        }
        return m;
    }

    int size() {
        return tokens.length;
    }

    boolean isEmpty() {
        return tokens.length == 0;
    }
}
