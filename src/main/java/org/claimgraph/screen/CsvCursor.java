package org.claimgraph.screen;

import java.util.ArrayList;
import java.util.List;

/** Reads one-line CSV records (quotes, doubled quotes, CRLF or LF) one at a time, counting lines. */
final class CsvCursor {
    private final String text;
    private int pos;
    private int line = 1;
    private boolean unterminated;

    CsvCursor(String text) {
        this.text = text;
    }

    boolean hasMore() {
        return pos < text.length();
    }

    /** Returns the 1-based line the next record starts on. */
    int line() {
        return line;
    }

    /** Returns whether the last record ran to the end of the text inside a quoted field. */
    boolean unterminatedQuote() {
        return unterminated;
    }

    /** Returns the fields of the next record and moves past its line end. */
    List<String> nextRecord() {
        var fields = new ArrayList<String>(SdnCsvParser.COLUMNS);
        var field = new StringBuilder();
        unterminated = false;
        boolean quoted = false;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (quoted) {
                if (c == '"' && pos < text.length() && text.charAt(pos) == '"') {
                    field.append('"');
                    pos++;
                } else if (c == '"') {
                    quoted = false;
                } else if (c == '\n') {
                    // SDN.CSV keeps one record per line, so a line end inside quotes means a broken row:
                    // end it here and go on with the next line rather than swallow the rest of the file
                    line++;
                    unterminated = true;
                    break;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                line++;
                break;
            } else if (c != '\r') {
                field.append(c);
            }
        }
        unterminated |= quoted;
        fields.add(field.toString());
        return fields;
    }
}
