package org.claimgraph.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.claimgraph.evaluation.stories.StoriesCorpora;
import org.claimgraph.evaluation.stories.StoriesEvaluation;
import org.claimgraph.evaluation.stories.StoriesGold;
import org.junit.jupiter.api.Test;

/** The floor the stories issue sets: B-cubed F1 of at least 0.90 on ECB+ train and dev, on text and names alone. */
class EcbPlusFloorTest {
    private static final Path DOCS = Path.of("..", "shared", "corpus", "ecbplus", "docs.jsonl");

    @Test
    void clustersEcbPlusTrainAndDevAboveTheFloor() {
        StoriesGold gold = StoriesCorpora.ecbplus(DOCS, Set.of("train", "dev"));
        assertThat(gold.documents()).hasSize(772);
        StoriesEvaluation evaluation = StoriesEvaluation.of(new StoryClusterer(), gold);
        assertThat(evaluation.clustering().f1()).isGreaterThanOrEqualTo(0.90);
        assertThat(evaluation.clustering().precision()).isGreaterThanOrEqualTo(0.85);
        assertThat(evaluation.clustering().recall()).isGreaterThanOrEqualTo(0.85);
    }
}
