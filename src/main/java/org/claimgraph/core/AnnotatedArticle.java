package org.claimgraph.core;

import java.util.List;
import java.util.Objects;

/**
 * An article with the output of the nlp stage: sentences, name mentions and quantities, each sorted by offset.
 */
public record AnnotatedArticle(Article article, List<Sentence> sentences, List<Mention> mentions,
        List<Quantity> quantities) {
    /** Validates and copies the lists. */
    public AnnotatedArticle {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        quantities = List.copyOf(quantities);
    }
}
