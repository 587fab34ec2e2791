package org.claimgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.claimgraph.core.ClaimGraph;
import org.claimgraph.core.Problem;
import org.claimgraph.pipeline.Analyzer;
import org.claimgraph.pipeline.RunSummary;
import org.claimgraph.pipeline.Stages;
import org.claimgraph.report.JsonReport;
import org.claimgraph.report.TextReport;
import org.claimgraph.store.SqliteStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimgraph analyze}: reads pages into the database and prints the report. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Reads news pages (.txt, .html, .htm, .jsonl, .warc, .warc.gz, .rss, .atom;",
            "directories recursively;",
            "- for stdin),",
            "builds the claim graph into the database and prints the report.",
            "Content already in the database is not analysed again."})
final class AnalyzeCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, or - for standard input.")
    private List<String> paths;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "claimgraph.db",
            description = "SQLite database file, created on first use (default: ${DEFAULT-VALUE}).")
    private Path db;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    private boolean quiet;

    @Option(names = "--verbose", description = "Print stack traces of internal errors.")
    private boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--threads '" + threads + "' is below 1; expected a positive number of worker threads");
        }
        ProgressBar progress = new ProgressBar(err, !quiet && "1".equals(System.getenv("CLAIMGRAPH_STDERR_TTY")));
        RunSummary summary;
        ClaimGraph graph;
        try (SqliteStore store = SqliteStore.open(db)) {
            Analyzer analyzer = new Analyzer(Stages.defaults(), store, Clock.systemUTC(), threads);
            summary = analyzer.analyze(paths, main.stdin(), quiet ? org.claimgraph.pipeline.Progress.NONE : progress);
            graph = store.loadGraph();
        }
        progress.finish();
        for (Problem p : summary.problems()) {
            err.println(p.line());
        }
        for (Problem w : summary.warnings()) {
            err.println("warning: " + w.line());
        }
        if (format == OutputFormat.json) {
            new JsonReport().write(graph, summary.problems(), out);
        } else {
            new TextReport().write(graph, out);
        }
        out.flush();
        err.println(summaryLine(summary));
        err.flush();
        return summary.hasProblems() ? 1 : 0;
    }

    private static String summaryLine(RunSummary s) {
        return String.format(Locale.ROOT, "%d read, %d analysed, %d already in the database, %d failed, %d files "
                + "skipped (not a page, archive or feed); %.1f s", s.read(), s.analysed(), s.alreadyStored(),
                s.problems().size(), s.skippedFiles(), s.elapsedNanos() / 1e9);
    }
}
