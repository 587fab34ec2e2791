package org.claimgraph.evaluation.sanctions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the small headed CSV files of the sanctions matching benchmarks into rows keyed by column name. */
public final class SanctionsCsv {
    private SanctionsCsv() {
    }

    /**
     * Returns the rows of a CSV file with a header line; quoted fields may hold commas and doubled quotes.
     *
     * @throws UncheckedIOException when the file cannot be read
     */
    public static List<Map<String, String>> read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read benchmark file '" + file + "'", e);
        }
        List<List<String>> records = records(text);
        var rows = new ArrayList<Map<String, String>>();
        List<String> header = records.isEmpty() ? List.of() : records.get(0);
        for (List<String> r : records.subList(Math.min(1, records.size()), records.size())) {
            var row = new LinkedHashMap<String, String>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < r.size() ? r.get(i) : "");
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> records(String text) {
        var out = new ArrayList<List<String>>();
        var fields = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted && c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (!quoted && c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                out.add(List.copyOf(fields));
                fields.clear();
            } else if (quoted || c != '\r') {
                field.append(c);
            }
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            out.add(List.copyOf(fields));
        }
        return out;
    }
}
