package org.claimgraph.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.claimgraph.core.DocumentId;
import org.claimgraph.core.Reuse;
import org.claimgraph.core.ReuseKind;
import org.claimgraph.core.StoryId;
import org.claimgraph.evaluation.stories.StoriesCorpora;
import org.claimgraph.evaluation.stories.StoriesGold;
import org.junit.jupiter.api.Test;

class StoryIndexTest {
    private final StoriesGold seeds = StoriesCorpora.seeds(Path.of("..", "shared", "corpus", "seeds"));

    @Test
    void placesPagesOneAtATimeAndReportsTheRewriteWhenTheCopyArrives() {
        StoryIndex index = StoryIndex.withStatisticsOf(StoryOptions.defaults(), seeds.documents());
        StoryAssignment original = index.add(page("cb1b2ce332f66163"));
        StoryAssignment rewrite = index.add(page("107b1fa64f67cd12"));
        assertThat(original.opened()).isTrue();
        assertThat(original.story()).isEqualTo(new StoryId("scb1b2ce332f66163"));
        assertThat(rewrite.opened()).isFalse();
        assertThat(rewrite.story()).isEqualTo(new StoryId("scb1b2ce332f66163"));
        assertThat(rewrite.reuses()).extracting(Reuse::copy, Reuse::original, Reuse::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(new DocumentId("107b1fa64f67cd12"),
                        new DocumentId("cb1b2ce332f66163"), ReuseKind.REWRITE));
        assertThat(index.size()).isEqualTo(2);
        assertThat(index.snapshot().stories()).hasSize(1);
    }

    @Test
    void findsAnEditedSyndicatedCopyAsADuplicateOfThePageItCredits() {
        StoryDocument original = page("d765b247d4f1b5af");
        String edited = "Share this article\n\n" + original.text().replace("Last week", "Earlier")
                + "\n\nRead more on unn.ua";
        StoryDocument copy = StoryDocument.of(new DocumentId("0000000000000c09"), "", edited, null);
        StoryIndex index = new StoryIndex(StoryOptions.defaults());
        index.add(copy);
        StoryAssignment second = index.add(original);
        assertThat(second.opened()).isFalse();
        assertThat(second.reuses()).extracting(Reuse::copy, Reuse::original, Reuse::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(copy.id(), original.id(), ReuseKind.DUPLICATE));
        assertThat(second.reuses().get(0).similarity()).isGreaterThan(0.9);
    }

    private StoryDocument page(String id) {
        List<StoryDocument> docs = seeds.documents();
        return docs.stream().filter(d -> d.id().value().equals(id)).findFirst().orElseThrow();
    }
}
