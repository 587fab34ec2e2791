package org.claimgraph.screen;

/** How alike two tokens are, in [0, 1], and which rule said so. Pure functions. */
final class TokenSimilarity {
    static final float EXACT = 1f;
    static final float PHONETIC = 0.95f;
    static final float INITIAL = 0.8f;
    static final float TYPO_CAP = 0.95f;

    private TokenSimilarity() {
    }

    /** Returns the similarity of token i of {@code a} and token j of {@code b}; 0 when unrelated. */
    static float of(NameForm a, int i, NameForm b, int j) {
        String x = a.tokens[i];
        String y = b.tokens[j];
        if (x.equals(y)) {
            return EXACT;
        }
        if (Character.isDigit(x.charAt(0)) || Character.isDigit(y.charAt(0))) {
            return 0f; // numbers are identifiers: 2004-1 is not 2004-2
        }
        if (x.length() == 1 || y.length() == 1) {
            return x.charAt(0) == y.charAt(0) ? INITIAL : 0f;
        }
        String kx = a.keys[i];
        String ky = b.keys[j];
        if (kx.equals(ky)) {
            return PHONETIC;
        }
        float byKey = typo(kx, ky, a.keyMasks[i], b.keyMasks[j]);
        return byKey > 0f ? byKey : typo(x, y, a.tokenMasks[i], b.tokenMasks[j]);
    }

    /** Returns {@link #typo(String, String)}, first ruling out pairs whose letter sets differ too much. */
    static float typo(String kx, String ky, int maskX, int maskY) {
        // an edit adds or removes at most two letters from the set of letters used
        int longest = Math.max(kx.length(), ky.length());
        return Integer.bitCount(maskX ^ maskY) > 2 * allowedEdits(longest) ? 0f : typo(kx, ky);
    }

    private static int allowedEdits(int longest) {
        // short syllables (Chinese, Korean given names) differ by one letter between different names
        return longest <= 3 ? 0 : longest <= 6 ? 1 : longest <= 11 ? 2 : 3;
    }

    /** Returns a similarity for keys within a few edits of each other, scaled by length; else 0. */
    static float typo(String kx, String ky) {
        int longest = Math.max(kx.length(), ky.length());
        int allowed = allowedEdits(longest);
        if (allowed == 0 || Math.abs(kx.length() - ky.length()) > allowed) {
            return 0f;
        }
        int d = distance(kx, ky, allowed);
        // one slip in a seven-letter word still says "same word" far more than "different word"
        return d > allowed ? 0f : TYPO_CAP - 0.6f * d / longest;
    }

    /** Returns the Damerau (adjacent swap) Levenshtein distance, or {@code limit + 1} once it exceeds limit. */
    static int distance(String s, String t, int limit) {
        int n = s.length();
        int m = t.length();
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                int cost = s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && s.charAt(i - 1) == t.charAt(j - 2) && s.charAt(i - 2) == t.charAt(j - 1)) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] tmp = prev2;
            prev2 = prev;
            prev = cur;
            cur = tmp;
        }
        return prev[m];
    }
}
