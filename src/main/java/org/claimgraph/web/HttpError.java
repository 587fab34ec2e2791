package org.claimgraph.web;

import java.util.Objects;

/** A request that fails with a client-error status; rendered as {@code {error, detail, field}}. */
final class HttpError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String error;
    private final String field;

    HttpError(int status, String error, String detail, String field) {
        super(Objects.requireNonNull(detail, "detail"));
        this.status = status;
        this.error = Objects.requireNonNull(error, "error");
        this.field = field;
    }

    static HttpError badRequest(String detail, String field) {
        return new HttpError(400, "bad_request", detail, field);
    }

    static HttpError notFound(String what, String id) {
        return new HttpError(404, "not_found", what + " '" + id + "' does not exist", "id");
    }

    int status() {
        return status;
    }

    String error() {
        return error;
    }

    String field() {
        return field;
    }
}
