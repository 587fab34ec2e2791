package org.claimgraph.claims.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private final Tokenizer tokenizer = new Tokenizer();

    @Test
    void keepsAbbreviationsAndSplitsSentencesAtStops() {
        String text = "Sen. Ted Cruz said the U.S. would act. \"It is over,\" he said.\nNext line";
        List<Token> tokens = tokenizer.tokenize(text);
        assertThat(tokens).extracting(Token::text).containsExactly("Sen.", "Ted", "Cruz", "said", "the", "U.S.",
                "would", "act", ".", "\"", "It", "is", "over", ",", "\"", "he", "said", ".", "Next", "line");
        assertThat(tokens).extracting(Token::sentence).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1,
                1, 1, 1, 2, 2);
        for (Token token : tokens) {
            assertThat(text.substring(token.start(), token.end())).isEqualTo(token.text());
        }
    }

    @Test
    void doesNotStartASentenceAtAClosingQuote() {
        List<Token> tokens = tokenizer.tokenize("He said \"no.\" Then he left.");
        assertThat(tokens).extracting(Token::sentence).containsExactly(0, 0, 0, 0, 0, 0, 1, 1, 1, 1);
    }

    @Test
    void treatsNonBreakingSpaceAsSpace() {
        assertThat(tokenizer.tokenize("Another\u00a0person tweeted")).extracting(Token::text)
                .containsExactly("Another", "person", "tweeted");
    }

    @Test
    void returnsNoTokensForBlankText() {
        assertThat(tokenizer.tokenize(" \n\t ")).isEmpty();
    }
}
