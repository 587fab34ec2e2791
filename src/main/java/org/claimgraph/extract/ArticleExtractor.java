package org.claimgraph.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.claimgraph.core.Article;
import org.claimgraph.core.BadInputException;
import org.claimgraph.core.CitedSource;
import org.claimgraph.core.Format;
import org.claimgraph.core.RawDocument;
import org.claimgraph.core.Stage;

/**
 * Reads raw documents as news articles. A web page ({@link Format#HTML}) is read from its own metadata first
 * (JSON-LD, OpenGraph, {@code <meta>}, {@code <time>}), then from its DOM (a content-scoring extractor), then from
 * text patterns; scraped text ({@link Format#TEXT}) is read by classifying its lines. Both give the body with
 * paragraphs separated by a blank line, the cited sources, and the language. Fields the page does not state are
 * {@code null}. One instance is thread-safe and meant to be shared: it holds the language models.
 */
public final class ArticleExtractor {
    private final PageDecoder decoder = new PageDecoder();
    private final ScrapedTextReader textReader;
    private final HtmlReader htmlReader;
    private final CitedSourceFinder citations = new CitedSourceFinder();
    private final LanguageIdentifier languages;

    /** Creates an extractor with the default language models (see {@link LanguageIdentifier}). */
    public ArticleExtractor() {
        DateParser dates = new DateParser();
        Outlets outlets = new Outlets();
        this.textReader = new ScrapedTextReader(dates, outlets);
        this.htmlReader = new HtmlReader(dates, outlets);
        this.languages = new LanguageIdentifier();
    }

    /**
     * Returns the article in the given document.
     *
     * @throws BadInputException when the content is binary, is scraped text that is not valid UTF-8, or holds no
     *                           article text (the message says which and what was expected)
     */
    public Article extract(RawDocument doc) {
        Objects.requireNonNull(doc, "doc");
        byte[] bytes = doc.content();
        ArticleParts parts = doc.format() == Format.HTML
                ? htmlReader.read(decoder.decodeHtml(doc, bytes), doc.url())
                : textReader.read(decoder.decodeText(doc, bytes));
        if (parts.text().isBlank()) {
            throw new BadInputException(doc.source(), Stage.EXTRACT, "",
                    "page has no article text" + (parts.title() == null ? "" : " under '" + parts.title() + "'")
                            + "; expected at least one paragraph of body text");
        }
        List<CitedSource> cited = citations.find(parts.text(), ownNames(parts));
        String url = parts.url() != null ? parts.url() : doc.url();
        return new Article(doc.id(), doc.source(), url, parts.title(), parts.byline(), parts.published(),
                parts.outlet(), parts.originalOutlet(), languages.identify(parts.text()), parts.text(), cited);
    }

    private static Set<String> ownNames(ArticleParts parts) {
        Set<String> own = new HashSet<>();
        for (String name : new String[] {parts.outlet(), parts.originalOutlet()}) {
            if (name != null) {
                own.add(name.toLowerCase(Locale.ROOT));
            }
        }
        return own;
    }
}
