package org.claimgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimgraph.evaluation.NlpBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimgraph bench nlp}: our NLP and whole analysis against CoreNLP's default pipeline. */
@Command(name = "nlp", mixinStandardHelpOptions = true,
        description = "Tokens/second of our NLP stage and of the whole analysis, against CoreNLP's default English "
                + "pipeline on the same text in the same run.")
final class BenchNlpCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--pages", paramLabel = "DIR", defaultValue = "../shared/corpus/seeds",
            description = "Directory of .txt pages (default: ${DEFAULT-VALUE}).")
    private Path pages;

    @Option(names = "--copies", defaultValue = "200", description = "Documents for the whole-analysis run "
            + "(default: ${DEFAULT-VALUE}).")
    private int copies;

    @Override
    public Integer call() {
        try {
            new NlpBenchmark(pages, spec.commandLine().getOut()).run(copies,
                    Files.createTempDirectory("claimgraph-bench-nlp"));
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a work directory", e);
        }
    }
}
