package org.claimgraph.extract;

import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Reads what an element's {@code class} and {@code id} say about it: words such as "comment", "share" or "related"
 * mark furniture; "article", "content" or "story" mark the text. Words are split at punctuation and camel case, so
 * {@code c-article__shareBar} says "article" and "share". Stateless and thread-safe.
 */
final class ClassHints {
    private static final Set<String> FURNITURE = Set.of("comment", "comments", "share", "sharing", "social",
            "related", "recommended", "recommendation", "recommendations", "newsletter", "promo", "promotion", "ad",
            "ads", "advert", "advertisement", "advertising", "sponsor", "sponsored", "outbrain", "taboola", "cookie",
            "cookies", "consent", "popup", "modal", "subscribe", "subscription", "signup", "trending", "sidebar",
            "breadcrumb", "breadcrumbs", "nav", "navigation", "navbar", "menu", "footer", "masthead", "toolbar",
            "rating", "popular", "widget", "banner", "disqus", "tags", "tag", "byline", "dateline", "caption",
            "credit", "credits", "author", "bio", "prev", "pagination", "pager", "skip", "hidden",
            "hide", "print", "email", "facebook", "twitter", "whatsapp", "linkedin", "pinterest", "reddit", "follow",
            "login", "register", "paywall", "recirc", "recirculation", "teaser", "teasers", "promos",
            "donate", "donation", "support", "video", "playlist", "gallery", "tooltip", "disclaimer", "timestamp",
            "embed", "instagram", "headline", "header", "kicker", "rail", "aside", "alert", "notice");
    private static final Set<String> CONTENT = Set.of("article", "articlebody", "body", "content", "entry",
            "main", "post", "text", "story", "blog", "prose", "richtext", "paragraph", "copy", "detail",
            "storybody", "postbody", "entrycontent");

    /** Words that mark furniture even on a box that holds much of the page's text (comment threads). */
    private static final Set<String> STRONG_FURNITURE = Set.of("comment", "comments", "disqus", "sidebar", "footer",
            "cookie", "consent", "newsletter", "outbrain", "taboola", "recirc", "related");

    private ClassHints() {
    }

    /** Returns whether class or id names the element as furniture that no amount of text redeems. */
    static boolean isStrongFurniture(Element e) {
        return matches(e, STRONG_FURNITURE);
    }

    /** Returns whether class or id names the element as furniture. */
    static boolean isFurniture(Element e) {
        return matches(e, FURNITURE);
    }

    /** Returns whether class or id names the element as the article's text. */
    static boolean isContent(Element e) {
        return matches(e, CONTENT);
    }

    private static boolean matches(Element e, Set<String> words) {
        if (!e.hasAttr("class") && !e.hasAttr("id")) {
            return false;
        }
        return hasWord(e.attr("class"), words) || hasWord(e.attr("id"), words);
    }

    /** Splits at non-letters and at lower-to-upper case changes, without regular expressions (this is hot). */
    private static boolean hasWord(String names, Set<String> words) {
        StringBuilder word = new StringBuilder();
        char prev = ' ';
        for (int i = 0; i <= names.length(); i++) {
            char c = i < names.length() ? names.charAt(i) : ' ';
            boolean boundary = !Character.isLetterOrDigit(c) || Character.isUpperCase(c) && Character.isLowerCase(prev);
            if (boundary && word.length() > 0) {
                if (words.contains(word.toString())) {
                    return true;
                }
                word.setLength(0);
            }
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            }
            prev = c;
        }
        return false;
    }
}
