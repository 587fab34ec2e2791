package org.claimgraph.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.claimgraph.core.AnnotatedArticle;
import org.claimgraph.core.Article;
import org.claimgraph.core.Claim;
import org.claimgraph.core.DocumentAnalysis;
import org.claimgraph.core.DocumentId;
import org.claimgraph.core.Hedge;
import org.claimgraph.core.Quantity;
import org.claimgraph.core.Span;
import org.claimgraph.core.Stance;
import org.claimgraph.core.Statement;
import org.junit.jupiter.api.Test;

class ProvenanceAnalyzerTest {
    @Test
    void oneOutletSpelledInTwoCasesIsOneIndependentSource() {
        DocumentAnalysis first = page("Der Spiegel reported a range of 2,000 km.", "Der Spiegel", 1);
        DocumentAnalysis second = page("According to der Spiegel, the range is 2,000 km.", "der Spiegel", 2);
        Claim claim = onlyClaim(first, second);
        assertThat(claim.documents()).hasSize(2);
        assertThat(claim.origin()).isEqualTo("Der Spiegel");
        assertThat(claim.independentSources()).isEqualTo(1);
    }

    @Test
    void twoOutletsThatEachReportItAreTwoIndependentSources() {
        DocumentAnalysis first = page("Der Spiegel reported a range of 2,000 km.", "Der Spiegel", 1);
        DocumentAnalysis second = page("Reuters reported a range of 2,000 km.", "Reuters", 2);
        Claim claim = onlyClaim(first, second);
        assertThat(claim.origin()).isEqualTo("Der Spiegel");
        assertThat(claim.independentSources()).isEqualTo(2);
    }

    private static Claim onlyClaim(DocumentAnalysis... pages) {
        List<Claim> claims = new ProvenanceAnalyzer().analyse(List.of(pages), List.of(), List.of(), List.of())
                .claims();
        assertThat(claims).hasSize(1);
        return claims.get(0);
    }

    private static DocumentAnalysis page(String text, String source, int day) {
        DocumentId id = DocumentId.ofText(text);
        Article article = new Article(id, "page-" + day, null, null, null, LocalDate.of(2024, 9, day), null, null,
                "en", text, List.of());
        int at = text.indexOf("2,000 km");
        Quantity range = new Quantity(2000, 2000, "km", Hedge.EXACT, new Span(at, at + 8), "2,000 km");
        Statement statement = new Statement(id, "Garpiya-3", "range", null, range, Stance.REPORTED, List.of(source),
                new Span(0, text.length()), text);
        return new DocumentAnalysis(new AnnotatedArticle(article, List.of(), List.of(), List.of(range)), List.of(),
                List.of(statement));
    }
}
