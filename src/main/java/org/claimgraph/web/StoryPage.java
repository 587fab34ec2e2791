package org.claimgraph.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Renders one story: claims table, documents with copy marks, timeline and the provenance graph. */
final class StoryPage {
    /** The Cytoscape.js build served from its WebJar on the classpath. */
    static final String CYTOSCAPE = "/webjars/cytoscape/3.33.1/dist/cytoscape.min.js";

    private StoryPage() {
    }

    static String render(Map<String, Object> story) {
        String body = "<p class=\"meta\">" + Html.esc(dates(story)) + "</p>"
                + "<section id=\"claims\"><h2>Claims</h2>" + claims(list(story, "claims")) + "</section>"
                + "<section id=\"documents\"><h2>Documents</h2>" + documents(list(story, "documents")) + "</section>"
                + "<section id=\"timeline\"><h2>Timeline</h2>" + timeline(list(story, "timeline")) + "</section>"
                + "<section id=\"provenance\"><h2>Provenance</h2><p class=\"legend\">Pages → cited origins → "
                + "primary sources. Edges: <span class=\"k-cites\">cites</span>, <span class=\"k-relays\">relays"
                + "</span>, <span class=\"k-republishes\">republishes</span>, <span class=\"k-copies\">copies</span>"
                + "</p><div id=\"graph\" data-story=\"" + Html.esc(story.get("id")) + "\"></div>"
                + "</section><script src=\"" + CYTOSCAPE + "\"></script><script src=\"/static/graph.js\"></script>";
        return Html.page(String.valueOf(story.get("title")), "", body);
    }

    private static String dates(Map<String, Object> story) {
        Object first = story.get("first_published");
        Object last = story.get("last_published");
        return first == null ? "undated" : first.equals(last) ? String.valueOf(first) : first + " – " + last;
    }

    static String claims(List<Map<String, Object>> claims) {
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, Object> c : claims) {
            Set<String> documents = new LinkedHashSet<>();
            for (Map<String, Object> e : list(c, "evidence")) {
                documents.add(Html.link("/documents/", e.get("document"), shortId(e.get("document"))));
            }
            StringBuilder against = new StringBuilder();
            for (Map<String, Object> other : list(c, "contradicted_by")) {
                Object who = other.get("origin") == null ? other.get("subject") : other.get("origin");
                against.append("<div class=\"contra\">").append(Html.esc(who)).append(" <em>")
                        .append(Html.esc(other.get("stance"))).append("</em></div>");
            }
            rows.add(List.of(Html.esc(c.get("subject")) + " <em>" + Html.esc(c.get("predicate")) + "</em> "
                    + Html.esc(c.get("object")), Html.value(c.get("value")), "<span class=\"stance\">"
                    + Html.esc(c.get("stance")) + "</span>", Html.esc(c.get("origin")), String.join(" ", documents),
                    "<span class=\"independent\">" + Html.esc(c.get("independent_sources")) + "</span>",
                    against.toString()));
        }
        return Html.table("claims", List.of("Claim", "Value", "Stance", "Origin", "Documents",
                "Independent sources", "Contradicted / denied by"), rows);
    }

    private static String documents(List<Map<String, Object>> documents) {
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, Object> d : documents) {
            String mark = d.get("rewrite_of") == null ? "<span class=\"badge original\">original</span>"
                    : "<span class=\"badge " + Html.esc(d.get("reuse_kind")).toLowerCase(java.util.Locale.ROOT)
                    + "\">" + Html.esc(d.get("reuse_kind")).toLowerCase(java.util.Locale.ROOT) + " of "
                    + Html.link("/documents/", d.get("rewrite_of"), shortId(d.get("rewrite_of"))) + "</span>";
            rows.add(List.of(Html.link("/documents/", d.get("id"), d.get("title")), Html.esc(d.get("outlet")),
                    Html.esc(d.get("published")), mark));
        }
        return Html.table("documents", List.of("Document", "Outlet", "Published", "Copy / rewrite"), rows);
    }

    private static String timeline(List<Map<String, Object>> events) {
        StringBuilder out = new StringBuilder("<ol class=\"timeline\">");
        for (Map<String, Object> e : events) {
            out.append("<li><time>").append(Html.esc(e.get("date") == null ? "undated" : e.get("date")))
                    .append("</time> ").append(Html.link("/documents/", e.get("document"), e.get("title")))
                    .append(e.get("outlet") == null ? "" : " <span class=\"outlet\">" + Html.esc(e.get("outlet"))
                            + "</span>").append("</li>");
        }
        return out.append("</ol>").toString();
    }

    static String shortId(Object id) {
        String s = String.valueOf(id);
        return s.length() > 8 ? s.substring(0, 8) : s;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> row, String key) {
        Object value = row.get(key);
        return value instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }
}
