package org.claimgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.claimgraph.core.AnnotatedArticle;
import org.claimgraph.core.Article;
import org.claimgraph.core.DocumentId;
import org.claimgraph.core.EntityType;
import org.claimgraph.core.Mention;
import org.claimgraph.testing.Seeds;
import org.junit.jupiter.api.Test;

/** Hostile texts get bounded time and a sensible result, never a hang or a crash. */
class AnnotatorRobustnessTest {
    private static AnnotatedArticle annotate(String text) {
        Article article = new Article(DocumentId.ofText(text), "test", null, null, null, null, null, null, null, text,
                List.of());
        return Seeds.stages().annotator().annotate(article);
    }

    @Test
    void textWithoutSentencesGivesNoMentions() {
        AnnotatedArticle annotated = annotate("   \n\n  ");
        assertThat(annotated.mentions()).isEmpty();
        assertThat(annotated.sentences()).isEmpty();
    }

    @Test
    void oneTwoMegabyteSentenceFinishesInBoundedTime() {
        String sentence = "Norvik Dynamics said the drones flew far and the ministry said nothing and ".repeat(27_000);
        assertThat(sentence.length()).isGreaterThan(2_000_000);
        AnnotatedArticle annotated = assertTimeoutPreemptively(Duration.ofSeconds(90), () -> annotate(sentence));
        assertThat(annotated.article().text()).hasSize(sentence.length());
        assertThat(annotated.mentions()).allSatisfy(m -> assertThat(m.span().end()).isLessThanOrEqualTo(
                CoreNlpAnnotator.MAX_CHARS));
    }

    @Test
    void tablesOfNumbersEmojiAndControlCharactersAreHandled() {
        String text = "Year | Drones | Range\n2021 | 40 | 600 km\n2022 | 55 | 650 km\n\n"
                + "Elena Varga 🚀 said the \u0007 Skylark-7 \u200b flew 600 km. Москва и Пекин. 北京。";
        AnnotatedArticle annotated = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> annotate(text));
        assertThat(annotated.quantities()).extracting(q -> q.text()).contains("600 km", "650 km");
        assertThat(annotated.mentions()).filteredOn(m -> m.type() == EntityType.PRODUCT).extracting(Mention::text)
                .contains("Skylark-7");
        assertThat(annotated.mentions()).allSatisfy(m -> assertThat(text.substring(m.span().start(),
                m.span().end())).isEqualTo(m.text()));
    }
}
