package org.claimgraph.screen.lists;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads one-line CSV records (quotes, doubled quotes, CRLF or LF) one at a time, counting lines. Scans with
 * {@code indexOf} rather than char by char, which keeps a cold start (before the JIT) fast on multi-megabyte lists.
 */
final class CsvCursor {
    private final String text;
    private final int length;
    private int pos;
    private int line = 1;
    private int lineEnd;
    private boolean unterminated;

    CsvCursor(String text) {
        this.text = text;
        this.length = text.length();
    }

    boolean hasMore() {
        return pos < length;
    }

    /** Returns the 1-based line the next record starts on. */
    int line() {
        return line;
    }

    /** Returns whether the last record had broken quotes: one its line did not close, or text after one. */
    boolean unterminatedQuote() {
        return unterminated;
    }

    /** Returns the fields of the next record and moves past its line end. */
    List<String> nextRecord() {
        var fields = new ArrayList<String>(SdnCsvParser.COLUMNS);
        int nl = text.indexOf('\n', pos);
        lineEnd = nl < 0 ? length : nl;
        unterminated = false;
        while (true) {
            fields.add(pos < lineEnd && text.charAt(pos) == '"' ? quoted() : unquoted());
            if (unterminated || pos >= lineEnd || text.charAt(pos) == '\r' && pos + 1 >= lineEnd) {
                break;
            }
            if (text.charAt(pos) != ',') {
                unterminated = true; // text after a closing quote: the quotes are broken
                break;
            }
            pos++; // past the comma
        }
        pos = lineEnd + 1;
        line++;
        return fields;
    }

    private String unquoted() {
        int comma = text.indexOf(',', pos);
        int end = comma < 0 || comma > lineEnd ? lineEnd : comma;
        String field = text.substring(pos, end > pos && text.charAt(end - 1) == '\r' ? end - 1 : end);
        pos = end;
        return field;
    }

    /** Reads a quoted field; SDN.CSV keeps one record per line, so a quote the line does not close is an error. */
    private String quoted() {
        var sb = new StringBuilder();
        int from = pos + 1;
        while (true) {
            int close = text.indexOf('"', from);
            if (close < 0 || close > lineEnd) {
                unterminated = true;
                pos = lineEnd;
                return sb.append(text, from, lineEnd).toString();
            }
            sb.append(text, from, close);
            if (close + 1 < lineEnd && text.charAt(close + 1) == '"') {
                sb.append('"');
                from = close + 2;
            } else {
                pos = close + 1;
                return sb.toString();
            }
        }
    }
}
