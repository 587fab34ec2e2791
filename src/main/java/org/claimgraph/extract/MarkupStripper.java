package org.claimgraph.extract;

/**
 * Cuts scripts (except JSON-LD), style sheets, inline SVG, noscript blocks and comments out of HTML source before parsing. They are half of a
 * typical news page's bytes and never article text, so the parser gets half the work. A linear scan that follows
 * the HTML rule that script and style text ends at the first matching end tag. Stateless and thread-safe.
 */
final class MarkupStripper {
    /** Elements cut whole: raw-text ones, and svg and noscript, which never hold article text. */
    private static final String[] RAW_TAGS = {"script", "style", "svg", "noscript"};
    private MarkupStripper() {
    }

    /** Returns the source without script, style and comment content. */
    static String strip(String html) {
        StringBuilder out = new StringBuilder(html.length() / 2);
        int pos = 0;
        int copied = 0;
        while (true) {
            int lt = html.indexOf('<', pos);
            if (lt < 0 || lt + 1 >= html.length()) {
                break;
            }
            int end = skipEnd(html, lt);
            if (end > lt) {
                out.append(html, copied, lt);
                copied = end;
                pos = end;
            } else {
                pos = lt + 1;
            }
        }
        out.append(html, copied, html.length());
        return out.toString();
    }

    /** Returns where the cut starting at {@code lt} ends, or {@code lt} when nothing is cut there. */
    private static int skipEnd(String html, int lt) {
        if (html.startsWith("<!--", lt)) {
            int close = html.indexOf("-->", lt + 4);
            return close < 0 ? html.length() : close + 3;
        }
        String tag = rawTextTag(html, lt);
        if (tag == null) {
            return lt;
        }
        int openEnd = html.indexOf('>', lt);
        if (openEnd < 0) {
            return lt;
        }
        if (tag.equals("script") && html.substring(lt, openEnd).contains("ld+json")) {
            return lt;
        }
        int close = indexOfIgnoreCase(html, "</" + tag, openEnd);
        if (close < 0) {
            return html.length();
        }
        int closeEnd = html.indexOf('>', close);
        return closeEnd < 0 ? html.length() : closeEnd + 1;
    }

    private static String rawTextTag(String html, int lt) {
        for (String tag : RAW_TAGS) {
            int after = lt + 1 + tag.length();
            if (html.regionMatches(true, lt + 1, tag, 0, tag.length()) && after < html.length()) {
                char c = html.charAt(after);
                if (c == '>' || c == '/' || Character.isWhitespace(c)) {
                    return tag;
                }
            }
        }
        return null;
    }

    private static int indexOfIgnoreCase(String html, String needle, int from) {
        int pos = from;
        while (true) {
            int lt = html.indexOf('<', pos);
            if (lt < 0) {
                return -1;
            }
            if (html.regionMatches(true, lt, needle, 0, needle.length())) {
                return lt;
            }
            pos = lt + 1;
        }
    }
}
