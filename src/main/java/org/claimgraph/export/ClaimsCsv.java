package org.claimgraph.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import org.claimgraph.core.Claim;
import org.claimgraph.core.ClaimGraph;

/** One CSV row a claim, quoted per RFC 4180, with a header row. */
final class ClaimsCsv {
    private static final List<String> HEADER = List.of("id", "subject", "predicate", "object", "value_low",
            "value_high", "unit", "hedge", "stance", "attributed_to", "origin", "independent_sources", "documents",
            "contradicted_by");

    void write(ClaimGraph graph, Writer out) {
        try {
            row(out, HEADER);
            for (Claim c : graph.claims()) {
                row(out, List.of(c.id().value(), c.subject(), c.predicate(), text(c.object()),
                        c.value() == null ? "" : Double.toString(c.value().low()),
                        c.value() == null ? "" : Double.toString(c.value().high()),
                        c.value() == null ? "" : c.value().unit(), c.value() == null ? "" : c.value().hedge().name(),
                        c.stance().name(), String.join(" < ", c.attributedTo()), text(c.origin()),
                        Integer.toString(c.independentSources()),
                        c.documents().stream().map(d -> d.value()).collect(Collectors.joining(" ")),
                        c.contradictedBy().stream().map(x -> x.value()).collect(Collectors.joining(" "))));
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the CSV export", e);
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static void row(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            out.write(i == 0 ? "" : ",");
            out.write(quote(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** Quotes a cell; a leading formula character is prefixed with an apostrophe so spreadsheets do not run it. */
    static String quote(String cell) {
        String safe = !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?[0-9.]+")
                ? "'" + cell : cell;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
