package org.claimgraph.extract;

/**
 * What a page says about itself in its markup. Each field is {@code null} when the page does not say it.
 *
 * @param title       the headline (JSON-LD {@code headline}, {@code og:title}, {@code <title>})
 * @param byline      the authors, comma-separated
 * @param published   the publication date as written (ISO in JSON-LD and OpenGraph)
 * @param outlet      the site name ({@code og:site_name}, the JSON-LD publisher)
 * @param url         the canonical URL
 * @param articleBody the JSON-LD {@code articleBody}, a fallback when the DOM yields nothing
 */
record PageMetadata(String title, String byline, String published, String outlet, String url, String articleBody) {
}
