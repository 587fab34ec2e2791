package org.claimgraph.evaluation.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimgraph.claims.attribution.LabelledText;
import org.claimgraph.claims.attribution.Role;
import org.claimgraph.claims.attribution.RoleSpan;
import org.claimgraph.core.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttributionCorpusTest {
    @Test
    void readsBratSpansOnePerFragmentAndSkipsOtherTypesAndContinuationLines(@TempDir Path dir) throws IOException {
        Path ann = dir.resolve("a_1f.ann");
        Files.writeString(ann, "T1\tSource 0 3\tBob\nT2\tCue 4 8\tsaid\nT3\tContent 9 12;14 20\tit … really\n"
                + "continued text of a multi-line span\nT4\tDiscuss 0 3\tBob\n"
                + "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n#1\tAnnotatorNotes T1\tnote\n");
        List<RoleSpan> spans = AttributionCorpus.spans(ann, 30);
        assertThat(spans).containsExactly(new RoleSpan(Role.SOURCE, new Span(0, 3)),
                new RoleSpan(Role.CUE, new Span(4, 8)), new RoleSpan(Role.CONTENT, new Span(9, 12)),
                new RoleSpan(Role.CONTENT, new Span(14, 20)));
    }

    @Test
    void holdsOutEveryNthArticle() {
        List<AttributionArticle> articles = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            articles.add(new AttributionArticle("a" + i,
                    new LabelledText("text", List.of()), Optional.empty()));
        }
        assertThat(AttributionCorpus.everyNth(articles, 3, true)).extracting(AttributionArticle::name)
                .containsExactly("a2", "a5");
        assertThat(AttributionCorpus.everyNth(articles, 3, false)).extracting(AttributionArticle::name)
                .containsExactly("a0", "a1", "a3", "a4", "a6");
        assertThat(AttributionCorpus.everyNth(articles, 0, true)).hasSize(7);
    }

    @Test
    void normalisesWireNames() {
        assertThat(AttributionCorpus.normalisedWire("reuters")).contains("Reuters");
        assertThat(AttributionCorpus.normalisedWire("AP")).contains("AP");
        assertThat(AttributionCorpus.normalisedWire("None")).isEqualTo(Optional.empty());
        assertThat(AttributionCorpus.normalisedWire("NA")).isEqualTo(Optional.empty());
    }

    @Test
    void scoresExactAndOverlapMatches() {
        SpanScores s = AttributionEvaluation.score(List.of(new Span(0, 5), new Span(10, 12), new Span(30, 31)),
                List.of(new Span(0, 5), new Span(11, 20), new Span(40, 45)));
        assertThat(s).isEqualTo(new SpanScores(3, 3, 1, 2, 2));
        assertThat(s.exactF1()).isEqualTo(1.0 / 3);
        assertThat(s.overlapPrecision()).isEqualTo(2.0 / 3);
    }
}
