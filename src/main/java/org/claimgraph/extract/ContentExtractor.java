package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article text in a page's DOM. Furniture is pruned first (by tag, by hidden state, and by class and id
 * words unless the element holds much of the page's paragraph text). Each paragraph then scores its parent fully,
 * its grandparent half and its great-grandparent a sixth (more for longer, comma-rich paragraphs); scores are cut
 * by link density and moved by class and id words. The best container wins, widened to the ancestor shared by the
 * strongest rivals, and joined by siblings that score well or read as paragraphs. Stateless and thread-safe.
 */
final class ContentExtractor {
    private static final Set<String> JUNK_TAGS = Set.of("script", "style", "noscript", "template", "svg", "iframe",
            "object", "embed", "canvas", "button", "input", "select", "textarea", "nav", "aside", "footer", "link",
            "meta", "dialog", "menu");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "pre", "blockquote",
            "td", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "header", "dl", "dd");
    private static final double RIVAL_SHARE = 0.75;
    private static final int RIVALS = 5;
    private static final int RIVALS_NEEDED = 3;
    /** A sibling holding this many {@code <article>} elements is a list of teasers, not more of the story. */
    private static final int TEASER_ARTICLES = 3;

    /**
     * The chosen content and the counts of the pruned page.
     *
     * @param elements the content elements, in page order; empty when the page has no article
     * @param stats    the text counts of the pruned page
     */
    record Selection(List<Element> elements, TextStats stats) {
    }

    /** Returns the chosen content elements, in page order, after pruning the page in place. */
    Selection select(Document page) {
        Element body = page.body();
        if (body == null) {
            return new Selection(List.of(), null);
        }
        TextStats before = TextStats.of(body);
        prune(body, before);
        TextStats stats = TextStats.of(body);
        Map<Element, Double> scores = score(body, stats);
        Element top = best(scores);
        if (top == null) {
            return new Selection(List.of(), stats);
        }
        double topScore = scores.get(top);
        top = sharedAncestor(top, scores);
        List<Element> chosen = withSiblings(top, Math.max(topScore, scores.getOrDefault(top, 0.0)), scores, stats);
        return new Selection(withTwins(body, top, chosen, stats), stats);
    }

    private static void prune(Element body, TextStats stats) {
        int total = Math.max(1, stats.paragraphChars(body));
        List<Element> junk = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body || e.nameIs("html")) {
                continue;
            }
            boolean junkTag = JUNK_TAGS.contains(e.normalName()) || e.nameIs("form") && stats.paragraphChars(e) == 0;
            boolean hidden = e.hasAttr("hidden") || e.hasAttr("style") && isHiddenStyle(e.attr("style"));
            // quotes keep their class words: an embedded post is quoted text of the article
            boolean furniture = !e.nameIs("blockquote") && ClassHints.isFurniture(e)
                    && (!ClassHints.isContent(e) || stats.linkDensity(e) > 0.5);
            int paragraphs = stats.paragraphChars(e);
            boolean holdsText = ClassHints.isStrongFurniture(e) ? paragraphs * 5 >= total * 4
                    : paragraphs * 2 >= total || paragraphs * 4 >= total && stats.linkDensity(e) < 0.5;
            if (junkTag || hidden || furniture && !holdsText) {
                junk.add(e);
            }
        }
        junk.forEach(e -> {
            if (e.parent() != null) {
                e.remove();
            }
        });
    }

    private static boolean isHiddenStyle(String style) {
        String s = style.replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    private static Map<Element, Double> score(Element body, TextStats stats) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element e : body.getAllElements()) {
            if (!isParagraph(e, stats)) {
                continue;
            }
            boolean inParagraph = e.nameIs("p") || e.nameIs("pre");
            int all = inParagraph ? stats.chars(e) : ownChars(e, stats);
            int chars = all - (int) (all * stats.linkDensity(e));
            double s = 1 + stats.commas(e) + Math.min(chars / 100.0, 3);
            // text held directly by a box scores the box itself, as if it were wrapped in a paragraph
            Element a = inParagraph ? e.parent() : e;
            for (int level = 0; level < 3 && a != null && a != body.parent(); level++, a = a.parent()) {
                double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / 6;
                scores.merge(a, base(a) + s * share, (old, add) -> old + s * share);
            }
        }
        scores.replaceAll((e, s) -> s * (1 - stats.linkDensity(e)));
        return scores;
    }

    private static boolean isParagraph(Element e, TextStats stats) {
        if (stats.chars(e) < TextStats.MIN_PARAGRAPH_CHARS) {
            return false;
        }
        if (e.nameIs("p") || e.nameIs("pre")) {
            return true;
        }
        if (!(e.nameIs("div") || e.nameIs("section") || e.nameIs("td") || e.nameIs("blockquote")
                || e.nameIs("article") || e.nameIs("main"))) {
            return false;
        }
        return ownChars(e, stats) >= TextStats.MIN_PARAGRAPH_CHARS * 2;
    }

    /** Returns the characters of the element that are not inside a block child: text it holds as a paragraph. */
    private static int ownChars(Element e, TextStats stats) {
        int own = stats.chars(e);
        for (Element child : e.children()) {
            if (BLOCKS.contains(child.normalName())) {
                own -= stats.chars(child);
            }
        }
        return own;
    }

    private static double base(Element e) {
        double tag = switch (e.normalName()) {
            case "article" -> 10;
            case "div", "main" -> 5;
            case "pre", "td", "blockquote", "section" -> 3;
            case "form", "ul", "ol", "li", "dl", "dd", "address" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        double hint = (ClassHints.isContent(e) ? 25 : 0) - (ClassHints.isFurniture(e) ? 25 : 0);
        return tag + hint;
    }

    private static Element best(Map<Element, Double> scores) {
        Element top = null;
        for (var entry : scores.entrySet()) {
            if (top == null || entry.getValue() > scores.get(top)) {
                top = entry.getKey();
            }
        }
        return top;
    }

    /** Moves up to the nearest ancestor that holds at least three of the five strongest rivals, if any. */
    private static Element sharedAncestor(Element top, Map<Element, Double> scores) {
        double topScore = scores.get(top);
        List<Element> rivals = scores.entrySet().stream()
                .filter(en -> en.getKey() != top && en.getValue() >= topScore * RIVAL_SHARE)
                .sorted((x, y) -> Double.compare(y.getValue(), x.getValue())).limit(RIVALS)
                .map(Map.Entry::getKey).toList();
        if (rivals.size() < RIVALS_NEEDED) {
            return top;
        }
        Map<Element, Integer> holding = new IdentityHashMap<>();
        for (Element rival : rivals) {
            List<Element> chain = new ArrayList<>();
            Element a = rival.parent();
            while (a != null && a != top) {
                chain.add(a);
                a = a.parent();
            }
            if (a == null) {
                chain.forEach(c -> holding.merge(c, 1, Integer::sum));
            }
        }
        for (Element a = top.parent(); a != null && !a.nameIs("body"); a = a.parent()) {
            if (holding.getOrDefault(a, 0) >= RIVALS_NEEDED) {
                return a;
            }
        }
        return top;
    }

    private static List<Element> withSiblings(Element top, double topScore, Map<Element, Double> scores,
            TextStats stats) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            boolean teasers = sibling != top && sibling.getElementsByTag("article").size() >= TEASER_ARTICLES;
            if (sibling == top || !teasers && scores.getOrDefault(sibling, 0.0) >= threshold
                    || readsAsParagraph(sibling, stats)) {
                out.add(sibling);
            }
        }
        return out;
    }

    /**
     * Adds the top element's twins: other boxes with the same tag and class that hold paragraphs, as when a story
     * is cut into chunks between ad slots. Returns all in page order.
     */
    private static List<Element> withTwins(Element body, Element top, List<Element> chosen, TextStats stats) {
        String cls = top.className();
        if (cls.isBlank()) {
            return chosen;
        }
        Set<Element> keep = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        keep.addAll(chosen);
        List<Element> out = new ArrayList<>();
        int skip = 0;
        for (Element e : body.getAllElements()) {
            if (skip > 0) {
                // inside a box already taken; the list is in page (pre-)order, so its subtree comes next
                skip--;
                continue;
            }
            boolean twin = e != top && e.normalName().equals(top.normalName()) && cls.equals(e.className())
                    && stats.paragraphChars(e) > 0 && stats.linkDensity(e) < 0.5;
            if (keep.contains(e) || twin) {
                out.add(e);
                skip = e.getAllElements().size() - 1;
            }
        }
        return out.size() < chosen.size() ? chosen : out;
    }

    private static boolean readsAsParagraph(Element e, TextStats stats) {
        if (!e.nameIs("p")) {
            return false;
        }
        int chars = stats.chars(e);
        double links = stats.linkDensity(e);
        return chars > 80 && links < 0.25 || chars > 0 && links == 0 && e.text().strip().matches("(?s).*[.!?]$");
    }
}
