package org.claimgraph.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.claimgraph.store.GraphQueries;

/** The JSON API under {@code /api}; its contract is {@code /api/openapi.json}. */
final class ApiRoutes {
    private final StorePool pool;
    private final Ingest ingest;

    ApiRoutes(StorePool pool, Ingest ingest) {
        this.pool = pool;
        this.ingest = ingest;
    }

    void register(Javalin app) {
        app.get("/api/openapi.json", this::openApi);
        app.get("/api/stories", ctx -> list(ctx, (q, s) -> q.stories(s, Params.offset(ctx), Params.limit(ctx))));
        app.get("/api/documents", ctx -> list(ctx, (q, s) -> q.documents(s, Params.offset(ctx), Params.limit(ctx))));
        app.get("/api/entities", ctx -> list(ctx, (q, s) -> q.entities(s, Params.offset(ctx), Params.limit(ctx))));
        app.get("/api/claims", ctx -> list(ctx, (q, s) -> q.claims(s, Params.offset(ctx), Params.limit(ctx))));
        app.get("/api/stories/{id}", ctx -> one(ctx, "story", pool.read(q -> q.story(ctx.pathParam("id")))));
        app.get("/api/entities/{id}", ctx -> one(ctx, "entity", pool.read(q -> q.entity(ctx.pathParam("id")))));
        app.get("/api/documents/{id}", ctx -> one(ctx, "document",
                pool.read(q -> q.document(ctx.pathParam("id"), ctx.queryParam("entity")))));
        app.post("/api/documents", ctx -> json(ctx, ingest.ingest(ctx)));
    }

    private void openApi(Context ctx) throws IOException {
        try (InputStream in = ApiRoutes.class.getResourceAsStream("/web/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("resource /web/openapi.json is missing from the build");
            }
            ctx.contentType("application/json").result(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private void list(Context ctx, Lister lister) {
        String search = Params.query(ctx);
        GraphQueries.Page page = Params.search(() -> pool.read(q -> lister.list(q, search)));
        json(ctx, Map.of("items", page.items(), "offset", page.offset(), "limit", page.limit(), "more",
                page.more()));
    }

    private static void one(Context ctx, String what, Optional<Map<String, Object>> found) {
        json(ctx, found.orElseThrow(() -> HttpError.notFound(what, ctx.pathParam("id"))));
    }

    private static void json(Context ctx, Object body) {
        ctx.contentType("application/json").result(JsonBodies.write(body));
    }

    /** Reads one page of a list. */
    @FunctionalInterface
    private interface Lister {
        GraphQueries.Page list(GraphQueries queries, String search);
    }
}
