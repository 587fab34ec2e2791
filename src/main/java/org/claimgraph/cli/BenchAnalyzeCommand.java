package org.claimgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimgraph.evaluation.AnalyzeBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimgraph bench analyze}: the whole analysis on a generated corpus. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Generates synthetic pages and analyses them; prints documents/second, time per stage and "
                + "heap use.")
final class BenchAnalyzeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--pages", defaultValue = "10000", description = "Pages to generate (default: ${DEFAULT-VALUE}).")
    private int pages;

    @Option(names = "--threads", description = "Worker threads (default: the number of cores).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--work-dir", paramLabel = "DIR", description = "Where to write the corpus and database "
            + "(default: a new temporary directory).")
    private Path workDir;

    @Override
    public Integer call() {
        if (pages < 1 || threads < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--pages and --threads must be positive; got " + pages + " and " + threads);
        }
        try {
            Path dir = workDir != null ? Files.createDirectories(workDir)
                    : Files.createTempDirectory("claimgraph-bench");
            new AnalyzeBenchmark(spec.commandLine().getOut()).run(pages, threads, dir);
            spec.commandLine().getOut().println("  work directory: " + dir);
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the work directory", e);
        }
    }
}
