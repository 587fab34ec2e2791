package org.claimgraph.screen;

import java.util.Arrays;

/**
 * Per-thread scratch space for candidate retrieval: a weight per indexed name, reset after each query so that a
 * query costs in proportion to the postings it reads, never to the size of the list.
 */
final class Retrieval {
    private final float[] weight;
    private final int[] tokenMark;
    private int[] touched = new int[256];
    private int touchedCount;
    private int mark;

    Retrieval(int names) {
        this.weight = new float[names];
        this.tokenMark = new int[names];
    }

    /** Adds {@code w} to each posted name, at most once per query token (the first key that finds it wins). */
    void add(int[] postings, float w, int tokenStamp) {
        for (int id : postings) {
            if (tokenMark[id] == tokenStamp) {
                continue;
            }
            tokenMark[id] = tokenStamp;
            if (weight[id] == 0f) {
                if (touchedCount == touched.length) {
                    touched = Arrays.copyOf(touched, touched.length * 2);
                }
                touched[touchedCount++] = id;
            }
            weight[id] += w;
        }
    }

    /** Returns a fresh stamp for the next query token. */
    int nextStamp() {
        return ++mark;
    }

    /** Returns the ids of up to {@code limit} names with the most retrieval weight, and resets for the next query. */
    int[] best(int limit) {
        int[] ids = Arrays.copyOf(touched, touchedCount);
        if (ids.length > limit) {
            float[] ws = new float[ids.length];
            for (int k = 0; k < ids.length; k++) {
                ws[k] = weight[ids[k]];
            }
            Arrays.sort(ws);
            float cut = ws[ws.length - limit];
            int[] chosen = new int[limit];
            int n = 0;
            for (int id : ids) {
                if (weight[id] > cut) {
                    chosen[n++] = id;
                }
            }
            for (int k = 0; k < ids.length && n < limit; k++) {
                if (weight[ids[k]] == cut) {
                    chosen[n++] = ids[k]; // ties at the cut fill the remaining places, in list order
                }
            }
            ids = chosen;
        }
        for (int k = 0; k < touchedCount; k++) {
            weight[touched[k]] = 0f;
        }
        touchedCount = 0;
        return ids;
    }
}
