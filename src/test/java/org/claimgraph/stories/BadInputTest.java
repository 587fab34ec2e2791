package org.claimgraph.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.core.DocumentId;
import org.claimgraph.core.Reuse;
import org.claimgraph.core.ReuseKind;
import org.claimgraph.evaluation.stories.StoriesCorpora;
import org.claimgraph.evaluation.stories.StoriesGold;
import org.claimgraph.evaluation.stories.StoriesSyntheticArchive;
import org.junit.jupiter.api.Test;

class BadInputTest {
    private static final DocumentId EMPTY = new DocumentId("00000000000000e0");
    private static final DocumentId ONE_WORD = new DocumentId("00000000000000e1");

    @Test
    void givesEmptyAndOneWordPagesStoriesOfTheirOwnWithAWarning() {
        Stories stories = new StoryClusterer().cluster(List.of(StoryDocument.of(EMPTY, "", "", null),
                StoryDocument.of(ONE_WORD, "", "Drones", null)));
        assertThat(stories.stories()).extracting(s -> s.documents()).containsExactly(List.of(EMPTY), List.of(ONE_WORD));
        assertThat(stories.stories()).extracting(s -> s.title()).containsExactly("(untitled)", "Drones");
        assertThat(stories.warnings()).extracting(StoryWarning::document).containsExactly(EMPTY, ONE_WORD);
        assertThat(stories.warnings().get(0).message()).startsWith("page has too little body text to compare");
        assertThat(stories.reuses()).isEmpty();
    }

    @Test
    void joinsThousandsOfIdenticalPagesInBoundedTime() {
        String text = new StoriesSyntheticArchive(1, 7).page(0).text();
        List<StoryDocument> docs = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            docs.add(StoryDocument.of(StoriesSyntheticArchive.idOf(i), "", text, null));
        }
        Stories stories = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> new StoryClusterer().cluster(docs));
        assertThat(stories.stories()).hasSize(1);
        assertThat(stories.stories().get(0).documents()).hasSize(5000);
        assertThat(stories.reuses()).hasSize(4999).allMatch(r -> r.kind() == ReuseKind.DUPLICATE
                && r.original().equals(StoriesSyntheticArchive.idOf(0)) && r.similarity() == 1.0);
        assertThat(stories.warnings()).extracting(StoryWarning::message).containsExactly(
                "page has 100 verbatim copies; further copies join its story by body hash without comparison");
    }

    @Test
    void warnsAboutAPageStitchedFromAHundredOthersWithoutMergingTheirStories() {
        StoriesSyntheticArchive archive = new StoriesSyntheticArchive(800, 3);
        List<StoryDocument> docs = new ArrayList<>();
        StringBuilder stitched = new StringBuilder();
        for (int i = 0; i < 800; i++) {
            docs.add(archive.page(i));
            if (i % 8 == 0 && i < 800) {
                stitched.append(archive.page(i).text()).append("\n\n");
            }
        }
        DocumentId stitchedId = new DocumentId("00000000000fffff");
        docs.add(StoryDocument.of(stitchedId, "", stitched.toString(), null));
        Stories stories = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> new StoryClusterer().cluster(docs));
        assertThat(stories.warnings()).extracting(StoryWarning::document).containsExactly(stitchedId);
        assertThat(stories.warnings().get(0).message()).startsWith("page is very long (500 paragraphs)");
        assertThat(stories.stories()).hasSizeGreaterThanOrEqualTo(100);
        assertThat(stories.stories().stream().mapToInt(s -> s.documents().size()).max().orElseThrow())
                .isLessThanOrEqualTo(9);
        assertThat(stories.reuses()).extracting(Reuse::copy).doesNotContain(archive.page(8).id());
    }

    @Test
    void rejectsANullPageNamingIt() {
        StoryIndex index = new StoryIndex(StoryOptions.defaults());
        org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class, () -> index.add(null));
        StoriesGold seeds = StoriesCorpora.seeds(Path.of("..", "shared", "corpus", "seeds"));
        assertThat(index.add(seeds.documents().get(0)).opened()).isTrue();
    }
}
