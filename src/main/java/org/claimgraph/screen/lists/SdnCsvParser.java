package org.claimgraph.screen.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.core.Problem;
import org.claimgraph.core.Stage;

/** Parses OFAC's legacy SDN.CSV: no header, 12 quoted columns, {@code -0-} nulls, a trailing DOS EOF byte. */
final class SdnCsvParser {
    static final int COLUMNS = 12;
    private static final String NULL = "-0-";
    private static final char DOS_EOF = 0x1A;
    /** Remarks carry aliases as {@code a.k.a. 'NAME'} (also f.k.a. and n.k.a.), each in single quotes. */
    private static final Pattern ALIAS = Pattern.compile("\\b[afn]\\.k\\.a\\.,?\\s*'([^']+)'");

    /** Several programmes come joined as {@code PROG1] [PROG2}. */
    private static final Pattern PROGRAMME_SEPARATOR = Pattern.compile("\\]\\s*\\[");
    private final String source;
    private final List<ListEntry> entries = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    SdnCsvParser(String source) {
        this.source = source;
    }

    /** Parses the whole text; bad rows become problems, the rest entries. */
    void parse(String text) {
        var csv = new CsvCursor(text);
        while (csv.hasMore()) {
            int line = csv.line();
            List<String> fields = csv.nextRecord();
            if (fields.size() == 1 && fields.get(0).trim().isEmpty()
                    || fields.size() == 1 && fields.get(0).equals(String.valueOf(DOS_EOF))) {
                continue; // blank line, or the DOS end-of-file byte OFAC appends
            }
            if (line == 1 && fields.get(0).trim().equalsIgnoreCase("ent_num")) {
                continue; // a header line added by a re-publisher; OFAC's own file has none
            }
            addRow(line, fields, csv.unterminatedQuote());
        }
    }

    List<ListEntry> entries() {
        return entries;
    }

    List<Problem> problems() {
        return problems;
    }

    private void addRow(int line, List<String> fields, boolean unterminated) {
        if (unterminated) {
            problem(line, "row has broken quotes; expected each field quoted as \"...\" and followed by a comma");
        } else if (fields.size() != COLUMNS) {
            problem(line, "row has " + fields.size() + " columns; expected " + COLUMNS
                    + " (ent_num, SDN_Name, SDN_Type, Program, ..., Remarks)");
        } else if (!isNumber(fields.get(0).trim())) {
            problem(line, "ent_num '" + clip(fields.get(0)) + "' is not a number; expected a positive integer");
        } else if (value(fields.get(1)).isEmpty()) {
            problem(line, "entry " + fields.get(0).trim() + " has no SDN_Name; expected a name");
        } else {
            entries.add(entry(fields));
        }
    }

    private static ListEntry entry(List<String> f) {
        String remarks = value(f.get(11));
        var aliases = new ArrayList<String>();
        Matcher m = ALIAS.matcher(remarks.contains(".k.a.") ? remarks : "");
        while (m.find()) {
            aliases.add(m.group(1).trim());
        }
        var programmes = new ArrayList<String>();
        for (String p : PROGRAMME_SEPARATOR.split(value(f.get(3)))) {
            if (!p.isBlank()) {
                programmes.add(p.replace("[", "").replace("]", "").trim());
            }
        }
        return new ListEntry(f.get(0).trim(), value(f.get(1)), aliases, type(value(f.get(2))), programmes);
    }

    private static EntryType type(String sdnType) {
        return switch (sdnType.toLowerCase(java.util.Locale.ROOT)) {
            case "individual" -> EntryType.PERSON;
            case "vessel" -> EntryType.VESSEL;
            case "aircraft" -> EntryType.AIRCRAFT;
            case "" -> EntryType.ORGANISATION; // OFAC leaves SDN_Type null for entities
            default -> EntryType.UNKNOWN;
        };
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static String value(String field) {
        String v = field.trim();
        return v.equals(NULL) ? "" : v;
    }

    private void problem(int line, String message) {
        problems.add(new Problem(source, Stage.SCREEN, "line " + line, "OFAC SDN " + message));
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
