package org.claimgraph.evaluation.stories;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * B-cubed precision, recall and F1 of a clustering against gold clusters, computed in linear time from the sizes of
 * the predicted clusters, the gold clusters and their intersections.
 *
 * @param precision mean over items of the share of its predicted cluster that is in its gold cluster
 * @param recall    mean over items of the share of its gold cluster that is in its predicted cluster
 * @param items     the number of items scored
 */
public record StoriesBCubed(double precision, double recall, int items) {
    /** Validates the ranges. */
    public StoriesBCubed {
        if (items < 0 || precision < 0 || precision > 1 || recall < 0 || recall > 1) {
            throw new IllegalArgumentException("B-cubed " + precision + "/" + recall + "/" + items
                    + " is invalid; expected scores in [0, 1] and items >= 0");
        }
    }

    /** Returns the harmonic mean of precision and recall, 0 when both are 0. */
    public double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** Returns the scores of predicted cluster labels against gold labels, both indexed by item. */
    public static <P, G> StoriesBCubed of(List<P> predicted, List<G> gold) {
        Objects.requireNonNull(predicted, "predicted");
        Objects.requireNonNull(gold, "gold");
        if (predicted.size() != gold.size()) {
            throw new IllegalArgumentException("predicted labels " + predicted.size() + " and gold labels "
                    + gold.size() + " differ in number; expected one of each per item");
        }
        Map<P, Integer> predictedSize = new HashMap<>();
        Map<G, Integer> goldSize = new HashMap<>();
        Map<List<Object>, Integer> both = new HashMap<>();
        for (int i = 0; i < gold.size(); i++) {
            predictedSize.merge(predicted.get(i), 1, Integer::sum);
            goldSize.merge(gold.get(i), 1, Integer::sum);
            both.merge(List.of(predicted.get(i), gold.get(i)), 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (int i = 0; i < gold.size(); i++) {
            double shared = both.get(List.of(predicted.get(i), gold.get(i)));
            p += shared / predictedSize.get(predicted.get(i));
            r += shared / goldSize.get(gold.get(i));
        }
        int n = gold.size();
        return new StoriesBCubed(n == 0 ? 0 : p / n, n == 0 ? 0 : r / n, n);
    }
}
