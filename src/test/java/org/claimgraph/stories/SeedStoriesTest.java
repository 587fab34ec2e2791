package org.claimgraph.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.claimgraph.core.AlignedPassage;
import org.claimgraph.core.DocumentId;
import org.claimgraph.core.Reuse;
import org.claimgraph.core.ReuseKind;
import org.claimgraph.core.Story;
import org.claimgraph.evaluation.stories.StoriesCorpora;
import org.claimgraph.evaluation.stories.StoriesGold;
import org.junit.jupiter.api.Test;

class SeedStoriesTest {
    private static final Path SEEDS = Path.of("..", "shared", "corpus", "seeds");
    private static final DocumentId S000 = new DocumentId("3e12501138e8f7c1");
    private static final DocumentId S001 = new DocumentId("cb1b2ce332f66163");
    private static final DocumentId S002 = new DocumentId("82d613145705a76c");
    private static final DocumentId S003 = new DocumentId("107b1fa64f67cd12");
    private static final DocumentId S004 = new DocumentId("d765b247d4f1b5af");

    private final StoriesGold gold = StoriesCorpora.seeds(SEEDS);
    private final Stories stories = new StoryClusterer().cluster(gold.documents());

    @Test
    void groupsTheFollowUpWithTheKupolStoryAndKeepsTheEarlierStoryApart() {
        assertThat(stories.stories()).extracting(s -> s.id().value(), Story::documents).containsExactly(
                tuple("s82d613145705a76c", List.of(S002)),
                tuple("scb1b2ce332f66163", List.of(S001, S004, S003, S000)));
    }

    @Test
    void givesTheKupolStoryItsTimeSpanAndTitle() {
        Story kupol = stories.stories().get(1);
        assertThat(kupol.firstPublished()).isEqualTo(LocalDate.of(2024, 9, 25));
        assertThat(kupol.lastPublished()).isEqualTo(LocalDate.of(2024, 9, 25));
        assertThat(kupol.title())
                .isEqualTo("Leaks Show Russia Has Secret Project To Develop Advanced Drones In China: Report");
    }

    @Test
    void findsThatThe003RewritesThe001AndNothingElse() {
        assertThat(stories.reuses()).extracting(Reuse::copy, Reuse::original, Reuse::kind)
                .containsExactly(tuple(S003, S001, ReuseKind.REWRITE));
    }

    @Test
    void alignsTheRewrittenParagraphsWithTheirOriginals() {
        Reuse rewrite = stories.reuses().get(0);
        String copy = text(S003);
        String original = text(S001);
        AlignedPassage last = rewrite.passages().get(rewrite.passages().size() - 1);
        assertThat(rewrite.passages()).hasSize(15);
        assertThat(last.copy().of(copy)).startsWith("At the same time, China has criticized Western countries");
        assertThat(last.original().of(original)).startsWith("China has at the same time blasted Western nations");
        assertThat(rewrite.similarity()).isBetween(0.5, 0.7);
    }

    @Test
    void assignsTheSameStoriesWhenPagesArriveInAnotherOrder() {
        List<StoryDocument> docs = new ArrayList<>(gold.documents());
        Collections.reverse(docs);
        Stories reversed = new StoryClusterer().cluster(docs);
        assertThat(reversed).isEqualTo(stories);
    }

    private String text(DocumentId id) {
        return gold.documents().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow().text();
    }
}
