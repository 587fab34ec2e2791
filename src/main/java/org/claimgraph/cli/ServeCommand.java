package org.claimgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.claimgraph.web.WebApp;
import org.claimgraph.web.WebConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimgraph serve}: the web application and JSON API over a database that {@code analyze} built. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the web application and the JSON API (/api, described at /api/openapi.json) over the "
            + "database.", "POST /api/documents needs the token from --token or the CLAIMGRAPH_TOKEN environment "
            + "variable; without one, ingest is disabled."})
public final class ServeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "claimgraph.db",
            description = "SQLite database made by 'claimgraph analyze' (default: ${DEFAULT-VALUE}).")
    private Path db;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "TCP port, 0 for any free one (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, loopback only).")
    private String bind;

    @Option(names = "--token", paramLabel = "SECRET",
            description = "API token for POST /api/documents (default: $CLAIMGRAPH_TOKEN; none disables ingest).")
    private String token;

    @Option(names = "--max-body-bytes", paramLabel = "N", defaultValue = "2097152",
            description = "Largest request body accepted; larger ones get 413 (default: ${DEFAULT-VALUE}).")
    private long maxBodyBytes;

    @Option(names = "--threads", paramLabel = "N",
            description = "Requests served at once, each with its own database connection (default: two per core, "
                    + "at least four).")
    private Integer threads;

    @Option(names = "--verbose", description = "Print stack traces of internal errors.")
    private boolean verbose;

    @Override
    public Integer call() throws InterruptedException {
        String secret = token != null ? token : System.getenv("CLAIMGRAPH_TOKEN");
        WebConfig config = new WebConfig(db, bind, port, secret == null || secret.isBlank() ? null : secret,
                maxBodyBytes, threads == null ? WebConfig.DEFAULT_THREADS : threads);
        PrintWriter err = spec.commandLine().getErr();
        CountDownLatch stopped = new CountDownLatch(1);
        try (WebApp app = WebApp.start(config)) {
            err.println("claimgraph: serving " + db + " on http://" + bind + ":" + app.port() + "/ (ingest "
                    + (config.token() == null ? "disabled" : "enabled") + "); Ctrl-C stops");
            err.flush();
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            stopped.await();
        }
        return 0;
    }
}
