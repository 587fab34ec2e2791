package org.claimgraph.evaluation;

import java.util.Locale;

/**
 * Precision, recall and F1 from counts. Precision and recall may count hits differently (entities judged by
 * type, gold items found), so each has its own numerator.
 *
 * @param precisionHits predictions that are right
 * @param predicted     predictions judged
 * @param recallHits    gold items found
 * @param gold          gold items
 */
public record Scores(int precisionHits, int predicted, int recallHits, int gold) {
    /** Returns scores where one count of true positives serves both precision and recall. */
    public static Scores of(int truePositives, int predicted, int gold) {
        return new Scores(truePositives, predicted, truePositives, gold);
    }

    /** Returns the share of predictions that are right, or 1 when nothing was predicted. */
    public double precision() {
        return predicted == 0 ? 1.0 : (double) precisionHits / predicted;
    }

    /** Returns the share of gold items found, or 1 when there is no gold. */
    public double recall() {
        return gold == 0 ? 1.0 : (double) recallHits / gold;
    }

    /** Returns the harmonic mean of precision and recall. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Returns "P 0.950 (19/20)  R 0.900 (18/20)  F1 0.924". */
    public String line() {
        return String.format(Locale.ROOT, "P %.3f (%d/%d)  R %.3f (%d/%d)  F1 %.3f", precision(), precisionHits,
                predicted, recall(), recallHits, gold, f1());
    }
}
