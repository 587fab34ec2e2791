package org.claimgraph.evaluation;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.claimgraph.core.Article;
import org.claimgraph.core.Format;
import org.claimgraph.core.RawDocument;
import org.claimgraph.pipeline.Analyzer;
import org.claimgraph.pipeline.Progress;
import org.claimgraph.pipeline.RunSummary;
import org.claimgraph.pipeline.Stages;
import org.claimgraph.store.SqliteStore;

/**
 * Measures, in one run on the same real text: our NLP stage alone (tokens/second, one thread), the whole of
 * {@code analyze} (documents and tokens/second, all cores), and Stanford CoreNLP's default English pipeline
 * (tokens/second, one thread), and prints the ratios.
 */
public final class NlpBenchmark {
    private final Path pagesDir;
    private final PrintWriter out;

    /** Creates a benchmark over the {@code .txt} pages of a directory. */
    public NlpBenchmark(Path pagesDir, PrintWriter out) {
        this.pagesDir = pagesDir;
        this.out = out;
    }

    /** Runs the three measurements; {@code copies} sets how many unique copies of the pages {@code analyze} gets. */
    public void run(int copies, Path workDir) {
        Stages stages = Stages.defaults();
        List<Article> articles = articles(stages);
        PlainCoreNlp peer = new PlainCoreNlp();
        int tokensPerPass = 0;
        for (Article a : articles) {
            tokensPerPass += peer.tokens(a.text());
        }
        // one untimed pass first: the default pipeline loads parts of its models on first use
        articles.forEach(a -> peer.entities(a.text()));
        long peerNanos = time(() -> articles.forEach(a -> peer.entities(a.text())));
        articles.forEach(stages.annotator()::annotate);
        int passes = 5;
        long oursNanos = time(() -> {
            for (int i = 0; i < passes; i++) {
                articles.forEach(stages.annotator()::annotate);
            }
        });
        double peerRate = tokensPerPass / (peerNanos / 1e9);
        double oursRate = passes * tokensPerPass / (oursNanos / 1e9);
        RunSummary whole = analyzeCopies(stages, copies, workDir);
        double wholeSeconds = whole.elapsedNanos() / 1e9;
        double wholeRate = (double) copies * tokensPerPass / articles.size() / wholeSeconds;
        out.printf(Locale.ROOT, "NLP benchmark on %d real pages (%,d tokens a pass), %d cores%n", articles.size(),
                tokensPerPass, Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "  CoreNLP default English pipeline, 1 thread:   %,8.0f tokens/s%n", peerRate);
        out.printf(Locale.ROOT, "  claimgraph nlp stage alone, 1 thread:         %,8.0f tokens/s  (%.1fx)%n", oursRate,
                oursRate / peerRate);
        out.printf(Locale.ROOT, "  claimgraph whole analyze, %d threads:          %,8.0f tokens/s  (%.1fx), "
                + "%.1f documents/s over %,d documents%n", Runtime.getRuntime().availableProcessors(), wholeRate,
                wholeRate / peerRate, whole.analysed() / wholeSeconds, whole.analysed());
        out.flush();
    }

    private RunSummary analyzeCopies(Stages stages, int copies, Path workDir) {
        try {
            Path corpus = Files.createDirectories(workDir.resolve("copies"));
            List<Path> pages = pages();
            for (int i = 0; i < copies; i++) {
                Path page = pages.get(i % pages.size());
                // a distinct last line gives each copy its own content hash, so none is skipped as already stored
                Files.writeString(corpus.resolve(i + "-" + page.getFileName()),
                        Files.readString(page) + "\n\nCopy " + i);
            }
            try (SqliteStore store = SqliteStore.open(workDir.resolve("nlp-bench.db"))) {
                return new Analyzer(stages, store, Clock.systemUTC(), Runtime.getRuntime().availableProcessors())
                        .analyze(List.of(corpus.toString()), java.io.InputStream.nullInputStream(), Progress.NONE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write copies under " + workDir, e);
        }
    }

    private List<Article> articles(Stages stages) {
        List<Article> articles = new ArrayList<>();
        try {
            for (Path page : pages()) {
                articles.add(stages.extractor().extract(RawDocument.of(page.toString(), null, Format.TEXT,
                        Files.readAllBytes(page))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read pages in " + pagesDir, e);
        }
        return articles;
    }

    private List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.list(pagesDir)) {
            List<Path> pages = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            if (pages.isEmpty()) {
                throw new IllegalArgumentException("directory '" + pagesDir + "' has no .txt pages; expected "
                        + "scraped article texts");
            }
            return pages;
        }
    }

    private static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }
}
