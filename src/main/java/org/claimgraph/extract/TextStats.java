package org.claimgraph.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Counts, for every element of a tree, its text characters (whitespace excluded), the characters inside links,
 * the characters inside paragraphs and the commas. One iterative pass, so any nesting depth is safe. Not
 * thread-safe; make one per page.
 */
final class TextStats {
    /** A paragraph shorter than this many characters is not counted as paragraph text. */
    static final int MIN_PARAGRAPH_CHARS = 20;
    private final Map<Element, int[]> counts = new IdentityHashMap<>();

    private TextStats() {
    }

    /** Returns the counts of the tree under the root. */
    static TextStats of(Element root) {
        TextStats stats = new TextStats();
        NodeTraversor.traverse(stats.new Counter(), root);
        return stats;
    }

    /** Returns the non-whitespace characters under the element. */
    int chars(Element e) {
        return get(e)[0];
    }

    /** Returns the share of the element's characters that are link text, from 0 to 1. */
    double linkDensity(Element e) {
        int[] c = get(e);
        return c[0] == 0 ? 0 : (double) c[1] / c[0];
    }

    /** Returns the characters under the element that lie in paragraphs. */
    int paragraphChars(Element e) {
        return get(e)[2];
    }

    /** Returns the commas under the element. */
    int commas(Element e) {
        return get(e)[3];
    }

    private int[] get(Element e) {
        int[] c = counts.get(e);
        return c == null ? new int[4] : c;
    }

    /** Accumulates counts bottom-up with an explicit stack of open elements. */
    private final class Counter implements NodeVisitor {
        private final Deque<int[]> open = new ArrayDeque<>();
        private int inLink;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element e) {
                int[] c = new int[4];
                counts.put(e, c);
                open.push(c);
                inLink += e.nameIs("a") ? 1 : 0;
            } else if (node instanceof TextNode t && !open.isEmpty()) {
                String s = t.getWholeText();
                int n = 0;
                int commas = 0;
                for (int i = 0; i < s.length(); i++) {
                    char ch = s.charAt(i);
                    n += Character.isWhitespace(ch) ? 0 : 1;
                    commas += ch == ',' || ch == '，' || ch == '、' ? 1 : 0;
                }
                int[] c = open.peek();
                c[0] += n;
                c[1] += inLink > 0 ? n : 0;
                c[3] += commas;
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                int[] c = open.pop();
                inLink -= e.nameIs("a") ? 1 : 0;
                if ((e.nameIs("p") || e.nameIs("pre")) && c[2] == 0 && c[0] - c[1] >= MIN_PARAGRAPH_CHARS) {
                    c[2] = c[0];
                }
                if (!open.isEmpty()) {
                    int[] parent = open.peek();
                    for (int i = 0; i < 4; i++) {
                        parent[i] += c[i];
                    }
                }
            }
        }
    }
}
