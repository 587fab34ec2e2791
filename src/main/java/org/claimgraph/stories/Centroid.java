package org.claimgraph.stories;

import java.util.Arrays;

/**
 * The sum of the unit vectors of a story's members, kept to its heaviest keys in two flat arrays so that a story
 * costs a few kilobytes however many members it has. Not thread-safe.
 */
final class Centroid {
    private final int limit;
    private int[] keys = new int[0];
    private float[] sums = new float[0];
    private SparseVector unit = SparseVector.EMPTY;
    private boolean stale;

    /** Creates an empty centroid whose unit vector keeps at most {@code limit} keys. */
    Centroid(int limit) {
        this.limit = limit;
    }

    /** Adds a member's vector. */
    void add(SparseVector v) {
        merge(v.keys(), v.values());
    }

    /** Adds all members of another centroid. */
    void absorb(Centroid other) {
        merge(other.keys, other.sums);
    }

    /** Returns the unit-length centroid of the heaviest keys. */
    SparseVector unit() {
        if (stale) {
            unit = SparseVector.unitOf(keys, sums, limit);
            stale = false;
        }
        return unit;
    }

    // merges two key-sorted arrays, then keeps the heaviest 2 * limit sums
    private void merge(int[] otherKeys, float[] otherValues) {
        int[] k = new int[keys.length + otherKeys.length];
        float[] s = new float[k.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < keys.length || j < otherKeys.length) {
            boolean takeMine = j >= otherKeys.length || i < keys.length && keys[i] <= otherKeys[j];
            boolean takeOther = i >= keys.length || j < otherKeys.length && otherKeys[j] <= keys[i];
            k[n] = takeMine ? keys[i] : otherKeys[j];
            s[n++] = (takeMine ? sums[i++] : 0) + (takeOther ? otherValues[j++] : 0);
        }
        keys = Arrays.copyOf(k, n);
        sums = Arrays.copyOf(s, n);
        if (n > 2 * limit) {
            SparseVector kept = SparseVector.unitOf(keys, sums, 2 * limit);
            float[] keptSums = new float[kept.keys().length];
            for (int m = 0; m < keptSums.length; m++) {
                keptSums[m] = sums[Arrays.binarySearch(keys, kept.keys()[m])];
            }
            keys = kept.keys();
            sums = keptSums;
        }
        stale = true;
    }
}
