package org.claimgraph.web;

import io.javalin.http.Context;
import org.claimgraph.store.GraphQueries;

/** Reads and checks query parameters; a bad one is a 400 that names it. */
final class Params {
    static final int MAX_LIMIT = 100;
    static final int DEFAULT_LIMIT = 25;

    private Params() {
    }

    /** Returns the search string, or {@code null} when absent or blank. */
    static String query(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            return null;
        }
        if (q.length() > GraphQueries.MAX_QUERY_CHARS) {
            throw HttpError.badRequest("search of " + q.length() + " characters is too long; expected at most "
                    + GraphQueries.MAX_QUERY_CHARS, "q");
        }
        return q.strip();
    }

    static int offset(Context ctx) {
        return number(ctx, "offset", 0, 0, Integer.MAX_VALUE / 2);
    }

    static int limit(Context ctx) {
        return number(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    }

    private static int number(Context ctx, String name, int fallback, int min, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(raw);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // falls through to the one error message below, which names the accepted range
        }
        throw HttpError.badRequest(name + " '" + raw + "' is invalid; expected a whole number from " + min + " to "
                + max, name);
    }

    /** Runs a search, turning a query without words into a 400 on {@code q}. */
    static <T> T search(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest(e.getMessage(), "q");
        }
    }
}
