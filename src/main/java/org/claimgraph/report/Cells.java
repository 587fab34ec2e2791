package org.claimgraph.report;

import java.util.Locale;
import org.claimgraph.core.Claim;
import org.claimgraph.core.Hedge;
import org.claimgraph.core.Quantity;

/** Formats table cells for the terminal: clipped text, values with their hedges, readable predicates. */
final class Cells {
    private Cells() {
    }

    static String clip(String text, int width) {
        String oneLine = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        // control characters from an article must not reach the terminal
        oneLine = oneLine.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() <= width ? oneLine : oneLine.substring(0, width - 1) + "…";
    }

    static String predicate(Claim c) {
        return c.predicate().replace('_', ' ');
    }

    static String value(Quantity q) {
        if (q == null) {
            return "";
        }
        String hedge = switch (q.hedge()) {
            case APPROXIMATE -> "~";
            case AT_LEAST -> ">=";
            case AT_MOST -> "<=";
            case EXACT -> "";
        };
        String number = q.isSingle() ? number(q.low()) : number(q.low()) + "-" + number(q.high());
        return (q.hedge() == Hedge.EXACT ? "" : hedge) + number + (q.unit().isEmpty() ? "" : " " + q.unit());
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v) : String.format(Locale.ROOT, "%,.1f", v);
    }
}
