package org.claimgraph.stories;

import java.util.Arrays;
import java.util.List;

/**
 * MinHash signatures of word 4-shingles, and locality-sensitive hashing of their bands: two texts whose shingle sets
 * have Jaccard similarity J share a band with probability {@code 1 - (1 - J^ROWS)^BANDS} (0.54 at J = 0.5, 0.97 at
 * 0.7, 0.9995 at 0.8).
 */
final class MinHash {
    static final int BANDS = 12;
    static final int ROWS = 4;
    static final int SIZE = BANDS * ROWS;
    private static final int SHINGLE = 4;
    private static final long[] MULTIPLIERS = new long[SIZE];
    private static final long[] OFFSETS = new long[SIZE];

    static {
        for (int i = 0; i < SIZE; i++) {
            MULTIPLIERS[i] = Hashing.mix(2L * i + 1) | 1L;
            OFFSETS[i] = Hashing.mix(2L * i + 2);
        }
    }

    private MinHash() {
    }

    /** Returns the signature of the words' shingles, or an empty array when there are no words. */
    static int[] signature(List<String> words) {
        if (words.isEmpty()) {
            return new int[0];
        }
        int[] sig = new int[SIZE];
        Arrays.fill(sig, Integer.MAX_VALUE);
        int count = Math.max(1, words.size() - SHINGLE + 1);
        for (int s = 0; s < count; s++) {
            long h = 0;
            for (int w = s; w < Math.min(words.size(), s + SHINGLE); w++) {
                h = h * 0x100000001B3L + words.get(w).hashCode();
            }
            h = Hashing.mix(h);
            for (int i = 0; i < SIZE; i++) {
                int v = (int) ((MULTIPLIERS[i] * h + OFFSETS[i]) >>> 33);
                if (v < sig[i]) {
                    sig[i] = v;
                }
            }
        }
        return sig;
    }

    /** Returns the estimated Jaccard similarity of two signatures; 0 when either is empty. */
    static double jaccard(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < SIZE; i++) {
            same += a[i] == b[i] ? 1 : 0;
        }
        return same / (double) SIZE;
    }

    /** Returns the LSH bucket key of one band of a signature. */
    static long bandKey(int[] sig, int band) {
        long h = band + 1L;
        for (int r = 0; r < ROWS; r++) {
            h = Hashing.mix(h * 31 + sig[band * ROWS + r]);
        }
        return h;
    }
}
