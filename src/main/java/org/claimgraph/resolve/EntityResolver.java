package org.claimgraph.resolve;

import java.util.List;
import java.util.Objects;
import org.claimgraph.core.AnnotatedArticle;
import org.claimgraph.core.Entity;

/** Turns mentions into entities, within one document and across documents. Thread-safe. */
public final class EntityResolver {
    private final DocumentEntityResolver withinDocument = new DocumentEntityResolver();
    private final CorpusEntityResolver acrossDocuments = new CorpusEntityResolver();

    /** Returns the entities one document names, each with its aliases, type and mentions, in first-seen order. */
    public List<Entity> resolveWithin(AnnotatedArticle doc) {
        Objects.requireNonNull(doc, "doc");
        return withinDocument.resolve(doc).stream().map(EntityDraft::toEntity).toList();
    }

    /**
     * Returns the corpus's entities: the per-document entities merged across documents, spellings and scripts,
     * most-mentioned first.
     */
    public List<Entity> resolveAcross(List<Entity> perDocument) {
        Objects.requireNonNull(perDocument, "perDocument");
        return acrossDocuments.merge(perDocument).stream()
                .sorted((a, b) -> a.mentions().size() != b.mentions().size()
                        ? Integer.compare(b.mentions().size(), a.mentions().size())
                        : a.name().compareTo(b.name()))
                .toList();
    }
}
