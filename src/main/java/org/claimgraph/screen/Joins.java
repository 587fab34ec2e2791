package org.claimgraph.screen;

/** Matches one word to two to four adjacent words that spell it (Vanderbilt = van der bilt, ABC = A.B.C.). */
final class Joins {
    private static final float JOINED = 0.95f;

    private Joins() {
    }

    /** Links each free token of {@code one} that the concatenation of a free run of {@code other} spells. */
    static void link(Alignment a, NameForm one, NameForm other, boolean flipped) {
        for (int i = 0; i < one.size(); i++) {
            if (!NameMatcher.free(a, i, flipped, true) || one.tokens[i].length() < 2 || occurs(one.tokens[i], other)) {
                continue;
            }
            for (int j = 0; j + 1 < other.size(); j++) {
                int end = spelledRunEnd(a, one, i, other, j, flipped);
                if (end > 0) {
                    if (flipped) {
                        a.link(j, end, i, i + 1, JOINED, "joined words");
                    } else {
                        a.link(i, i + 1, j, end, JOINED, "joined words");
                    }
                    break;
                }
            }
        }
    }

    private static boolean occurs(String token, NameForm other) {
        for (String t : other.tokens) {
            if (t.equals(token)) {
                return true;
            }
        }
        return false;
    }

    /** Returns the end of a free run of 2 to 4 words from {@code j} spelling token i exactly, or -1. */
    private static int spelledRunEnd(Alignment a, NameForm one, int i, NameForm other, int j, boolean flipped) {
        String target = one.tokens[i];
        int at = 0;
        for (int k = j; k < Math.min(other.size(), j + 4); k++) {
            if (!NameMatcher.free(a, k, flipped, false) || !target.startsWith(other.tokens[k], at)) {
                return -1;
            }
            at += other.tokens[k].length();
            if (k > j && at == target.length()) {
                return k + 1;
            }
        }
        return -1;
    }
}
