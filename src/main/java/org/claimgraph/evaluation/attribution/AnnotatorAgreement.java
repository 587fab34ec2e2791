package org.claimgraph.evaluation.attribution;

import java.util.List;
import java.util.Locale;
import org.claimgraph.claims.attribution.Attribution;
import org.claimgraph.claims.attribution.AttributionFinder;
import org.claimgraph.claims.attribution.Role;
import org.claimgraph.claims.attribution.RoleSpan;
import org.claimgraph.core.Span;

/**
 * How far human annotators agree with each other, next to how far the tagger agrees with them on the same articles,
 * both scored exactly as the tagger's evaluation scores: every annotator in turn is the gold standard for every
 * other annotator (all ordered pairs) and for the tagger. Human agreement is the ceiling the tagger's figures are
 * read against.
 *
 * @param articles   articles annotated by several annotators
 * @param pairs      ordered pairs of annotators scored
 * @param annotators one annotator against another, summed over the pairs
 * @param tagger     the tagger against each annotator, in the place of the other annotator of each pair
 */
public record AnnotatorAgreement(int articles, int pairs, Scores annotators, Scores tagger) {
    /**
     * Span scores of the three roles.
     *
     * @param cue     cue span scores
     * @param source  source span scores
     * @param content content span scores
     */
    public record Scores(SpanScores cue, SpanScores source, SpanScores content) {
        static final Scores NONE = new Scores(new SpanScores(0, 0, 0, 0, 0), new SpanScores(0, 0, 0, 0, 0),
                new SpanScores(0, 0, 0, 0, 0));

        Scores plus(List<Span> cues, List<Span> sources, List<Span> contents, List<RoleSpan> gold) {
            return new Scores(cue.plus(score(cues, gold, Role.CUE)), source.plus(score(sources, gold, Role.SOURCE)),
                    content.plus(score(contents, gold, Role.CONTENT)));
        }

        Scores plus(List<RoleSpan> predicted, List<RoleSpan> gold) {
            return plus(ofRole(predicted, Role.CUE), ofRole(predicted, Role.SOURCE), ofRole(predicted, Role.CONTENT),
                    gold);
        }

        private static SpanScores score(List<Span> predicted, List<RoleSpan> gold, Role role) {
            return AttributionEvaluation.score(predicted, ofRole(gold, role));
        }

        private static List<Span> ofRole(List<RoleSpan> spans, Role role) {
            return AttributionEvaluation.goldSpans(spans, role);
        }
    }

    /** Returns the agreement over the articles, running the finder on each. */
    public static AnnotatorAgreement of(List<MultiplyAnnotated> articles, AttributionFinder finder) {
        Scores annotators = Scores.NONE;
        Scores tagger = Scores.NONE;
        int pairs = 0;
        for (MultiplyAnnotated article : articles) {
            List<List<RoleSpan>> annotations = article.annotations();
            List<Attribution> found = finder.find(article.text());
            List<Span> cues = AttributionEvaluation.spans(found, Role.CUE);
            List<Span> sources = AttributionEvaluation.spans(found, Role.SOURCE);
            List<Span> contents = AttributionEvaluation.spans(found, Role.CONTENT);
            for (int gold = 0; gold < annotations.size(); gold++) {
                for (int other = 0; other < annotations.size(); other++) {
                    if (other != gold) {
                        pairs++;
                        annotators = annotators.plus(annotations.get(other), annotations.get(gold));
                        // the tagger takes the other annotator's place, so both rows weigh articles alike
                        tagger = tagger.plus(cues, sources, contents, annotations.get(gold));
                    }
                }
            }
        }
        return new AnnotatorAgreement(articles.size(), pairs, annotators, tagger);
    }

    /** Returns both comparisons as the aligned tables the tagger's evaluation prints. */
    public String format() {
        return String.format(Locale.ROOT, "articles annotated by several annotators: %d%n", articles)
                + String.format(Locale.ROOT, "annotators, one scored against another as gold (%d ordered pairs):%n",
                        pairs)
                + RoleTable.format(annotators.cue(), annotators.source(), annotators.content())
                + "tagger, in the place of the other annotator of each pair:\n"
                + RoleTable.format(tagger.cue(), tagger.source(), tagger.content());
    }
}
