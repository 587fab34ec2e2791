package org.claimgraph.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Reads a web page. Thread-safe. */
final class HtmlReader {
    /** Creates a reader. */
    HtmlReader(DateParser dates, Outlets outlets) {
        // collaborators arrive with the metadata reader
    }

    /** Returns the article parts of the page. */
    ArticleParts read(String html, String url) {
        Document page = Jsoup.parse(html, url == null ? "" : url);
        String title = page.title().isBlank() ? null : page.title().strip();
        return new ArticleParts(title, null, null, null, null, null, String.join("\n\n", page.select("p").eachText()));
    }
}
