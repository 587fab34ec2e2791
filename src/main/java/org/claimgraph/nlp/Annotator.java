package org.claimgraph.nlp;

import org.claimgraph.core.AnnotatedArticle;
import org.claimgraph.core.Article;

/** Finds sentences, name mentions and quantities in an article. Implementations are thread-safe. */
public interface Annotator {
    /** Returns the article with its sentences, mentions and quantities, each sorted by offset. */
    AnnotatedArticle annotate(Article article);
}
