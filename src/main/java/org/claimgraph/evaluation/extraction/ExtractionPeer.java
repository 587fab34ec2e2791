package org.claimgraph.evaluation.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the benchmark's peer, Mozilla Readability with jsdom under Node, on the same pages: copies the benchmark's
 * {@code peer/} folder into a scratch directory (the benchmark is read-only), installs the pinned packages from
 * the npm registry once, runs the same number of passes as we do and reads the last pass's speed and the process's peak memory.
 */
public final class ExtractionPeer {
    private static final List<String> PACKAGES = List.of("@mozilla/readability@0.6.0", "jsdom@27.0.0");
    private static final long TIMEOUT_MINUTES = 15;
    private final Path benchmark;
    private final Path scratch;

    /** Creates a peer run of the benchmark, working in the scratch directory. */
    public ExtractionPeer(Path benchmark, Path scratch) {
        this.benchmark = benchmark.toAbsolutePath();
        this.scratch = scratch.toAbsolutePath();
    }

    /** Returns whether {@code node} and {@code npm} can be started. */
    public static boolean isAvailable() {
        return runs(List.of("node", "--version")) && runs(List.of("npm", "--version"));
    }

    /**
     * Runs the peer and returns its predictions file with its timing, or empty when Node or the install fails
     * (the reason is in {@code peer.log} of the scratch directory).
     */
    public Optional<PeerResult> run() {
        try {
            Path peer = scratch.resolve("peer");
            if (!Files.isDirectory(peer.resolve("node_modules"))) {
                copy(benchmark.resolve("peer"), peer);
                List<String> install = new java.util.ArrayList<>(List.of("npm", "install", "--no-audit", "--no-fund",
                        "--cache", "./.npm-cache"));
                install.addAll(PACKAGES);
                if (exec(install, peer) != 0) {
                    return Optional.empty();
                }
            }
            Files.writeString(peer.resolve("peak-rss.js"), "process.on('exit', () => { const c = process.cpuUsage();"
                    + " require('fs').writeFileSync(__dirname + '/out/peak.json', JSON.stringify({maxRssKb:"
                    + " process.resourceUsage().maxRSS, cpuMs: (c.user + c.system) / 1000})); });\n");
            Files.createDirectories(peer.resolve("out"));
            int rc = exec(List.of("node", "-r", "./peak-rss.js", "run-readability.js", "--html-dir",
                    benchmark.resolve("html").toString(), "--out", "out/readability.jsonl", "--timing",
                    "out/timing.json", "--passes", String.valueOf(ExtractionEvaluation.PASSES)), peer);
            return rc == 0 ? Optional.of(result(peer.resolve("out"))) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run the peer in " + scratch, e);
        }
    }

    /**
     * Returns the benchmark's reference script's precision, recall and F1 for a predictions file, or empty when
     * Node fails; a check that our port of the metric agrees.
     */
    public Optional<ExtractionMetric.Score> referenceScore(Path predictions) {
        try {
            Path result = scratch.resolve("reference-score.json");
            Files.createDirectories(scratch);
            Process p = new ProcessBuilder("node", benchmark.resolve("aeb-eval.js").toString(), "--pred",
                    predictions.toAbsolutePath().toString(), "--json", "--bootstrap", "0")
                    .redirectOutput(result.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroyForcibly();
                return Optional.empty();
            }
            JsonNode r = new ObjectMapper().readTree(result.toFile());
            return Optional.of(new ExtractionMetric.Score(r.path("precision").asDouble(), r.path("recall").asDouble(),
                    r.path("f1").asDouble()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run the reference metric on " + predictions, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running the reference metric", e);
        }
    }

    /**
     * The peer's output.
     *
     * @param predictions        its JSON-lines predictions
     * @param pagesPerSecond     pages per second in its last, warm pass
     * @param coldPagesPerSecond pages per second in its first pass
     * @param cpuPagesPerSecond  pages per CPU-second of its process, averaged over all passes (module loading and
     *                           page reading taken out)
     * @param peakMemoryMb       its process's peak resident memory in MiB
     */
    public record PeerResult(Path predictions, double pagesPerSecond, double coldPagesPerSecond,
            double cpuPagesPerSecond, double peakMemoryMb) {
    }

    private static PeerResult result(Path out) throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode timing = json.readTree(out.resolve("timing.json").toFile());
        JsonNode passes = timing.path("passes");
        double warm = passes.path(passes.size() - 1).path("pages_per_s").asDouble();
        double cold = passes.path(0).path("pages_per_s").asDouble();
        JsonNode usage = json.readTree(out.resolve("peak.json").toFile());
        double peak = usage.path("maxRssKb").asDouble(-1024) / 1024.0;
        // wall time of loading and reading is taken as CPU time, which if anything favours the peer
        double cpuMs = usage.path("cpuMs").asDouble() - timing.path("require_modules_ms").asDouble()
                - timing.path("read_gunzip_ms").asDouble();
        double cpuPps = cpuMs > 0 ? timing.path("pages").asDouble() * passes.size() / (cpuMs / 1000) : -1;
        return new PeerResult(out.resolve("readability.jsonl"), warm, cold, cpuPps, peak);
    }

    private int exec(List<String> command, Path dir) throws IOException {
        Path log = scratch.resolve("peer.log");
        Files.createDirectories(scratch);
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        try {
            if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.get(0), e);
        }
    }

    private static boolean runs(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException ignored) {
            // the program is not installed: the peer is skipped, and the command says so
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (!Files.exists(target)) {
                    Files.write(target, Files.readAllBytes(f));
                }
            }
        }
    }
}
