package org.claimgraph.pipeline;

import java.util.List;
import org.claimgraph.core.AnnotatedArticle;
import org.claimgraph.core.Article;
import org.claimgraph.core.BadInputException;
import org.claimgraph.core.DocumentAnalysis;
import org.claimgraph.core.Entity;
import org.claimgraph.core.Problem;
import org.claimgraph.core.RawDocument;
import org.claimgraph.core.Stage;
import org.claimgraph.core.Statement;
import org.claimgraph.claims.attribution.WireDetector;
import org.claimgraph.nlp.CoreNlpAnnotator;

/** Analyses one document on its own: extract, annotate, resolve within it, extract statements. */
final class DocumentWork {
    private final Stages stages;
    private final StageClock clock;
    private final WireDetector wires = new WireDetector();

    DocumentWork(Stages stages, StageClock clock) {
        this.stages = stages;
        this.clock = clock;
    }

    /** The outcome for one document: its analysis, or the problem that failed it. */
    record Outcome(RawDocument raw, DocumentAnalysis analysis, Problem problem, List<Problem> warnings) {
    }

    Outcome analyse(RawDocument raw) {
        Stage stage = Stage.EXTRACT;
        try {
            Article article = clock.time(Stage.EXTRACT, () -> withWire(stages.extractor().extract(raw)));
            stage = Stage.NLP;
            AnnotatedArticle annotated = clock.time(Stage.NLP, () -> stages.annotator().annotate(article));
            stage = Stage.RESOLVE;
            List<Entity> entities = clock.time(Stage.RESOLVE, () -> stages.resolver().resolveWithin(annotated));
            stage = Stage.CLAIMS;
            List<Statement> statements = clock.time(Stage.CLAIMS,
                    () -> stages.claims().extract(annotated, entities));
            return new Outcome(raw, new DocumentAnalysis(annotated, entities, statements), null, warnings(article));
        } catch (BadInputException e) {
            return new Outcome(raw, null, e.problem(), List.of());
        } catch (RuntimeException | StackOverflowError e) {
            // a defect or a pathological input in one stage fails this document only; the message says where
            return new Outcome(raw, null, new Problem(raw.source(), stage, "",
                    "could not be analysed (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                            + "); this is a bug, please report it with the input"), List.of());
        }
    }

    /** A page that says nothing of its origin but carries a wire's dateline or credit republishes that wire. */
    private Article withWire(Article article) {
        if (article.originalOutlet() != null) {
            return article;
        }
        return wires.findWire(article.text()).map(article::withOriginalOutlet).orElse(article);
    }

    private static List<Problem> warnings(Article article) {
        int length = article.text().length();
        if (length <= CoreNlpAnnotator.MAX_CHARS) {
            return List.of();
        }
        return List.of(new Problem(article.source(), Stage.NLP, "", String.format(java.util.Locale.ROOT,
                "text is %,d characters; only the first %,d were searched for names, quantities and claims",
                length, CoreNlpAnnotator.MAX_CHARS)));
    }
}
