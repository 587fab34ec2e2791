package org.claimgraph.stories;

import java.util.HashMap;
import java.util.Map;

/** The sum of the unit vectors of a story's members, kept to its heaviest keys so that it stays small. */
final class Centroid {
    private final int limit;
    private Map<Integer, Double> sum = new HashMap<>();
    private SparseVector unit = SparseVector.EMPTY;
    private boolean stale;

    /** Creates an empty centroid that keeps at most {@code limit} keys. */
    Centroid(int limit) {
        this.limit = limit;
    }

    /** Adds a member's vector. */
    void add(SparseVector v) {
        int[] keys = v.keys();
        float[] values = v.values();
        for (int i = 0; i < keys.length; i++) {
            sum.merge(keys[i], (double) values[i], Double::sum);
        }
        stale = true;
        if (sum.size() > 2 * limit) {
            Map<Integer, Double> kept = new HashMap<>();
            for (int k : unit().keys()) {
                kept.put(k, sum.get(k));
            }
            sum = kept;
        }
    }

    /** Adds all members of another centroid. */
    void absorb(Centroid other) {
        other.sum.forEach((k, w) -> sum.merge(k, w, Double::sum));
        stale = true;
    }

    /** Returns the unit-length centroid. */
    SparseVector unit() {
        if (stale) {
            unit = SparseVector.unitOf(sum, limit);
            stale = false;
        }
        return unit;
    }
}
