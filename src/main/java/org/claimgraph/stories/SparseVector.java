package org.claimgraph.stories;

import java.util.Arrays;
import java.util.Map;

/** An immutable sparse vector of float weights over int keys, keys ascending. */
final class SparseVector {
    static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);
    private final int[] keys;
    private final float[] values;

    private SparseVector(int[] keys, float[] values) {
        this.keys = keys;
        this.values = values;
    }

    /** Returns the unit-length vector of the heaviest {@code limit} weights of the map (ties by key). */
    static SparseVector unitOf(Map<Integer, Double> weights, int limit) {
        double norm = Math.sqrt(weights.values().stream().mapToDouble(w -> w * w).sum());
        if (norm == 0) {
            return EMPTY;
        }
        int[] top = weights.entrySet().stream()
                .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).mapToInt(Map.Entry::getKey).sorted().toArray();
        float[] values = new float[top.length];
        for (int i = 0; i < top.length; i++) {
            values[i] = (float) (weights.get(top[i]) / norm);
        }
        return new SparseVector(top, values);
    }

    /** Returns the unit-length vector of the heaviest {@code limit} of the key-sorted weights (ties by key). */
    static SparseVector unitOf(int[] keys, float[] weights, int limit) {
        double sq = 0;
        long[] packed = new long[keys.length];
        for (int i = 0; i < keys.length; i++) {
            sq += (double) weights[i] * weights[i];
            // weight bits (non-negative floats sort like their bits) over position
            packed[i] = (long) Float.floatToIntBits(Math.max(0, weights[i])) << 32 | i;
        }
        if (sq == 0) {
            return EMPTY;
        }
        Arrays.sort(packed);
        int n = Math.min(limit, keys.length);
        int[] positions = new int[n];
        for (int k = 0; k < n; k++) {
            positions[k] = (int) packed[packed.length - 1 - k];
        }
        Arrays.sort(positions);
        double norm = Math.sqrt(sq);
        int[] top = new int[n];
        float[] values = new float[n];
        for (int k = 0; k < n; k++) {
            top[k] = keys[positions[k]];
            values[k] = (float) (weights[positions[k]] / norm);
        }
        return new SparseVector(top, values);
    }

    /** Returns the keys, ascending; do not modify. */
    int[] keys() {
        return keys;
    }

    /** Returns the weights in key order; do not modify. */
    float[] values() {
        return values;
    }

    /** Returns whether the vector has no weight. */
    boolean isEmpty() {
        return keys.length == 0;
    }

    /** Returns the dot product with the other vector. */
    double dot(SparseVector other) {
        int i = 0;
        int j = 0;
        double sum = 0;
        while (i < keys.length && j < other.keys.length) {
            if (keys[i] == other.keys[j]) {
                sum += values[i++] * other.values[j++];
            } else if (keys[i] < other.keys[j]) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    /** Returns the weight of the key, or 0. */
    double weight(int key) {
        int at = Arrays.binarySearch(keys, key);
        return at >= 0 ? values[at] : 0;
    }
}
