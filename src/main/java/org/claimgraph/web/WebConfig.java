package org.claimgraph.web;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to run the web application.
 *
 * @param db           the SQLite database that {@code analyze} built
 * @param bind         the address to listen on ("127.0.0.1" for loopback only)
 * @param port         the port, or 0 for any free port
 * @param token        the API token that {@code POST /api/documents} requires, or {@code null} to disable ingest
 * @param maxBodyBytes the largest request body accepted; larger ones get 413
 * @param threads      requests served at once, each with its own database connection
 */
public record WebConfig(Path db, String bind, int port, String token, long maxBodyBytes, int threads) {
    /** The default request body limit: 2 MiB, room for one large article page. */
    public static final long DEFAULT_MAX_BODY_BYTES = 2L * 1024 * 1024;
    /**
     * The default number of requests served at once: two per core, at least four. Pages are CPU-bound reads of a
     * memory-mapped file, so more threads than this only add switching and wait time.
     */
    public static final int DEFAULT_THREADS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

    /** A configuration with {@link #DEFAULT_THREADS}. */
    public WebConfig(Path db, String bind, int port, String token, long maxBodyBytes) {
        this(db, bind, port, token, maxBodyBytes, DEFAULT_THREADS);
    }

    /** Validates the fields. */
    public WebConfig {
        Objects.requireNonNull(db, "db");
        Objects.requireNonNull(bind, "bind");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port " + port + " is out of range; expected 0 to 65535");
        }
        if (token != null && token.isBlank()) {
            throw new IllegalArgumentException("token is blank; expected a secret or none");
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes " + maxBodyBytes + " is below 1");
        }
        if (threads < 1 || threads > 1024) {
            throw new IllegalArgumentException("threads " + threads + " is out of range; expected 1 to 1024");
        }
    }
}
