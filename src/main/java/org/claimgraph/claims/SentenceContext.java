package org.claimgraph.claims;

import java.util.List;
import org.claimgraph.core.Mention;
import org.claimgraph.core.Quantity;
import org.claimgraph.core.Span;

/**
 * One sentence with what the nlp stage found in it, and the entity name each mention resolves to.
 *
 * @param span        the sentence's offsets in the article
 * @param text        the sentence
 * @param mentions    name mentions inside it
 * @param quantities  quantities inside it
 * @param attribution who says it, innermost first; empty when the page asserts it
 */
record SentenceContext(Span span, String text, List<Mention> mentions, List<Quantity> quantities,
        List<String> attribution) {
}
