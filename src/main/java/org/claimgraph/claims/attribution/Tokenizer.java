package org.claimgraph.claims.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into tokens and sentences with offsets into the original text. A fast rule-based splitter for news
 * prose: abbreviations and initials keep their period, a sentence ends at a final stop followed by a capital or a
 * quote, and a line break always ends a sentence. Thread-safe.
 */
final class Tokenizer {
    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{L}\\.){2,}"                                   // U.S., U.N.
            + "|\\p{L}[\\p{L}\\p{M}\\d]*(?:['’]\\p{L}+)*(?:[-–]\\p{L}[\\p{L}\\d]*)*"
            + "|\\d+(?:[.,:/]\\d+)*%?"
            + "|\\.{2,}|[-–—]{2,}"
            + "|[^\\s\\p{Z}\\p{Cf}]");
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen",
            "lt", "col", "sgt", "st", "jr", "sr", "inc", "co", "corp", "ltd", "vs", "jan", "feb", "mar", "apr",
            "aug", "sept", "sep", "oct", "nov", "dec", "prof", "rev", "ft", "mt", "ave", "calif", "fla", "ariz",
            "mass", "conn", "wash", "pa", "va", "ky", "tenn", "ga", "la", "ill", "mich", "minn", "wis", "okla",
            "colo", "nev", "ore", "md", "del", "n.j", "n.y", "u.s", "et", "al", "approx", "dept", "gov't", "govt");
    private static final Set<String> STOPS = Set.of(".", "!", "?", "...", "…");
    private static final Set<String> CLOSERS = Set.of("\"", "”", "’", "'", ")", "]");

    /** Returns the tokens of the text, each with its sentence index; empty for blank text. */
    List<Token> tokenize(String text) {
        List<Token> raw = rawTokens(text);
        List<Token> out = new ArrayList<>(raw.size());
        int sentence = 0;
        for (int i = 0; i < raw.size(); i++) {
            Token token = raw.get(i);
            if (!out.isEmpty() && startsSentence(text, raw, i)) {
                sentence++;
            }
            out.add(token.withSentence(sentence));
        }
        return out;
    }

    private static List<Token> rawTokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            int end = m.end();
            String word = m.group();
            if (end < text.length() && text.charAt(end) == '.' && isAbbreviation(word)) {
                end++;
            }
            tokens.add(new Token(m.start(), end, text.substring(m.start(), end), 0));
            if (end != m.end()) {
                m.region(end, text.length());
            }
        }
        return tokens;
    }

    private static boolean isAbbreviation(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return ABBREVIATIONS.contains(lower) || word.length() == 1 && Character.isUpperCase(word.charAt(0))
                || word.endsWith(".");
    }

    private static boolean startsSentence(String text, List<Token> raw, int i) {
        Token previous = raw.get(i - 1);
        if (text.substring(previous.end(), raw.get(i).start()).indexOf('\n') >= 0) {
            return true;
        }
        int j = i - 1;
        while (j > 0 && CLOSERS.contains(raw.get(j).text()) && i - j < 3
                && raw.get(j).start() == raw.get(j - 1).end()) {
            j--;
        }
        if (!STOPS.contains(raw.get(j).text())) {
            return false;
        }
        Token next = raw.get(i);
        char first = next.text().charAt(0);
        boolean spaced = next.start() > previous.end();
        return Character.isUpperCase(first) || Character.isDigit(first)
                || spaced && (first == '"' || first == '“' || first == '(' || first == '‘' || first == '\'');
    }
}
