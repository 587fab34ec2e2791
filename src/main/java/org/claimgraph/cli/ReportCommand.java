package org.claimgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.core.ClaimGraph;
import org.claimgraph.report.JsonReport;
import org.claimgraph.report.TextReport;
import org.claimgraph.store.SqliteStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimgraph report}: prints the report of what the database holds, without analysing anything. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Prints the report of the graph already in the database.")
final class ReportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "claimgraph.db",
            description = "SQLite database file (default: ${DEFAULT-VALUE}).")
    private Path db;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    @Option(names = "--verbose", description = "Print stack traces of internal errors.")
    private boolean verbose;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(db)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "database '" + db
                    + "' does not exist; expected a file made by 'claimgraph analyze'");
        }
        ClaimGraph graph;
        try (SqliteStore store = SqliteStore.open(db)) {
            graph = store.loadGraph();
        }
        if (format == OutputFormat.json) {
            new JsonReport().write(graph, List.of(), spec.commandLine().getOut());
        } else {
            new TextReport().write(graph, spec.commandLine().getOut());
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
