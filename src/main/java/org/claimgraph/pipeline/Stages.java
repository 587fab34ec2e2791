package org.claimgraph.pipeline;

import java.util.Objects;
import org.claimgraph.claims.attribution.AttributionFinder;
import org.claimgraph.claims.ClaimExtractor;
import org.claimgraph.extract.ArticleExtractor;
import org.claimgraph.nlp.Annotator;
import org.claimgraph.nlp.CoreNlpAnnotator;
import org.claimgraph.provenance.ProvenanceAnalyzer;
import org.claimgraph.resolve.EntityResolver;
import org.claimgraph.stories.StoryClusterer;

/**
 * The stage implementations a pipeline runs. All are thread-safe.
 *
 * @param extractor  raw documents to articles
 * @param annotator  articles to sentences, mentions and quantities
 * @param resolver   mentions to entities
 * @param claims     sentences to statements
 * @param stories    articles to stories and reuse
 * @param provenance statements to claims with origins
 */
public record Stages(ArticleExtractor extractor, Annotator annotator, EntityResolver resolver, ClaimExtractor claims,
        StoryClusterer stories, ProvenanceAnalyzer provenance) {
    /** Validates the fields. */
    public Stages {
        Objects.requireNonNull(extractor, "extractor");
        Objects.requireNonNull(annotator, "annotator");
        Objects.requireNonNull(resolver, "resolver");
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(stories, "stories");
        Objects.requireNonNull(provenance, "provenance");
    }

    /** Returns the default stages, loading the CoreNLP models (several seconds, once per process). */
    public static Stages defaults() {
        return withAnnotator(new CoreNlpAnnotator());
    }

    /** Returns the default stages around the given annotator. */
    public static Stages withAnnotator(Annotator annotator) {
        return new Stages(new ArticleExtractor(), annotator, new EntityResolver(),
                new ClaimExtractor(new AttributionFinder()),
                new StoryClusterer(), new ProvenanceAnalyzer());
    }
}
