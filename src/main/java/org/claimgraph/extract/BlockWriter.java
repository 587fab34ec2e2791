package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Writes chosen content elements as paragraphs of text: one paragraph per block element, whitespace collapsed.
 * Skips headlines, captions, link lists and link-heavy boxes inside the content. Not thread-safe; one per page.
 */
final class BlockWriter {
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "pre", "blockquote",
            "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "header",
            "dl", "dd", "dt", "br", "hr", "address", "center", "details", "summary", "caption");
    private static final Set<String> SKIP = Set.of("h1", "figcaption", "caption", "address", "sup");
    private final TextStats stats;
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int currentLinkChars;
    private int inLink;

    /** Creates a writer that judges link density with the given counts. */
    BlockWriter(TextStats stats) {
        this.stats = stats;
    }

    /**
     * A paragraph of output and how much of it was link text.
     *
     * @param text      the paragraph
     * @param linkChars its characters inside links
     */
    record Block(String text, int linkChars) {
        /** Returns the share of link text. */
        double linkDensity() {
            int n = text.replace(" ", "").length();
            return n == 0 ? 0 : (double) linkChars / n;
        }
    }

    /** Writes the elements and returns the paragraphs, in order. */
    List<Block> write(List<Element> roots) {
        for (Element root : roots) {
            NodeTraversor.filter(new Filter(), root);
            flush();
        }
        return List.copyOf(blocks);
    }

    private boolean isJunk(Element e) {
        if (SKIP.contains(e.normalName())) {
            return true;
        }
        if (e.nameIs("figure") || e.nameIs("header")) {
            return stats.paragraphChars(e) == 0;
        }
        boolean box = e.nameIs("div") || e.nameIs("section") || e.nameIs("ul") || e.nameIs("ol")
                || e.nameIs("table") || e.nameIs("dl");
        // tables of results link their names, and still are the story
        double limit = e.nameIs("table") ? 0.65 : 0.5;
        if (e.nameIs("ul") || e.nameIs("ol")) {
            // a list of short items that are mostly links is navigation; long items with a linked lead are text
            int perItem = stats.chars(e) / Math.max(1, e.childrenSize());
            limit = perItem > 100 ? 0.6 : 0.35;
        }
        return box && stats.linkDensity(e) > limit && stats.chars(e) < 3000;
    }

    private void flush() {
        String text = current.toString().strip();
        if (!text.isEmpty()) {
            blocks.add(new Block(text, currentLinkChars));
        }
        current.setLength(0);
        currentLinkChars = 0;
    }

    /** Visits nodes in page order, skipping junk subtrees. */
    private final class Filter implements NodeFilter {
        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                appendText(t.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (node instanceof Element e) {
                if (isJunk(e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (BLOCKS.contains(e.normalName())) {
                    flush();
                } else if ((e.nameIs("td") || e.nameIs("th")) && current.length() > 0) {
                    // a table row is one paragraph, its cells separated by spaces
                    current.append(' ');
                }
                inLink += e.nameIs("a") ? 1 : 0;
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e) {
                inLink -= e.nameIs("a") ? 1 : 0;
                if (BLOCKS.contains(e.normalName())) {
                    flush();
                }
            }
            return FilterResult.CONTINUE;
        }
    }

    private void appendText(String raw) {
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char ch = raw.charAt(i);
            if (Character.isWhitespace(ch) || ch == '\u00a0') {
                space = true;
                continue;
            }
            if (space && current.length() > 0 && current.charAt(current.length() - 1) != ' ') {
                current.append(' ');
            }
            space = false;
            current.append(ch);
            currentLinkChars += inLink > 0 ? 1 : 0;
        }
        if (space && current.length() > 0) {
            current.append(' ');
        }
    }
}
