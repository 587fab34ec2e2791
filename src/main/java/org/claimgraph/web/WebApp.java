package org.claimgraph.web;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.nio.file.Files;
import java.util.Objects;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The running web application: HTML pages under {@code /}, the JSON API under {@code /api}, static files under
 * {@code /static} and {@code /webjars}. Every response carries a Content-Security-Policy that allows scripts and
 * styles from this server only.
 */
public final class WebApp implements AutoCloseable {
    /** Scripts and styles come from this server only; no inline script, no plugins, no framing. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
    /** Jetty's own acceptor and selector threads come on top of the request threads. */
    private static final int JETTY_THREADS = 8;

    private final Javalin javalin;
    private final StorePool pool;
    private final Ingest ingest;

    private WebApp(Javalin javalin, StorePool pool, Ingest ingest) {
        this.javalin = javalin;
        this.pool = pool;
        this.ingest = ingest;
    }

    /**
     * Opens the database and starts serving.
     *
     * @throws IllegalArgumentException when the database file does not exist
     * @throws org.claimgraph.store.StoreException when it is not a Claimgraph database
     */
    public static WebApp start(WebConfig config) {
        Objects.requireNonNull(config, "config");
        if (!Files.isRegularFile(config.db())) {
            throw new IllegalArgumentException("database '" + config.db() + "' does not exist; expected a file "
                    + "made by 'claimgraph analyze'");
        }
        StorePool pool = new StorePool(config.db(), config.threads());
        Ingest ingest = new Ingest(config.db(), config.token());
        try {
            return new WebApp(serve(config, pool, ingest), pool, ingest);
        } catch (RuntimeException e) {
            pool.close();
            ingest.close();
            throw e;
        }
    }

    private static Javalin serve(WebConfig config, StorePool pool, Ingest ingest) {
        Javalin javalin = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.startupWatcherEnabled = false;
            c.http.maxRequestSize = config.maxBodyBytes();
            c.jetty.threadPool = new QueuedThreadPool(config.threads() + JETTY_THREADS, 4);
            c.staticFiles.add(s -> {
                s.hostedPath = "/static";
                s.directory = "/web/static";
                s.location = Location.CLASSPATH;
            });
            c.staticFiles.enableWebjars();
        });
        javalin.before(ctx -> {
            ctx.header("Content-Security-Policy", CSP);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
        });
        new ErrorMapper(config.maxBodyBytes()).register(javalin);
        new ApiRoutes(pool, ingest).register(javalin);
        new PageRoutes(pool).register(javalin);
        new ExportRoutes(config.db()).register(javalin);
        return javalin.start(config.bind(), config.port());
    }

    /** Returns the port it listens on (useful when started on port 0). */
    public int port() {
        return javalin.port();
    }

    /** Stops the server and closes the database. */
    @Override
    public void close() {
        javalin.stop();
        pool.close();
        ingest.close();
    }
}
