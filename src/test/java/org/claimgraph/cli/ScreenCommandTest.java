package org.claimgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ScreenCommandTest {
    private static final String EXTRACT = "../shared/data/sanctions/ofac/ofac_sdn_2024-05-03_defence_extract.csv";
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        var cli = new CommandLine(new ScreenCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void printsHitsAsATableWithTheExplanation() {
        int code = run("TSK Vector", "Reuters", "--list", EXTRACT, "--type", "ORG");
        assertThat(code).isZero();
        assertThat(out.toString()).isEqualTo("TSK Vector:\n"
                + "  0.975  ofac_sdn_2024-05-03_defence_extract  46441  TSK VEKTOR, OOO  [RUSSIA-EO14024]\n"
                + "      why: tsk=tsk (exact), vector~vektor (same sound); entry legal form LLC ignored; query covered"
                + " 0.98, entry covered 0.98, score 0.98\n"
                + "Reuters: no hit\n");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void printsHitsAsJson() {
        int code = run("Almaz-Antey", "--list", EXTRACT, "--format", "json", "--threshold", "0.9");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("\"name\" : \"Almaz-Antey\"", "\"entryId\" : \"16865\"",
                "\"programme\" : \"UKRAINE-EO13661; RUSSIA-EO14024\"", "\"score\" : 0.929");
    }

    @Test
    void reportsAListInTheWrongFormatAndScreensWithTheOthers() {
        int code = run("TSK Vektor", "--list", "../shared/data/sanctions/matching/nomenklatura_putin_names.txt",
                "--list", EXTRACT);
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).startsWith("claimgraph: list file '../shared/data/sanctions/matching/"
                + "nomenklatura_putin_names.txt' starts with '");
        assertThat(out.toString()).startsWith("TSK Vektor:\n  1.000  ofac_sdn_2024-05-03_defence_extract  46441");
    }

    @Test
    void rejectsABlankNameAsAUsageError() {
        assertThat(run(" ", "--list", EXTRACT)).isEqualTo(2);
        assertThat(err.toString()).startsWith("name ' ' is blank; expected a name to screen");
    }

    @Test
    void needsAList() {
        assertThat(run("Almaz-Antey")).isEqualTo(2);
        assertThat(err.toString()).startsWith("no sanctions list loaded; give one with --list FILE");
    }
}
