package org.claimgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.claimgraph.core.Article;
import org.claimgraph.core.Format;
import org.claimgraph.core.RawDocument;
import org.junit.jupiter.api.Test;

/** A synthetic news page read through the public API. */
class HtmlExtractionTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/extract");
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    private static Article page(String name) throws IOException {
        return EXTRACTOR.extract(RawDocument.of(name, null, Format.HTML, Files.readAllBytes(FIXTURES.resolve(name))));
    }

    @Test
    void readsMetadataFirst() throws IOException {
        Article a = page("article.html");
        assertThat(a.title()).isEqualTo("Harbour council approves ferry plan");
        assertThat(a.byline()).isEqualTo("Jane Example");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 9, 25));
        assertThat(a.outlet()).isEqualTo("Example Coast News");
        assertThat(a.url()).isEqualTo("https://news.example.org/2024/09/25/ferry-plan");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.originalOutlet()).isEqualTo("coastwire.example");
    }

    @Test
    void keepsTheFourParagraphsAndNothingElse() throws IOException {
        String[] paragraphs = page("article.html").text().split("\n\n");
        assertThat(paragraphs).hasSize(4);
        assertThat(paragraphs[0]).startsWith("The harbour council approved a plan on Wednesday");
        assertThat(paragraphs[3]).isEqualTo("The council said the first boat could sail next June, if the shipyard"
                + " delivers it on time, and that a study of the bay would be published before then.");
    }

    @Test
    void decodesADeclaredLegacyCharset() throws IOException {
        Article a = page("windows-1251.html");
        assertThat(a.title()).isEqualTo("Совет одобрил план парома");
        assertThat(a.text()).startsWith("Совет порта в среду одобрил план второго парома");
        assertThat(a.language()).isEqualTo("ru");
    }
}
