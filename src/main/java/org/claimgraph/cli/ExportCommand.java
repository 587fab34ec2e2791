package org.claimgraph.cli;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimgraph.core.ClaimGraph;
import org.claimgraph.export.ExportFormat;
import org.claimgraph.export.Exporter;
import org.claimgraph.store.SqliteStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code claimgraph export}: writes the whole graph as JSON, CSV (claims) or GraphML (for Gephi). */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the claim graph in the database as JSON (the report), CSV (one row a claim) or "
                + "GraphML (documents, sources, entities and claims as nodes; opens in Gephi).")
public final class ExportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "claimgraph.db",
            description = "SQLite database made by 'claimgraph analyze' (default: ${DEFAULT-VALUE}).")
    private Path db;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private ExportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file (default: standard output).")
    private Path output;

    @Option(names = "--verbose", description = "Print stack traces of internal errors.")
    private boolean verbose;

    @Override
    public Integer call() throws java.io.IOException {
        if (!Files.isRegularFile(db)) {
            throw new ParameterException(spec.commandLine(), "database '" + db + "' does not exist; expected a file "
                    + "made by 'claimgraph analyze'");
        }
        ClaimGraph graph;
        try (SqliteStore store = SqliteStore.open(db)) {
            graph = store.loadGraph();
        }
        if (output == null) {
            Writer out = spec.commandLine().getOut();
            new Exporter().write(graph, format, out);
        } else {
            try (Writer out = new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8)) {
                new Exporter().write(graph, format, out);
            }
        }
        return 0;
    }
}
