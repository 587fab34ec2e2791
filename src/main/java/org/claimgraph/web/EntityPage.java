package org.claimgraph.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Renders an entity dossier and a document with one entity's mentions highlighted. */
final class EntityPage {
    private EntityPage() {
    }

    static String render(Map<String, Object> entity) {
        Object aliases = entity.get("aliases");
        String body = "<dl class=\"facts\"><dt>Type</dt><dd id=\"type\">" + Html.esc(entity.get("type")) + "</dd>"
                + "<dt>Aliases</dt><dd id=\"aliases\">" + Html.esc(aliases instanceof List<?> l
                        ? String.join(", ", l.stream().map(String::valueOf).toList()) : "") + "</dd>"
                + "<dt>Mentions</dt><dd>" + Html.esc(entity.get("mentions")) + "</dd></dl>"
                + "<section id=\"sanctions\"><h2>Sanctions hits</h2>" + sanctions(StoryPage.list(entity, "sanctions"))
                + "</section><section id=\"claims\"><h2>Claims</h2>" + StoryPage.claims(StoryPage.list(entity,
                        "claims")) + evidence(StoryPage.list(entity, "claims")) + "</section>"
                + "<section id=\"relations\"><h2>Relations</h2>" + StoryPage.claims(StoryPage.list(entity,
                        "relations")) + "</section><section id=\"mentions\"><h2>Mentions</h2>"
                + mentions(entity) + "</section>";
        return Html.page(String.valueOf(entity.get("name")), "", body);
    }

    private static String sanctions(List<Map<String, Object>> hits) {
        if (hits.isEmpty()) {
            return "<p class=\"none\">No sanctions list entry matches.</p>";
        }
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, Object> h : hits) {
            rows.add(List.of(Html.esc(h.get("list")), Html.esc(h.get("entry_name")), Html.esc(h.get("programme")),
                    Html.esc(h.get("score")), Html.esc(h.get("explanation"))));
        }
        return Html.table("sanctions", List.of("List", "Entry", "Programme", "Score", "Why"), rows);
    }

    private static String evidence(List<Map<String, Object>> claims) {
        StringBuilder out = new StringBuilder("<h3>Evidence</h3><ul class=\"evidence\">");
        for (Map<String, Object> c : claims) {
            for (Map<String, Object> e : StoryPage.list(c, "evidence")) {
                out.append("<li><q>").append(Html.esc(e.get("text"))).append("</q> — ")
                        .append(Html.link("/documents/", e.get("document"), StoryPage.shortId(e.get("document"))))
                        .append("</li>");
            }
        }
        return out.append("</ul>").toString();
    }

    private static String mentions(Map<String, Object> entity) {
        StringBuilder out = new StringBuilder("<ul class=\"mentions\">");
        for (Map<String, Object> m : StoryPage.list(entity, "mention_list")) {
            out.append("<li>…").append(Html.esc(m.get("before"))).append("<mark>").append(Html.esc(m.get("text")))
                    .append("</mark>").append(Html.esc(m.get("after"))).append("… ")
                    .append("<a href=\"/documents/").append(Html.url(m.get("document"))).append("?entity=")
                    .append(Html.url(entity.get("id"))).append("\">").append(Html.esc(StoryPage.shortId(
                            m.get("document")))).append("</a></li>");
        }
        return out.append("</ul>").toString();
    }

    /** Renders a document's text with the requested entity's mentions marked. */
    static String document(Map<String, Object> document) {
        String text = String.valueOf(document.get("text"));
        StringBuilder marked = new StringBuilder();
        int at = 0;
        for (Map<String, Object> m : StoryPage.list(document, "mentions")) {
            int start = ((Number) m.get("start")).intValue();
            int end = ((Number) m.get("end")).intValue();
            if (start >= at && end <= text.length() && start < end) {
                marked.append(Html.esc(text.substring(at, start))).append("<mark>")
                        .append(Html.esc(text.substring(start, end))).append("</mark>");
                at = end;
            }
        }
        marked.append(Html.esc(text.substring(at)));
        String meta = "<dl class=\"facts\"><dt>Source</dt><dd>" + Html.esc(document.get("source")) + "</dd><dt>Outlet"
                + "</dt><dd>" + Html.esc(document.get("outlet")) + "</dd><dt>Published</dt><dd>"
                + Html.esc(document.get("published")) + "</dd><dt>Story</dt><dd>" + (document.get("story") == null ? ""
                        : Html.link("/stories/", document.get("story"), document.get("story"))) + "</dd></dl>";
        return Html.page(document.get("title") == null ? String.valueOf(document.get("id"))
                : String.valueOf(document.get("title")), "", meta + "<article class=\"text\">" + marked + "</article>");
    }
}
