package org.claimgraph.claims.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimgraph.core.Span;
import org.junit.jupiter.api.Test;

class SpanLinkerTest {
    private static final String TEXT = "At a rally for Cruz, Beck said the race was close.";

    @Test
    void ofTwoSourcesTaggedAroundOneCueTheClosestIsItsSource() {
        List<Token> tokens = new Tokenizer().tokenize(TEXT);
        // At a rally for [Cruz] , [Beck] [said] [the race was close] .
        Tag[] tags = tagsFor(tokens, "Cruz", Tag.B_SOURCE, "Beck", Tag.B_SOURCE, "said", Tag.B_CUE);
        tagContent(tokens, tags, "the", "close");
        List<Draft> drafts = new SpanLinker().link(tokens, tags);
        assertThat(drafts).hasSize(1);
        assertThat(drafts.get(0).source.of(TEXT)).isEqualTo("Beck");
        assertThat(drafts.get(0).cue.of(TEXT)).isEqualTo("said");
        assertThat(drafts.get(0).contents).extracting(s -> s.of(TEXT)).containsExactly("the race was close");
    }

    @Test
    void aSourceWithoutACueInItsSentenceIsDropped() {
        List<Token> tokens = new Tokenizer().tokenize("Beck arrived. Cruz said so.");
        Tag[] tags = tagsFor(tokens, "Beck", Tag.B_SOURCE, "said", Tag.B_CUE);
        List<Draft> drafts = new SpanLinker().link(tokens, tags);
        assertThat(drafts).hasSize(1);
        assertThat(drafts.get(0).source).isNull();
        assertThat(drafts.get(0).cue).isEqualTo(new Span(19, 23));
    }

    private static Tag[] tagsFor(List<Token> tokens, Object... wordsAndTags) {
        Tag[] tags = new Tag[tokens.size()];
        java.util.Arrays.fill(tags, Tag.O);
        for (int k = 0; k < wordsAndTags.length; k += 2) {
            tags[index(tokens, (String) wordsAndTags[k])] = (Tag) wordsAndTags[k + 1];
        }
        return tags;
    }

    private static void tagContent(List<Token> tokens, Tag[] tags, String first, String last) {
        int from = index(tokens, first);
        int to = index(tokens, last);
        for (int i = from; i <= to; i++) {
            tags[i] = i == from ? Tag.B_CONTENT : Tag.I_CONTENT;
        }
    }

    private static int index(List<Token> tokens, String word) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).text().equals(word)) {
                return i;
            }
        }
        throw new AssertionError("no token '" + word + "'");
    }
}
