package org.claimgraph.core;

import java.util.List;
import java.util.Objects;

/**
 * Everything learned from one document on its own: its annotations, the entities it names (resolved within the
 * document) and the statements it makes. Stored in one transaction, so a document is either fully there or absent.
 */
public record DocumentAnalysis(AnnotatedArticle annotated, List<Entity> entities, List<Statement> statements) {
    /** Validates and copies the fields. */
    public DocumentAnalysis {
        Objects.requireNonNull(annotated, "annotated");
        entities = List.copyOf(entities);
        statements = List.copyOf(statements);
    }

    /** Returns the article. */
    public Article article() {
        return annotated.article();
    }

    /** Returns the document id. */
    public DocumentId id() {
        return annotated.article().id();
    }
}
