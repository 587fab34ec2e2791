package org.claimgraph.extract;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a reader found in one page, before language and cited sources are added. Unknown fields are {@code null}.
 *
 * @param title          the headline
 * @param byline         the author line
 * @param published      the publication date
 * @param outlet         the site that served the page
 * @param originalOutlet the outlet the page republishes, or itself when original
 * @param url            the canonical URL
 * @param text           the body, paragraphs separated by a blank line; never null
 */
record ArticleParts(String title, String byline, LocalDate published, String outlet, String originalOutlet,
        String url, String text) {
    /** Validates the text. */
    ArticleParts {
        Objects.requireNonNull(text, "text");
    }
}
