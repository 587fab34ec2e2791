package org.claimgraph.evaluation.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.claimgraph.core.BadInputException;
import org.claimgraph.core.Format;
import org.claimgraph.core.RawDocument;
import org.claimgraph.extract.ArticleExtractor;

/**
 * Runs our article extractor over the article-extraction benchmark ({@code html/<id>.html.gz} pages and
 * {@code ground-truth.json}) single-threaded, writes the predictions as JSON lines and scores them with
 * {@link ExtractionMetric}. Pages are read, decompressed and made into documents (hashed) before timing; three passes run, the first is reported as
 * cold and the last, warm one is timed, as the peer is run.
 */
public final class ExtractionEvaluation {
    /** Passes over the pages, for us and for the peer: the first is reported as cold, the last is timed. */
    public static final int PASSES = 3;
    private final Path benchmark;
    private final ObjectMapper json = new ObjectMapper();

    /** Creates an evaluation of the benchmark in the given directory. */
    public ExtractionEvaluation(Path benchmark) {
        this.benchmark = benchmark;
    }

    /** Returns the gold article bodies, by page id, in file order. */
    public Map<String, String> gold() {
        try {
            JsonNode root = json.readTree(benchmark.resolve("ground-truth.json").toFile());
            Map<String, String> out = new LinkedHashMap<>();
            root.properties().forEach(e -> out.put(e.getKey(), e.getValue().path("articleBody").asText("")));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + benchmark.resolve("ground-truth.json"), e);
        }
    }

    /** Runs our extractor, writes {@code predictions.jsonl} into the directory and returns the scored run. */
    public ExtractionRun runOurs(Path outDir) {
        Map<String, String> urls = urls();
        Map<String, RawDocument> pages = new LinkedHashMap<>();
        pages().forEach((id, bytes) -> pages.put(id, RawDocument.of(id, urls.get(id), Format.HTML, bytes)));
        ArticleExtractor extractor = new ArticleExtractor();
        Map<String, String> failures = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        Map<String, String> texts = pass(extractor, pages, failures);
        long t1 = System.nanoTime();
        for (int warm = 2; warm < PASSES; warm++) {
            pass(extractor, pages, new LinkedHashMap<>());
        }
        failures.clear();
        long cpu1 = processCpuNanos();
        long timed = System.nanoTime();
        texts = pass(extractor, pages, failures);
        long t2 = System.nanoTime();
        long cpu2 = processCpuNanos();
        write(outDir.resolve("predictions.jsonl"), texts);
        double cpuPps = cpu2 > cpu1 ? pages.size() / ((cpu2 - cpu1) / 1e9) : -1;
        return score("claimgraph", texts, new double[] {pages.size() / ((t2 - timed) / 1e9),
            pages.size() / ((t1 - t0) / 1e9), cpuPps, peakMemoryMb()}, failures);
    }

    /** Returns a run of other predictions (a JSON-lines file of {@code {id, text}}) scored the same way. */
    public ExtractionRun scoreFile(String name, Path predictions, ExtractionPeer.PeerResult timing) {
        Map<String, String> texts = new LinkedHashMap<>();
        try (Stream<String> lines = Files.lines(predictions, StandardCharsets.UTF_8)) {
            lines.filter(l -> !l.isBlank()).forEach(l -> {
                JsonNode rec = readLine(l);
                texts.put(rec.path("id").asText(), rec.path("text").asText(""));
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + predictions, e);
        }
        return score(name, texts, new double[] {timing.pagesPerSecond(), timing.coldPagesPerSecond(),
            timing.cpuPagesPerSecond(), timing.peakMemoryMb()}, Map.of());
    }

    private JsonNode readLine(String line) {
        try {
            return json.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException("bad JSON line in predictions", e);
        }
    }

    /** Scores predictions; {@code speed} holds warm, cold and CPU pages per second and the peak memory. */
    private ExtractionRun score(String name, Map<String, String> texts, double[] speed, Map<String, String> failures) {
        ExtractionMetric metric = new ExtractionMetric(4);
        Map<String, ExtractionMetric.PageScore> perPage = new LinkedHashMap<>();
        gold().forEach((id, body) -> perPage.put(id, metric.page(body, texts.getOrDefault(id, ""))));
        return new ExtractionRun(name, ExtractionMetric.aggregate(new ArrayList<>(perPage.values())), speed[0],
                speed[1], speed[2], speed[3], perPage, failures);
    }

    private static Map<String, String> pass(ArticleExtractor extractor, Map<String, RawDocument> pages,
            Map<String, String> failures) {
        Map<String, String> texts = new LinkedHashMap<>();
        pages.forEach((id, doc) -> {
            try {
                texts.put(id, extractor.extract(doc).text());
            } catch (BadInputException e) {
                failures.put(id, e.getMessage());
                texts.put(id, "");
            }
        });
        return texts;
    }

    private Map<String, byte[]> pages() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(benchmark.resolve("html"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                    out.put(f.getFileName().toString().replace(".html.gz", ""), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the benchmark pages in " + benchmark.resolve("html"), e);
        }
        return out;
    }

    private Map<String, String> urls() {
        try {
            JsonNode root = json.readTree(benchmark.resolve("ground-truth.json").toFile());
            Map<String, String> out = new LinkedHashMap<>();
            root.properties().forEach(e -> out.put(e.getKey(), e.getValue().path("url").asText(null)));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + benchmark.resolve("ground-truth.json"), e);
        }
    }

    private void write(Path file, Map<String, String> texts) {
        List<String> lines = new ArrayList<>();
        texts.forEach((id, text) -> lines.add(json.createObjectNode().put("id", id).put("text", text).toString()));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Returns the peak resident memory of this process (Linux), else the summed peak of the heap pools. */
    static double peakMemoryMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException ignored) {
            // not Linux: fall back to the JVM's own heap accounting below
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            peak += pool.getType() == MemoryType.HEAP ? pool.getPeakUsage().getUsed() : 0;
        }
        return peak / (1024.0 * 1024.0);
    }

    /** Returns the CPU time of this process so far (all threads), or 0 when the JVM does not tell. */
    static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /** Returns the summed peak usage of the JVM's heap pools in MiB. */
    public static double peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            peak += pool.getType() == MemoryType.HEAP ? pool.getPeakUsage().getUsed() : 0;
        }
        return peak / (1024.0 * 1024.0);
    }
}
