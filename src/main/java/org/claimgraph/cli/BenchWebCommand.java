package org.claimgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.claimgraph.evaluation.web.WebBenchData;
import org.claimgraph.evaluation.web.WrkResult;
import org.claimgraph.web.WebApp;
import org.claimgraph.web.WebConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code claimgraph bench web}: synthesises a large database, serves it on loopback and loads the story and entity
 * pages with wrk, printing requests/s, p99 latency and the server's CPU time per request; a static file is loaded
 * the same way as the ceiling of the HTTP stack on this machine. Each page is first loaded for a warm-up period
 * (printed too), so that the figures are those of a server whose code the JIT has compiled. Exit code 1 when a
 * target is missed or a request failed.
 */
@Command(name = "web", mixinStandardHelpOptions = true,
        description = "Load-tests the web pages on a synthetic database with wrk (on 127.0.0.1 only).")
public final class BenchWebCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--documents", paramLabel = "N", defaultValue = "100000",
            description = "Documents in the synthetic database (default: ${DEFAULT-VALUE}).")
    private int documents;

    @Option(names = "--db", paramLabel = "FILE", description = "Reuse or create this database (default: a temp file).")
    private Path db;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "15", description = "Per page (default: 15).")
    private int seconds;

    @Option(names = "--warmup", paramLabel = "S", defaultValue = "20",
            description = "Warm-up load per page before measuring (default: ${DEFAULT-VALUE}).")
    private int warmupSeconds;

    @Option(names = "--connections", paramLabel = "N", defaultValue = "32", description = "Default: 32.")
    private int connections;

    @Option(names = "--threads", paramLabel = "N", description = "Server request threads (default: serve's).")
    private Integer threads;

    @Option(names = "--min-rps", defaultValue = "1000", description = "Throughput target (default: 1000).")
    private double minRps;

    @Option(names = "--max-p99-ms", defaultValue = "50", description = "p99 latency target (default: 50).")
    private double maxP99Millis;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Path file = db != null ? db : Files.createTempDirectory("claimgraph-bench-web").resolve("bench.db");
        if (!Files.exists(file)) {
            long start = System.nanoTime();
            new WebBenchData(documents).write(file);
            out.printf(Locale.ROOT, "synthesised %d documents into %s in %.1f s%n", documents, file,
                    (System.nanoTime() - start) / 1e9);
            out.flush();
        }
        boolean ok = true;
        WebConfig config = new WebConfig(file, "127.0.0.1", 0, null, WebConfig.DEFAULT_MAX_BODY_BYTES,
                threads == null ? WebConfig.DEFAULT_THREADS : threads);
        try (WebApp app = WebApp.start(config)) {
            String base = "http://127.0.0.1:" + app.port();
            out.printf(Locale.ROOT, "%d server threads, wrk -t2 -c%d, %d s warm-up per page, then %d s per page%n",
                    config.threads(), connections, warmupSeconds, seconds);
            int stories = documents / WebBenchData.STORY_SIZE;
            List<LoadedPage> pages = List.of(new LoadedPage("story", "/stories/s%012x", stories, true),
                    new LoadedPage("entity", "/entities/e%012x", documents / 10, true),
                    new LoadedPage("static file (peer)", "/static/app.css?%d", 1, false));
            // every page warms up before any is measured: they share most of the code the JIT compiles
            for (LoadedPage page : pages) {
                WrkResult warm = wrk(base, page.pathFormat(), page.ids(), warmupSeconds);
                out.printf(Locale.ROOT, "warm-up %s page: %.1f requests/s%n", page.name(), warm.requestsPerSec());
                out.flush();
            }
            for (LoadedPage page : pages) {
                long cpuBefore = processCpuNanos();
                WrkResult result = wrk(base, page.pathFormat(), page.ids(), seconds);
                double cpuMillis = (processCpuNanos() - cpuBefore) / 1e6 / Math.max(1, result.requests());
                boolean met = result.meets(minRps, maxP99Millis);
                ok &= met || !page.target();
                out.printf(Locale.ROOT, "%s page: %s, server CPU %.3f ms per request%s%n", page.name(), result.line(),
                        cpuMillis, !page.target() ? "" : met ? ": target met" : ": TARGET MISSED (>= " + minRps
                                + " requests/s, p99 <= " + maxP99Millis + " ms, 0 errors)");
                out.flush();
            }
        }
        return ok ? 0 : 1;
    }

    /** A page kind under load: its path with an id placeholder, how many ids exist, whether the target applies. */
    private record LoadedPage(String name, String pathFormat, int ids, boolean target) {
    }

    /** CPU time of this process (the server and this command, which idles while wrk runs). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Runs wrk over {@code count} different ids of one page kind, spread by a stride. */
    private WrkResult wrk(String base, String pathFormat, int count, int runSeconds)
            throws IOException, InterruptedException {
        Path script = Files.createTempFile("claimgraph-wrk", ".lua");
        try {
            Files.writeString(script, "local n = 0\nrequest = function()\n  n = n + 1\n  return wrk.format(nil, "
                    + "string.format(\"" + pathFormat + "\", (n * 7919) % " + count + "))\nend\n");
            Process wrk = new ProcessBuilder("wrk", "--latency", "-t2", "-c" + connections, "-d" + runSeconds + "s",
                    "-s", script.toString(), base).redirectErrorStream(true).start();
            String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!wrk.waitFor(runSeconds + 30L, TimeUnit.SECONDS) || wrk.exitValue() != 0) {
                throw new IllegalStateException("wrk failed: " + output);
            }
            return WrkResult.parse(output);
        } finally {
            Files.deleteIfExists(script);
        }
    }
}
