package org.claimgraph.web;

import java.util.List;
import java.util.Map;

/** The one place that turns values into HTML: every text is escaped, and pages share one layout. */
final class Html {
    private Html() {
    }

    /** Escapes text for an element body or a double-quoted attribute; {@code null} becomes the empty string. */
    static String esc(Object value) {
        if (value == null) {
            return "";
        }
        String text = String.valueOf(value);
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Escapes a value for a URL path segment or query parameter, then for an attribute. */
    static String url(Object value) {
        return esc(java.net.URLEncoder.encode(String.valueOf(value), java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Returns a whole page: the title (escaped here), the search box and the already-escaped body. */
    static String page(String title, String query, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                + "content=\"width=device-width, initial-scale=1\"><title>" + esc(title) + " · Claimgraph</title>"
                + "<link rel=\"stylesheet\" href=\"/static/app.css\"></head><body><header><a class=\"brand\" "
                + "href=\"/\">Claimgraph</a><form action=\"/search\" method=\"get\" role=\"search\"><input "
                + "type=\"search\" name=\"q\" id=\"q\" placeholder=\"Search stories, documents, entities, claims\" "
                + "value=\"" + esc(query) + "\"><button type=\"submit\">Search</button></form><nav>"
                + "<a href=\"/\">Stories</a> <a href=\"/entities\">Entities</a> <a href=\"/exports\">Export</a>"
                + "</nav></header><main><h1>" + esc(title) + "</h1>" + body + "</main></body></html>";
    }

    /** Returns a table with the given header cells (escaped) and rows of already-escaped cells. */
    static String table(String cssClass, List<String> headers, List<List<String>> rows) {
        StringBuilder out = new StringBuilder("<table class=\"" + cssClass + "\"><thead><tr>");
        headers.forEach(h -> out.append("<th>").append(esc(h)).append("</th>"));
        out.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            out.append("<tr>");
            row.forEach(cell -> out.append("<td>").append(cell).append("</td>"));
            out.append("</tr>");
        }
        return out.append("</tbody></table>").toString();
    }

    /** Returns a link to a path built from trusted segments and one id (URL-encoded and escaped). */
    static String link(String prefix, Object id, Object label) {
        return "<a href=\"" + prefix + url(id) + "\">" + esc(label == null || "".equals(label) ? id : label) + "</a>";
    }

    /** Returns a claim's value as people read it: "1,995.6 km", "[40, 60] drones", or empty. */
    static String value(Object value) {
        if (!(value instanceof Map<?, ?> q)) {
            return "";
        }
        Object low = q.get("low");
        Object high = q.get("high");
        String number = String.valueOf(low).equals(String.valueOf(high)) ? number(low)
                : number(low) + "–" + number(high);
        String hedge = String.valueOf(q.get("hedge"));
        String prefix = switch (hedge) {
            case "AT_LEAST" -> "≥ ";
            case "AT_MOST" -> "≤ ";
            case "APPROXIMATE" -> "≈ ";
            default -> "";
        };
        return esc(prefix + number + " " + q.get("unit")).trim();
    }

    private static String number(Object n) {
        if (n instanceof Number num) {
            double d = num.doubleValue();
            return d == Math.rint(d) ? String.format(java.util.Locale.ROOT, "%,d", (long) d)
                    : String.format(java.util.Locale.ROOT, "%,.1f", d);
        }
        return String.valueOf(n);
    }
}
