package org.claimgraph.evaluation.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.claimgraph.claims.attribution.AttributionFinder;
import org.claimgraph.claims.attribution.Role;
import org.claimgraph.claims.attribution.RoleSpan;
import org.claimgraph.core.Span;
import org.junit.jupiter.api.Test;

class AnnotatorAgreementTest {
    private static final RoleSpan SOURCE = new RoleSpan(Role.SOURCE, new Span(0, 3));
    private static final RoleSpan CUE = new RoleSpan(Role.CUE, new Span(4, 8));
    private static final RoleSpan CONTENT = new RoleSpan(Role.CONTENT, new Span(9, 20));

    @Test
    void scoresEveryAnnotatorAgainstEveryOtherInBothDirections() {
        // the second annotator saw no source and cut the content shorter
        MultiplyAnnotated article = new MultiplyAnnotated("a", "Bob said he would win.",
                List.of(List.of(SOURCE, CUE, CONTENT), List.of(CUE, new RoleSpan(Role.CONTENT, new Span(9, 15)))));
        AnnotatorAgreement agreement = AnnotatorAgreement.of(List.of(article), new AttributionFinder());
        assertThat(agreement.pairs()).isEqualTo(2);
        AnnotatorAgreement.Scores people = agreement.annotators();
        assertThat(people.cue()).isEqualTo(new SpanScores(2, 2, 2, 2, 2));
        assertThat(people.source()).isEqualTo(new SpanScores(1, 1, 0, 0, 0));
        assertThat(people.content().exactF1()).isZero();
        assertThat(people.content().overlapF1()).isEqualTo(1.0);
        // the tagger finds "Bob" "said" "he would win": its source is right against the first annotator only
        assertThat(agreement.tagger().cue()).isEqualTo(new SpanScores(2, 2, 2, 2, 2));
        assertThat(agreement.tagger().source()).isEqualTo(new SpanScores(2, 1, 1, 1, 1));
    }

    @Test
    void anArticleNeedsTwoAnnotations() {
        assertThatThrownBy(() -> new MultiplyAnnotated("a", "text", List.of(List.of(CUE))))
                .hasMessageContaining("'a' has 1 annotations; expected at least two");
    }

    @Test
    void polnearAnnotatorsAgreeOnCuesLessThanTheIssueTargetAsks() {
        AttributionCorpus corpus = new AttributionCorpus(Path.of("../shared/corpus/polnear"));
        List<MultiplyAnnotated> train = corpus.multiplyAnnotated("train");
        assertThat(train).hasSize(16);
        // the rest is what a tagger compared with these annotators is trained on
        assertThat(corpus.articlesAnnotatedOnce("train")).hasSize(840 - 16)
                .noneMatch(a -> train.stream().anyMatch(m -> m.name().equals(a.name())));
        AnnotatorAgreement.Scores people = AnnotatorAgreement.of(train, new AttributionFinder()).annotators();
        // the ceiling the tagger's figures are read against: on these articles people agree on about 82% of cues
        assertThat(people.cue().overlapF1()).isBetween(0.80, 0.85);
        assertThat(people.source().overlapF1()).isBetween(0.82, 0.88);
        assertThat(people.content().overlapF1()).isBetween(0.85, 0.91);
    }

    @Test
    void onDevArticlesThatSixPeopleAnnotatedTheTaggerIsScoredInTheirPlace() {
        List<MultiplyAnnotated> dev = new AttributionCorpus(Path.of("../shared/corpus/polnear"))
                .multiplyAnnotated("dev");
        assertThat(dev).hasSize(2);
        assertThat(dev).allSatisfy(a -> assertThat(a.annotations()).hasSize(6));
        AnnotatorAgreement agreement = AnnotatorAgreement.of(dev, new AttributionFinder());
        assertThat(agreement.pairs()).isEqualTo(2 * 6 * 5);
        assertThat(agreement.tagger().cue().gold()).isEqualTo(agreement.annotators().cue().gold());
        assertThat(agreement.annotators().cue().overlapF1()).isGreaterThan(0.9);
        assertThat(agreement.tagger().cue().overlapF1()).isGreaterThanOrEqualTo(0.85);
        assertThat(agreement.tagger().source().overlapF1()).isGreaterThanOrEqualTo(0.83);
        assertThat(agreement.tagger().content().overlapF1()).isGreaterThanOrEqualTo(0.85);
    }
}
