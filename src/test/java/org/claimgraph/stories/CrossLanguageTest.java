package org.claimgraph.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.core.DocumentId;
import org.claimgraph.core.Story;
import org.claimgraph.evaluation.stories.StoriesCorpora;
import org.junit.jupiter.api.Test;

class CrossLanguageTest {
    private static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures", "stories");
    private static final DocumentId GERMAN = new DocumentId("de00000000000001");
    private static final DocumentId UKRAINIAN = new DocumentId("0a00000000000002");

    @Test
    void joinsGermanAndUkrainianPagesToTheStoryTheirNamesAndNumbersMatch() throws IOException {
        List<StoryDocument> docs = new ArrayList<>(StoriesCorpora.seeds(Path.of("..", "shared", "corpus", "seeds"))
                .documents());
        docs.add(StoryDocument.of(GERMAN, "", Files.readString(FIXTURES.resolve("kupol-de.txt"),
                StandardCharsets.UTF_8), null));
        docs.add(StoryDocument.of(UKRAINIAN, "", Files.readString(FIXTURES.resolve("kupol-uk.txt"),
                StandardCharsets.UTF_8), null));
        Stories stories = new StoryClusterer().cluster(docs);
        assertThat(stories.stories()).extracting(s -> s.id().value()).containsExactly("s82d613145705a76c",
                "scb1b2ce332f66163");
        Story kupol = stories.stories().get(1);
        assertThat(kupol.documents()).contains(GERMAN, UKRAINIAN).hasSize(6);
    }
}
