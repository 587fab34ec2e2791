package org.claimgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.claimgraph.core.Article;
import org.claimgraph.core.BadInputException;
import org.claimgraph.core.Format;
import org.claimgraph.core.RawDocument;
import org.claimgraph.core.Stage;
import org.junit.jupiter.api.Test;

/** Hostile and broken inputs, all synthetic: each gets a clear result in bounded time. */
class BadInputTest {
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();
    private static final String FIRST = "The council approved the new budget on Tuesday, after a long debate about"
            + " schools, roads and the harbour.";
    private static final String SECOND = "Officials said the money for the harbour would be paid out over three"
            + " years, starting in the spring.";

    private static Article html(String source, byte[] bytes) {
        return EXTRACTOR.extract(RawDocument.of(source, null, Format.HTML, bytes));
    }

    @Test
    void readsAroundAHundredThousandNestedElements() {
        String html = "<html><body><p>" + FIRST + "</p>" + "<div>".repeat(100_000) + "deep" + "</div>".repeat(100_000)
                + "<p>" + SECOND + "</p></body></html>";
        Article a = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> html("deep.html", html.getBytes(StandardCharsets.UTF_8)));
        assertThat(a.text()).startsWith(FIRST).endsWith(SECOND);
    }

    @Test
    void readsTheArticleAtTheTopOfAFiftyMegabytePage() {
        StringBuilder page = new StringBuilder("<html><body><article><p>" + FIRST + "</p><p>" + SECOND
                + "</p></article>");
        while (page.length() < 50_000_000) {
            page.append("<div class=\"teaser\"><a href=\"/more\">Another story you may like</a></div>\n");
        }
        Article a = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> html("huge.html", page.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(a.text()).isEqualTo(FIRST + "\n\n" + SECOND);
    }

    @Test
    void readsUtf8BytesUnderAWrongLegacyDeclaration() {
        String html = "<html><head><meta charset=\"windows-1251\"></head><body><p>Café society returns to the"
                + " harbour, as the old café by the pier reopens this week.</p></body></html>";
        assertThat(html("wrong-charset.html", html.getBytes(StandardCharsets.UTF_8)).text())
                .startsWith("Café society returns");
    }

    @Test
    void readsLegacyBytesUnderAWrongUtf8Declaration() {
        String html = "<html><head><meta charset=\"utf-8\"></head><body><p>Café society returns to the harbour,"
                + " as the old café by the pier reopens this week.</p></body></html>";
        assertThat(html("latin.html", html.getBytes(Charset.forName("windows-1252"))).text())
                .startsWith("Café society returns");
    }

    @Test
    void readsAPageWithAnUnknownCharsetLabel() {
        String html = "<html><head><meta charset=\"x-no-such-charset\"></head><body><p>" + FIRST
                + "</p></body></html>";
        assertThat(html("unknown-charset.html", html.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(FIRST);
    }

    @Test
    void rejectsAScriptOnlyPageNamingIt() {
        String html = "<html><head><title>App</title></head><body><div id=\"root\"></div><script>render('<p>"
                + FIRST + "</p>')</script></body></html>";
        BadInputException e = assertThrows(BadInputException.class,
                () -> html("app.html", html.getBytes(StandardCharsets.UTF_8)));
        assertThat(e.problem().source()).isEqualTo("app.html");
        assertThat(e.problem().stage()).isEqualTo(Stage.EXTRACT);
        assertThat(e.getMessage()).isEqualTo("page has no article text under 'App'; expected at least one paragraph"
                + " of body text");
    }

    @Test
    void readsMalformedMarkup() {
        String html = "<html><body><div><p>" + FIRST + "<p>" + SECOND + "</span></b></div></td><<>>< /p>";
        assertThat(html("broken.html", html.getBytes(StandardCharsets.UTF_8)).text())
                .isEqualTo(FIRST + "\n\n" + SECOND);
    }

    @Test
    void rejectsBinaryContent() {
        byte[] bytes = new byte[4096];
        bytes[0] = (byte) 0x89;
        BadInputException e = assertThrows(BadInputException.class, () -> html("image.png", bytes));
        assertThat(e.getMessage()).isEqualTo("content has 4095 NUL bytes in its first 4096 bytes; expected an HTML"
                + " page");
    }

    @Test
    void rejectsScrapedTextThatIsNotUtf8WithTheOffset() {
        byte[] bytes = ("Harbour news\n" + FIRST).getBytes(Charset.forName("windows-1252"));
        byte[] broken = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, broken, 0, 5);
        broken[5] = (byte) 0xE9;
        System.arraycopy(bytes, 5, broken, 6, bytes.length - 5);
        BadInputException e = assertThrows(BadInputException.class,
                () -> EXTRACTOR.extract(RawDocument.of("notes.txt", null, Format.TEXT, broken)));
        assertThat(e.problem().line()).isEqualTo("notes.txt:byte 5: text is not valid UTF-8; expected a UTF-8 text"
                + " file");
    }

    @Test
    void rejectsAnEmptyPage() {
        BadInputException e = assertThrows(BadInputException.class, () -> html("empty.html", new byte[0]));
        assertThat(e.getMessage()).startsWith("page has no article text");
    }
}
