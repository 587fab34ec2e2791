package org.claimgraph.evaluation.attribution;

/**
 * Span-matching counts of one role, from which precision, recall and F1 follow. Exact matching needs identical
 * offsets; overlap matching counts a predicted span right when it shares a character with a gold span, and a gold
 * span found when a predicted span shares a character with it.
 *
 * @param predicted          predicted spans
 * @param gold               gold spans
 * @param exact              predicted spans equal to a gold span
 * @param overlapPredicted   predicted spans overlapping a gold span
 * @param overlapGold        gold spans overlapping a predicted span
 */
public record SpanScores(int predicted, int gold, int exact, int overlapPredicted, int overlapGold) {
    /** Validates that the counts are consistent. */
    public SpanScores {
        if (predicted < 0 || gold < 0 || exact < 0 || exact > Math.min(predicted, gold)
                || overlapPredicted > predicted || overlapGold > gold || overlapPredicted < 0 || overlapGold < 0) {
            throw new IllegalArgumentException("span counts " + predicted + "/" + gold + "/" + exact + "/"
                    + overlapPredicted + "/" + overlapGold + " are inconsistent");
        }
    }

    /** Returns the sum of both counts. */
    public SpanScores plus(SpanScores other) {
        return new SpanScores(predicted + other.predicted, gold + other.gold, exact + other.exact,
                overlapPredicted + other.overlapPredicted, overlapGold + other.overlapGold);
    }

    /** Returns exact precision, 0 when nothing was predicted. */
    public double exactPrecision() {
        return ratio(exact, predicted);
    }

    /** Returns exact recall, 0 when there is no gold span. */
    public double exactRecall() {
        return ratio(exact, gold);
    }

    /** Returns exact F1. */
    public double exactF1() {
        return f1(exactPrecision(), exactRecall());
    }

    /** Returns overlap precision. */
    public double overlapPrecision() {
        return ratio(overlapPredicted, predicted);
    }

    /** Returns overlap recall. */
    public double overlapRecall() {
        return ratio(overlapGold, gold);
    }

    /** Returns overlap F1. */
    public double overlapF1() {
        return f1(overlapPrecision(), overlapRecall());
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
