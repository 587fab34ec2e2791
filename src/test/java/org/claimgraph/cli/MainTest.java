package org.claimgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void helpListsTheCommandsAndExitsZero() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: claimgraph", "analyze", "report");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void everyCommandHasHelp() {
        CliRun run = CliRun.of("analyze", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: claimgraph analyze", "--db=FILE", "--format=FORMAT");
    }

    @Test
    void versionNamesTheLicence() {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("claimgraph ").contains("GPL-3.0-or-later");
    }

    @Test
    void unknownOptionIsAUsageErrorWithExitCodeTwo() {
        CliRun run = CliRun.of("analyze", "--colour", "x");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--colour'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void analyzeWithoutPathsIsAUsageError() {
        CliRun run = CliRun.of("analyze");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required parameter: 'PATH'");
    }

    @Test
    void badFormatIsAUsageErrorNamingTheChoices() {
        CliRun run = CliRun.of("analyze", "--format", "xml", "x");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Invalid value for option '--format'", "text, json");
    }

    @Test
    void reportOnAMissingDatabaseIsAUsageError() {
        CliRun run = CliRun.of("report", "--db", "does-not-exist.db");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("database 'does-not-exist.db' does not exist");
    }
}
