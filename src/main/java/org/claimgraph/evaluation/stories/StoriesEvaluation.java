package org.claimgraph.evaluation.stories;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimgraph.core.DocumentId;
import org.claimgraph.core.Reuse;
import org.claimgraph.core.Story;
import org.claimgraph.stories.Stories;
import org.claimgraph.stories.StoryClusterer;

/**
 * Scores the stories stage against gold: B-cubed over stories, and precision and recall of reuse pairs (copy and
 * original in the right direction).
 *
 * @param clustering     B-cubed scores of the stories
 * @param pairPrecision  share of predicted reuse pairs that are gold, 1 when none is predicted
 * @param pairRecall     share of gold reuse pairs predicted, 1 when there are none
 * @param predictedPairs the predicted pairs as {@code copyId->originalId}
 */
public record StoriesEvaluation(StoriesBCubed clustering, double pairPrecision, double pairRecall,
        Set<String> predictedPairs) {
    /** Validates and copies the fields. */
    public StoriesEvaluation {
        Objects.requireNonNull(clustering, "clustering");
        predictedPairs = Set.copyOf(predictedPairs);
    }

    /** Returns the scores of the clusterer on the gold pages. */
    public static StoriesEvaluation of(StoryClusterer clusterer, StoriesGold gold) {
        Stories stories = clusterer.cluster(gold.documents());
        Map<DocumentId, String> storyOf = new HashMap<>();
        for (Story story : stories.stories()) {
            story.documents().forEach(d -> storyOf.put(d, story.id().value()));
        }
        List<String> predicted = gold.documents().stream().map(d -> storyOf.get(d.id())).toList();
        Set<String> pairs = stories.reuses().stream().map((Reuse r) -> StoriesGold.pair(r.copy(), r.original()))
                .collect(Collectors.toSet());
        long hits = pairs.stream().filter(gold.rewrites()::contains).count();
        double precision = pairs.isEmpty() ? 1 : hits / (double) pairs.size();
        double recall = gold.rewrites().isEmpty() ? 1 : hits / (double) gold.rewrites().size();
        return new StoriesEvaluation(StoriesBCubed.of(predicted, gold.labels()), precision, recall, pairs);
    }
}
