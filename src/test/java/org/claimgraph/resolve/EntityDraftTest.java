package org.claimgraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimgraph.core.DocumentId;
import org.claimgraph.core.EntityMention;
import org.claimgraph.core.Span;
import org.junit.jupiter.api.Test;

class EntityDraftTest {
    @Test
    void theNameIsTheFullestThenTheSpellingMostMentionsUse() {
        EntityDraft draft = new EntityDraft("Clinton");
        draft.aliases.add("HIllary Clinton");
        draft.aliases.add("Hillary Clinton");
        mention(draft, "HIllary Clinton", 0);
        mention(draft, "Hillary Clinton", 100);
        mention(draft, "Hillary Clinton", 200);
        mention(draft, "Clinton", 300);
        assertThat(draft.name()).isEqualTo("Hillary Clinton");
    }

    @Test
    void anAcronymIsTheNameOnlyWhenThereIsNothingElse() {
        EntityDraft draft = new EntityDraft("EEAS");
        assertThat(draft.name()).isEqualTo("EEAS");
        draft.aliases.add("European External Action Service");
        assertThat(draft.name()).isEqualTo("European External Action Service");
    }

    private static void mention(EntityDraft draft, String text, int at) {
        draft.mentions.add(new EntityMention(DocumentId.ofText("page"), new Span(at, at + text.length()), text));
    }
}
