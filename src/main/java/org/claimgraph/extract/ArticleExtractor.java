package org.claimgraph.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.claimgraph.core.Article;
import org.claimgraph.core.BadInputException;
import org.claimgraph.core.Format;
import org.claimgraph.core.RawDocument;
import org.claimgraph.core.Stage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Reads raw documents as news articles. Thread-safe. */
public final class ArticleExtractor {

    /**
     * Returns the article in the given document.
     *
     * @throws BadInputException when the content is not text in a known encoding
     */
    public Article extract(RawDocument doc) {
        Objects.requireNonNull(doc, "doc");
        return doc.format() == Format.HTML ? fromHtml(doc) : fromText(doc, decodeUtf8(doc));
    }

    private static Article fromHtml(RawDocument doc) {
        Document page = Jsoup.parse(new String(doc.content(), StandardCharsets.UTF_8), doc.url() == null ? "" : doc.url());
        String title = page.title().isBlank() ? null : page.title().strip();
        String text = String.join("\n\n", page.select("p").eachText());
        return new Article(doc.id(), doc.source(), doc.url(), title, null, null, null, null, null, text, List.of());
    }

    private static Article fromText(RawDocument doc, String content) {
        List<String> lines = content.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        String title = lines.isEmpty() ? null : lines.get(0);
        String text = String.join("\n\n", lines);
        return new Article(doc.id(), doc.source(), doc.url(), title, null, null, null, null, null, text, List.of());
    }

    static String decodeUtf8(RawDocument doc) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(doc.content()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException(doc.source(), Stage.EXTRACT, "",
                    "text is not valid UTF-8; expected a UTF-8 text file");
        }
    }
}
