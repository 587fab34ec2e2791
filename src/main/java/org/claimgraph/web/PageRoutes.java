package org.claimgraph.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimgraph.store.GraphQueries;

/** The server-rendered HTML pages: story list, story, entity dossier, document, search and exports. */
final class PageRoutes {
    private final StorePool pool;

    PageRoutes(StorePool pool) {
        this.pool = pool;
    }

    void register(Javalin app) {
        app.get("/", this::storyList);
        app.get("/entities", this::entityList);
        app.get("/search", this::search);
        app.get("/exports", ctx -> html(ctx, Html.page("Export", "", ExportRoutes.links())));
        app.get("/stories/{id}", ctx -> html(ctx, StoryPage.render(pool.read(q -> q.story(ctx.pathParam("id")))
                .orElseThrow(() -> HttpError.notFound("story", ctx.pathParam("id"))))));
        app.get("/entities/{id}", ctx -> html(ctx, EntityPage.render(pool.read(q -> q.entity(ctx.pathParam("id")))
                .orElseThrow(() -> HttpError.notFound("entity", ctx.pathParam("id"))))));
        app.get("/documents/{id}", ctx -> html(ctx, EntityPage.document(pool.read(q -> q.document(ctx.pathParam("id"),
                ctx.queryParam("entity"))).orElseThrow(() -> HttpError.notFound("document", ctx.pathParam("id"))))));
    }

    private void storyList(Context ctx) {
        int offset = Params.offset(ctx);
        GraphQueries.Page page = pool.read(q -> q.stories(null, offset, Params.limit(ctx)));
        html(ctx, Html.page("Stories", "", stories(page) + pager("/?", page)));
    }

    private void entityList(Context ctx) {
        int offset = Params.offset(ctx);
        GraphQueries.Page page = pool.read(q -> q.entities(null, offset, Params.limit(ctx)));
        html(ctx, Html.page("Entities", "", entities(page) + pager("/entities?", page)));
    }

    private void search(Context ctx) {
        String q = Params.query(ctx);
        if (q == null) {
            html(ctx, Html.page("Search", "", "<p>Type a word to search stories, documents, entities and claims.</p>"));
            return;
        }
        int limit = Params.limit(ctx);
        String body = Params.search(() -> pool.read(queries -> "<section id=\"found-entities\"><h2>Entities</h2>"
                + entities(queries.entities(q, 0, limit)) + "</section><section id=\"found-claims\"><h2>Claims</h2>"
                + claims(queries.claims(q, 0, limit)) + "</section><section id=\"found-stories\"><h2>Stories</h2>"
                + stories(queries.stories(q, 0, limit)) + "</section><section id=\"found-documents\"><h2>Documents"
                + "</h2>" + documents(queries.documents(q, 0, limit)) + "</section>"));
        html(ctx, Html.page("Search: " + q, q, body));
    }

    private static String stories(GraphQueries.Page page) {
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, Object> s : page.items()) {
            rows.add(List.of(Html.link("/stories/", s.get("id"), s.get("title")), Html.esc(s.get("last_published")),
                    Html.esc(s.get("documents")), Html.esc(s.get("independent_sources"))));
        }
        return Html.table("stories", List.of("Story", "Latest", "Documents", "Independent sources"), rows);
    }

    private static String entities(GraphQueries.Page page) {
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, Object> e : page.items()) {
            Object sanctions = e.get("sanctions");
            rows.add(List.of(Html.link("/entities/", e.get("id"), e.get("name")), Html.esc(e.get("type")),
                    Html.esc(e.get("mentions")), Integer.valueOf(0).equals(sanctions) ? ""
                            : "<span class=\"badge sanctioned\">" + Html.esc(sanctions) + " hit(s)</span>"));
        }
        return Html.table("entities", List.of("Entity", "Type", "Mentions", "Sanctions"), rows);
    }

    private static String claims(GraphQueries.Page page) {
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, Object> c : page.items()) {
            rows.add(List.of(Html.esc(c.get("subject")) + " <em>" + Html.esc(c.get("predicate")) + "</em> "
                    + Html.esc(c.get("object")), Html.value(c.get("value")), Html.esc(c.get("stance")),
                    Html.esc(c.get("origin")), Html.esc(c.get("independent_sources"))));
        }
        return Html.table("claims", List.of("Claim", "Value", "Stance", "Origin", "Independent sources"), rows);
    }

    private static String documents(GraphQueries.Page page) {
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, Object> d : page.items()) {
            rows.add(List.of(Html.link("/documents/", d.get("id"), d.get("title")), Html.esc(d.get("outlet")),
                    Html.esc(d.get("published")), Html.esc(d.get("source"))));
        }
        return Html.table("documents", List.of("Document", "Outlet", "Published", "Source"), rows);
    }

    private static String pager(String base, GraphQueries.Page page) {
        String previous = page.offset() == 0 ? "" : "<a rel=\"prev\" href=\"" + base + "offset="
                + Math.max(0, page.offset() - page.limit()) + "&amp;limit=" + page.limit() + "\">Previous</a> ";
        String next = !page.more() ? "" : "<a rel=\"next\" href=\"" + base + "offset=" + (page.offset()
                + page.limit()) + "&amp;limit=" + page.limit() + "\">Next</a>";
        return "<nav class=\"pager\">" + previous + next + "</nav>";
    }

    static void html(Context ctx, String page) {
        ctx.contentType("text/html; charset=utf-8").result(page);
    }
}
