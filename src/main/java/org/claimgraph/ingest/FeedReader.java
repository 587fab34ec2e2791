package org.claimgraph.ingest;

import java.nio.charset.StandardCharsets;
import org.claimgraph.core.Format;
import org.claimgraph.core.Problem;
import org.claimgraph.core.Stage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads RSS 2.0 and Atom feeds: each item with content becomes an HTML document made of its title, date and
 * content, with the item's link as its source and URL. An item without content is skipped; a feed without items
 * is a problem.
 */
final class FeedReader {

    static boolean isFeed(byte[] head) {
        String start = new String(head, 0, Math.min(head.length, 2048), StandardCharsets.UTF_8);
        return start.contains("<rss") || start.contains("<feed") && start.contains("http://www.w3.org/2005/Atom");
    }

    void read(String source, byte[] content, DocumentSink sink) {
        Document feed = Jsoup.parse(new String(content, StandardCharsets.UTF_8), "", Parser.xmlParser());
        int items = 0;
        for (Element item : feed.select("item, entry")) {
            items++;
            String link = link(item);
            String body = first(item, "content|encoded, encoded, content, description, summary");
            if (body.isBlank()) {
                continue;
            }
            String title = first(item, "title");
            String date = first(item, "pubDate, published, updated, dc|date");
            String html = "<html><head><title>" + escape(title) + "</title>"
                    + (date.isBlank() ? "" : "<meta property=\"article:published_time\" content=\"" + escape(date)
                            + "\">")
                    + "</head><body><article><h1>" + escape(title) + "</h1>" + body + "</article></body></html>";
            String itemSource = link.isEmpty() ? source + "#item" + items : link;
            DocumentReader.accept(itemSource, link.isEmpty() ? null : link, Format.HTML,
                    html.getBytes(StandardCharsets.UTF_8), sink);
        }
        if (items == 0) {
            sink.reject(new Problem(source, Stage.INGEST, "", "feed has no <item> or <entry>; expected an RSS 2.0 "
                    + "or Atom feed with items"));
        }
    }

    private static String link(Element item) {
        Element atom = item.selectFirst("link[href]");
        if (atom != null) {
            return atom.attr("href").strip();
        }
        return first(item, "link");
    }

    private static String first(Element item, String selector) {
        Element e = item.selectFirst(selector);
        return e == null ? "" : e.text().isBlank() ? e.html() : e.wholeText().strip();
    }

    private static String escape(String text) {
        return org.jsoup.nodes.Entities.escape(text);
    }
}
