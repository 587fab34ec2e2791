package org.claimgraph.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one exception-to-status mapper: client errors become 400, 401, 403, 404 or 413 with a JSON body
 * {@code {error, detail, field}} (an HTML page outside {@code /api}); anything else is a 500 that is logged with a
 * request id and leaks no detail.
 */
final class ErrorMapper {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);
    private static final String HANDLED = "claimgraph.error.handled";

    private final long maxBodyBytes;

    ErrorMapper(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    void register(Javalin app) {
        app.exception(HttpError.class, (e, ctx) -> respond(ctx, e.status(), e.error(), e.getMessage(), e.field()));
        app.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == 413) {
                respond(ctx, 413, "too_large", "request body is over the limit of " + maxBodyBytes + " bytes", "body");
            } else if (e.getStatus() == 404) {
                respond(ctx, 404, "not_found", "no route for " + ctx.method() + " " + ctx.path(), null);
            } else {
                respond(ctx, e.getStatus(), "http_" + e.getStatus(), e.getMessage(), null);
            }
        });
        app.exception(Exception.class, (e, ctx) -> {
            String requestId = UUID.randomUUID().toString();
            LOG.error("request {} {} {} failed", requestId, ctx.method(), ctx.path(), e);
            respond(ctx, 500, "internal", "internal error; see the server log for request " + requestId, null);
        });
        app.error(404, ctx -> {
            if (ctx.attribute(HANDLED) == null) {
                respond(ctx, 404, "not_found", "no route for " + ctx.method() + " " + ctx.path(), null);
            }
        });
        app.error(405, ctx -> respond(ctx, 405, "method_not_allowed", ctx.method() + " " + ctx.path()
                + " is not supported", null));
    }

    static void respond(Context ctx, int status, String error, String detail, String field) {
        ctx.attribute(HANDLED, Boolean.TRUE);
        ctx.status(status);
        if (ctx.path().startsWith("/api")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", error);
            body.put("detail", detail);
            body.put("field", field);
            ctx.contentType("application/json").result(JsonBodies.write(body));
        } else {
            ctx.contentType("text/html; charset=utf-8").result(Html.page("Error " + status, "",
                    "<p class=\"error\">" + Html.esc(detail) + "</p>"));
        }
    }
}
