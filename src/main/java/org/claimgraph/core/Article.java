package org.claimgraph.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A document read as a news article. Fields the page does not state are {@code null}, never guessed.
 *
 * @param id             the raw document's id
 * @param source         the input as the user gave it
 * @param url            the canonical URL, or {@code null}
 * @param title          the headline, or {@code null}
 * @param byline         the author line, or {@code null}
 * @param published      the publication date (never the scrape date), or {@code null}
 * @param outlet         the site that served the page, or {@code null}
 * @param originalOutlet the outlet whose article this page republishes (itself when original), or {@code null}
 * @param language       the ISO 639-1 code of the body's language, or {@code null} when undetermined
 * @param text           the cleaned body, paragraphs separated by a blank line; offsets of later stages index it
 * @param citedSources   the named originators the page relies on, in text order
 */
public record Article(DocumentId id, String source, String url, String title, String byline, LocalDate published,
        String outlet, String originalOutlet, String language, String text, List<CitedSource> citedSources) {
    /** Validates the required fields and copies the list. */
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        citedSources = List.copyOf(citedSources);
    }

    /** Returns a copy with the given cited sources. */
    public Article withCitedSources(List<CitedSource> sources) {
        return new Article(id, source, url, title, byline, published, outlet, originalOutlet, language, text, sources);
    }

    /** Returns a copy with the given original outlet. */
    public Article withOriginalOutlet(String outletRepublished) {
        return new Article(id, source, url, title, byline, published, outlet, outletRepublished, language, text,
                citedSources);
    }

    /** Returns a copy with the given language. */
    public Article withLanguage(String newLanguage) {
        return new Article(id, source, url, title, byline, published, outlet, originalOutlet, newLanguage, text,
                citedSources);
    }
}
