package org.claimgraph.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.claimgraph.claims.attribution.Attribution;
import org.claimgraph.claims.attribution.AttributionFinder;
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
    private final AttributionFinder attributions;

    /** Creates an extractor that finds attribution chains with the given finder (load it once, share it). */
    public ClaimExtractor(AttributionFinder attributions) {
        this.attributions = Objects.requireNonNull(attributions, "attributions");
    }

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
        String lastOrganisation = null;
        List<Attribution> found = attributions.find(article.text());
        Resolved resolved = new Resolved(doc, mentionsOf(doc, entityAt), entityAt);
        for (Sentence sentence : doc.sentences()) {
            List<String> chain = chainOf(sentence.span(), found);
            SentenceContext ctx = context(resolved, sentence, new Sources(relayed, page, lastSpeaker, chain));
            SentenceReader reader = new SentenceReader(article.id(), ctx, entityAt, lastProduct, lastOrganisation);
            statements.addAll(reader.quantityStatements());
            statements.addAll(reader.relationStatements());
            statements.addAll(reader.actionStatements());
            statements.addAll(stanceStatements.find(article.id(), ctx, entityAt));
            lastSpeaker = reader.lastOfType(EntityType.PERSON).orElse(lastSpeaker);
            lastProduct = reader.lastOfType(EntityType.PRODUCT).orElse(lastProduct);
            lastOrganisation = reader.lastOfType(EntityType.ORG).orElse(lastOrganisation);
        }
        return statements;
    }

    /** "Russian dictator Vladimir Putin" is Vladimir Putin: a source phrase that names one entity is that entity. */
    private static String namedIn(String source, List<Mention> mentions, Map<Span, Entity> entityAt) {
        List<String> named = mentions.stream().filter(m -> source.contains(m.text()))
                .filter(m -> entityAt.containsKey(m.span())).map(m -> entityAt.get(m.span()))
                .filter(e -> e.type() == EntityType.PERSON || e.type() == EntityType.ORG)
                .map(Entity::name).distinct().toList();
        return named.size() == 1 && !source.matches("(?i).*\\b(documents?|reports?|sources?)\\b.*") ? named.get(0)
                : source;
    }

    /** Returns the chain of the attribution whose cue or content lies in the sentence, innermost first. */
    private static List<String> chainOf(Span sentence, List<Attribution> found) {
        for (Attribution a : found) {
            boolean cueInside = a.cue() != null && sentence.contains(a.cue());
            boolean contentInside = a.contents().stream().anyMatch(sentence::overlaps);
            if ((cueInside || contentInside) && !a.chain().isEmpty()) {
                return a.chain();
            }
        }
        return List.of();
    }

    /** What the attribution of a sentence is built from. */
    private record Sources(String relayed, String page, String lastSpeaker, List<String> found) {
    }

    /** A document with its mentions as resolution left them, computed once for all its sentences. */
    private record Resolved(AnnotatedArticle doc, List<Mention> mentions, Map<Span, Entity> entityAt) {
    }

    private static SentenceContext context(Resolved resolved, Sentence sentence, Sources sources) {
        AnnotatedArticle doc = resolved.doc();
        Map<Span, Entity> entityAt = resolved.entityAt();
        String relayed = sources.relayed();
        String page = sources.page();
        String lastSpeaker = sources.lastSpeaker();
        Span span = sentence.span();
        String text = span.of(doc.article().text());
        List<Mention> mentions = resolved.mentions().stream().filter(m -> span.contains(m.span())).toList();
        List<Quantity> quantities = doc.quantities().stream().filter(q -> span.contains(q.span())).toList();
        List<String> chain = new ArrayList<>();
        List<String> given = sources.found().isEmpty() ? AttributionCues.sourcesOf(text, relayed, lastSpeaker)
                : sources.found();
        for (String source : given) {
            String named = namedIn(source, mentions, entityAt);
            if (!chain.contains(named)) {
                chain.add(named);
            }
        }
        // the outlet the page relays and the page's own outlet close every chain, in that order
        for (String outer : new String[] {relayed, page}) {
            if (outer != null) {
                chain.remove(outer);
                chain.add(outer);
            }
        }
        return new SentenceContext(span, text, mentions, quantities, chain);
    }

    /** The document's mentions as resolution left them: each occurrence of an entity, typed by its entity. */
    private static List<Mention> mentionsOf(AnnotatedArticle doc, Map<Span, Entity> entityAt) {
        List<Mention> all = new ArrayList<>();
        entityAt.forEach((span, e) -> all.add(new Mention(span, span.of(doc.article().text()), e.type(), "entity")));
        doc.mentions().stream().filter(m -> !entityAt.containsKey(m.span())).forEach(all::add);
        all.sort(java.util.Comparator.comparing(Mention::span));
        return all;
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
