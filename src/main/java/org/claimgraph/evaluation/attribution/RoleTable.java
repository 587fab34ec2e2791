package org.claimgraph.evaluation.attribution;

import java.util.Locale;

/** The aligned table of cue, source and content scores that the tagger's and the annotators' reports share. */
final class RoleTable {
    private RoleTable() {
    }

    /** Returns the header, one row per role and the legend. */
    static String format(SpanScores cue, SpanScores source, SpanScores content) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-8s %7s %7s | %7s %7s %7s | %7s %7s %7s%n", "role", "pred",
                "gold", "P", "R", "F1", "P~", "R~", "F1~"));
        row(out, "cue", cue);
        row(out, "source", source);
        row(out, "content", content);
        out.append("(P R F1: exact match; P~ R~ F1~: overlap match)\n");
        return out.toString();
    }

    private static void row(StringBuilder out, String name, SpanScores s) {
        out.append(String.format(Locale.ROOT, "%-8s %7d %7d | %7.3f %7.3f %7.3f | %7.3f %7.3f %7.3f%n", name,
                s.predicted(), s.gold(), s.exactPrecision(), s.exactRecall(), s.exactF1(), s.overlapPrecision(),
                s.overlapRecall(), s.overlapF1()));
    }
}
