package org.claimgraph.evaluation.sanctions;

import java.util.Locale;

/**
 * Confusion counts of a match/no-match decision over labelled cases, with precision, recall and F1.
 *
 * @param truePositives  matches predicted as matches
 * @param falsePositives non-matches predicted as matches
 * @param falseNegatives matches predicted as non-matches
 * @param trueNegatives  non-matches predicted as non-matches
 */
public record SanctionsMetrics(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {
    /** Validates the counts. */
    public SanctionsMetrics {
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0 || trueNegatives < 0) {
            throw new IllegalArgumentException("confusion counts must not be negative");
        }
    }

    /** Returns the counts with one more case added. */
    public SanctionsMetrics add(boolean expected, boolean predicted) {
        return new SanctionsMetrics(truePositives + (expected && predicted ? 1 : 0),
                falsePositives + (!expected && predicted ? 1 : 0), falseNegatives + (expected && !predicted ? 1 : 0),
                trueNegatives + (!expected && !predicted ? 1 : 0));
    }

    /** Returns the number of cases counted. */
    public int cases() {
        return truePositives + falsePositives + falseNegatives + trueNegatives;
    }

    /** Returns TP / (TP + FP), or 0 when nothing was predicted a match. */
    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    /** Returns TP / (TP + FN), or 0 when there are no matches. */
    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    /** Returns the harmonic mean of precision and recall, or 0 when both are 0. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Returns e.g. {@code P 0.912 R 0.873 F1 0.892 (TP 371 FP 36 FN 54 TN 365)}. */
    public String summary() {
        return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f (TP %d FP %d FN %d TN %d)", precision(), recall(),
                f1(), truePositives, falsePositives, falseNegatives, trueNegatives);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
