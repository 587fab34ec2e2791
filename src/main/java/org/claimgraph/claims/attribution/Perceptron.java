package org.claimgraph.claims.attribution;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** A multi-class averaged perceptron over string features, for training only. Not thread-safe. */
final class Perceptron {
    private final int classes;
    private final Map<String, Integer> ids = new HashMap<>();
    private final java.util.ArrayList<String> names = new java.util.ArrayList<>();
    private float[] weights = new float[0];
    private float[] totals = new float[0];
    private int[] stamps = new int[0];
    private int[] counts = new int[0];
    private int now = 1;

    Perceptron(int classes) {
        this.classes = classes;
    }

    /** Returns the ids of the features, registering new ones. */
    int[] ids(String[] first, String[] second) {
        int[] out = new int[first.length + second.length];
        for (int i = 0; i < out.length; i++) {
            String name = i < first.length ? first[i] : second[i - first.length];
            out[i] = ids.computeIfAbsent(name, this::register);
        }
        return out;
    }

    private int register(String name) {
        int id = names.size();
        names.add(name);
        if ((id + 1) * classes > weights.length) {
            int size = Math.max(1024, weights.length * 2);
            weights = Arrays.copyOf(weights, size);
            totals = Arrays.copyOf(totals, size);
            stamps = Arrays.copyOf(stamps, size);
            counts = Arrays.copyOf(counts, size / classes);
        }
        return id;
    }

    /** Returns the best class for the features. */
    int predict(int[] features) {
        float[] scores = new float[classes];
        for (int f : features) {
            for (int c = 0; c < classes; c++) {
                scores[c] += weights[f * classes + c];
            }
        }
        return TaggerModel.argmax(scores);
    }

    /** Moves weight from the guessed class to the true one, and advances the clock. */
    void update(int[] features, int truth, int guess) {
        for (int f : features) {
            counts[f]++;
        }
        if (truth != guess) {
            for (int f : features) {
                bump(f * classes + truth, 1f);
                bump(f * classes + guess, -1f);
            }
        }
        now++;
    }

    private void bump(int index, float delta) {
        totals[index] += (now - stamps[index]) * weights[index];
        stamps[index] = now;
        weights[index] += delta;
    }

    /**
     * Returns the averaged weights of features not all zero and seen in at least {@code minCount} updates (a token
     * seen in every one of E epochs counts E times).
     */
    Map<String, float[]> averaged(int minCount) {
        Map<String, float[]> out = new HashMap<>();
        for (int f = 0; f < names.size(); f++) {
            if (counts[f] < minCount) {
                continue;
            }
            float[] w = new float[classes];
            boolean any = false;
            for (int c = 0; c < classes; c++) {
                int i = f * classes + c;
                float total = totals[i] + (now - stamps[i]) * weights[i];
                w[c] = Math.round(total / now * 1000f) / 1000f;
                any |= w[c] != 0f;
            }
            if (any) {
                out.put(names.get(f), w);
            }
        }
        return out;
    }
}
