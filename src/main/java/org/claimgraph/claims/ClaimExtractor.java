package org.claimgraph.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.claimgraph.core.AnnotatedArticle;
import org.claimgraph.core.Article;
import org.claimgraph.core.Entity;
import org.claimgraph.core.EntityMention;
import org.claimgraph.core.EntityType;
import org.claimgraph.core.Mention;
import org.claimgraph.core.Quantity;
import org.claimgraph.core.Sentence;
import org.claimgraph.core.Span;
import org.claimgraph.core.Statement;

/**
 * Extracts the statements a document makes: quantities of entities (range, payload, capacity, counts, money),
 * relations (subsidiary of, upgrade of, intermediary for...), and denials, non-confirmations and refusals to
 * comment, each with its stance, attribution chain and evidence sentence. Thread-safe.
 */
public final class ClaimExtractor {
    private final StanceStatements stanceStatements = new StanceStatements();

    /** Returns the document's statements in text order. */
    public List<Statement> extract(AnnotatedArticle doc, List<Entity> entities) {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(entities, "entities");
        Article article = doc.article();
        Map<Span, Entity> entityAt = entityBySpan(entities);
        String relayed = AttributionCues.relayedOutlet(article, doc.mentions()).orElse(null);
        String page = article.originalOutlet() != null ? article.originalOutlet() : article.outlet();
        List<Statement> statements = new ArrayList<>();
        String lastSpeaker = null;
        String lastProduct = null;
        for (Sentence sentence : doc.sentences()) {
            SentenceContext ctx = context(doc, sentence, relayed, page, lastSpeaker);
            SentenceReader reader = new SentenceReader(article.id(), ctx, entityAt, lastProduct);
            statements.addAll(reader.quantityStatements());
            statements.addAll(reader.relationStatements());
            statements.addAll(stanceStatements.find(article.id(), ctx, entityAt));
            lastSpeaker = reader.lastOfType(EntityType.PERSON).orElse(lastSpeaker);
            lastProduct = reader.lastOfType(EntityType.PRODUCT).orElse(lastProduct);
        }
        return statements;
    }

    private static SentenceContext context(AnnotatedArticle doc, Sentence sentence, String relayed, String page,
            String lastSpeaker) {
        Span span = sentence.span();
        String text = span.of(doc.article().text());
        List<Mention> mentions = doc.mentions().stream().filter(m -> span.contains(m.span())).toList();
        List<Quantity> quantities = doc.quantities().stream().filter(q -> span.contains(q.span())).toList();
        List<String> chain = new ArrayList<>(AttributionCues.sourcesOf(text, relayed, lastSpeaker));
        for (String outer : new String[] {relayed, page}) {
            if (outer != null && !chain.contains(outer)) {
                chain.add(outer);
            }
        }
        return new SentenceContext(span, text, mentions, quantities, chain);
    }

    private static Map<Span, Entity> entityBySpan(List<Entity> entities) {
        Map<Span, Entity> bySpan = new HashMap<>();
        for (Entity e : entities) {
            for (EntityMention m : e.mentions()) {
                bySpan.put(m.span(), e);
            }
        }
        return bySpan;
    }
}
