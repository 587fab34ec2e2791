package org.claimgraph.evaluation.sanctions;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Prints the sanctions-matching evaluation as a table: ours and logic-v2, side by side, per set. */
public final class SanctionsReport {
    private static final String ROW = "  %-34s %6s %9s %9s %7s %6s%n";

    private SanctionsReport() {
    }

    /** Prints both sets' figures; with {@code mistakes}, one line per wrong decision after the tables. */
    public static void print(SanctionsNameBenchResult bench, SanctionsYente.Result yente, double threshold,
            boolean mistakes, PrintWriter out) {
        out.println("Name bench (nomenklatura name_bench cases, labelled pairs)");
        out.printf(Locale.ROOT, ROW, "", "pairs", "threshold", "precision", "recall", "F1");
        row(out, "ours, all pairs", bench.ours(), threshold);
        row(out, "ours, pairs with logic-v2 scores", bench.oursCommon(), threshold);
        row(out, "logic-v2 (stored), same pairs", bench.logicV2Common(), SanctionsNameBench.LOGIC_V2_THRESHOLD);
        out.println();
        out.println("Yente screening (UN names with typos and reorderings must hit their UN entry; synthetic people");
        out.println("and US Congress members must hit nothing; lists: UN names + the SDN list)");
        out.printf(Locale.ROOT, ROW, "", "names", "threshold", "precision", "recall", "F1");
        row(out, "ours", yente.metrics(), threshold);
        out.printf(Locale.ROOT, "  %-34s %s%n", "logic-v2", "n/a (no stored scores for these sets)");
        out.printf(Locale.ROOT, "  ours: %s%n", yente.metrics().summary());
        if (mistakes) {
            out.println();
            print(out, "Name bench mistakes", bench.mistakes());
            print(out, "Yente mistakes", yente.mistakes());
        }
        out.flush();
    }

    private static void row(PrintWriter out, String label, SanctionsMetrics m, double threshold) {
        out.printf(Locale.ROOT, "  %-34s %6d %9.2f %9.3f %7.3f %6.3f%n", label, m.cases(), threshold, m.precision(),
                m.recall(), m.f1());
    }

    private static void print(PrintWriter out, String title, List<String> lines) {
        out.println(title + " (" + lines.size() + "):");
        lines.forEach(l -> out.println("  " + l));
    }
}
