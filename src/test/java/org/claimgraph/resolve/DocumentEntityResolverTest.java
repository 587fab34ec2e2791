package org.claimgraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimgraph.core.AnnotatedArticle;
import org.claimgraph.core.Article;
import org.claimgraph.core.DocumentId;
import org.claimgraph.core.EntityMention;
import org.claimgraph.core.EntityType;
import org.claimgraph.core.Mention;
import org.claimgraph.core.Span;
import org.junit.jupiter.api.Test;

class DocumentEntityResolverTest {
    @Test
    void aCommonNounOfALongNameDoesNotStandForItButADistinctiveWordDoes() {
        String text = "Kupol Stadium Works opened a hall. The stadium holds 75,000. Stadium staff cheered and "
                + "Kupol thanked them.";
        List<EntityDraft> drafts = new DocumentEntityResolver().resolve(doc(text,
                new Mention(new Span(0, 19), "Kupol Stadium Works", EntityType.ORG, "test")));
        assertThat(drafts).hasSize(1);
        assertThat(drafts.get(0).mentions).extracting(EntityMention::text)
                .containsExactlyInAnyOrder("Kupol Stadium Works", "Kupol");
    }

    @Test
    void theWordsTheTextWritesInLowerCaseAndGenericWordsAreNoShortForms() {
        assertThat(DocumentEntityResolver.notShortForms("The committee met the House Committee in Kupol's hall."))
                .contains("committee", "met", "the", "hall", "ministry").doesNotContain("house", "kupol", "in");
    }

    private static AnnotatedArticle doc(String text, Mention... mentions) {
        Article article = new Article(DocumentId.ofText(text), "test", null, null, null, null, null, null, "en", text,
                List.of());
        return new AnnotatedArticle(article, List.of(), List.of(mentions), List.of());
    }
}
