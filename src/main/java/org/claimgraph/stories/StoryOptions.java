package org.claimgraph.stories;

/**
 * The knobs of story clustering. The defaults were set on the training half of a public event-clustering corpus and
 * checked on its held-out half; they name no page, outlet or topic.
 *
 * @param joinThreshold       a document joins the most similar story when its similarity reaches this, in [0, 1]
 * @param mergeThreshold      two stories the same document would join merge when their centroids are this similar
 * @param entityWeight        share of entity-key similarity in the similarity of two same-language pages, in [0, 1]
 * @param centroidWeight      share of the story centroid (against the best single member) in story similarity
 * @param crossLanguageFactor factor on entity similarity for pages in different languages, in [0, 4]: above 1
 *                            because a page in another language shares only its names, never its words
 * @param timeWindowDays      a page dated within this many days of a story's span is not penalised
 * @param timeDecayDays       beyond the window, similarity decays by e per this many days
 */
public record StoryOptions(double joinThreshold, double mergeThreshold, double entityWeight, double centroidWeight,
        double crossLanguageFactor, int timeWindowDays, int timeDecayDays) {
    /** The largest cross-language factor. */
    public static final double MAX_CROSS_LANGUAGE_FACTOR = 4;

    /** Validates the ranges. */
    public StoryOptions {
        requireUnit("joinThreshold", joinThreshold);
        requireUnit("mergeThreshold", mergeThreshold);
        requireUnit("entityWeight", entityWeight);
        requireUnit("centroidWeight", centroidWeight);
        if (!(crossLanguageFactor >= 0 && crossLanguageFactor <= MAX_CROSS_LANGUAGE_FACTOR)) {
            throw new IllegalArgumentException("crossLanguageFactor " + crossLanguageFactor
                    + " is out of range; expected [0, " + MAX_CROSS_LANGUAGE_FACTOR + "]");
        }
        if (timeWindowDays < 0 || timeDecayDays <= 0) {
            throw new IllegalArgumentException("time window " + timeWindowDays + " / decay " + timeDecayDays
                    + " days is invalid; expected window >= 0 and decay > 0");
        }
    }

    /** Returns the defaults. */
    public static StoryOptions defaults() {
        return new StoryOptions(0.16, 0.45, 0.3, 0.5, 2.0, 45, 60);
    }

    /** Returns these options with another join threshold. */
    public StoryOptions withJoinThreshold(double threshold) {
        return new StoryOptions(threshold, mergeThreshold, entityWeight, centroidWeight, crossLanguageFactor,
                timeWindowDays, timeDecayDays);
    }

    /** Returns these options with another merge threshold. */
    public StoryOptions withMergeThreshold(double threshold) {
        return new StoryOptions(joinThreshold, threshold, entityWeight, centroidWeight, crossLanguageFactor,
                timeWindowDays, timeDecayDays);
    }

    /** Returns these options with another entity weight. */
    public StoryOptions withEntityWeight(double weight) {
        return new StoryOptions(joinThreshold, mergeThreshold, weight, centroidWeight, crossLanguageFactor,
                timeWindowDays, timeDecayDays);
    }

    /** Returns these options with another centroid weight. */
    public StoryOptions withCentroidWeight(double weight) {
        return new StoryOptions(joinThreshold, mergeThreshold, entityWeight, weight, crossLanguageFactor,
                timeWindowDays, timeDecayDays);
    }

    private static void requireUnit(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " " + value + " is out of range; expected [0, 1]");
        }
    }
}
