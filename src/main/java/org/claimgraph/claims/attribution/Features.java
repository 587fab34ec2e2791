package org.claimgraph.claims.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Feature strings of the attribution tagger. Static features depend on the words only and are computed once per
 * text; history features depend on the tags already given to earlier tokens. Thread-safe.
 */
final class Features {
    /** The feature every token has. */
    static final String BIAS = "b";
    private static final String BOUNDARY = "<s>";
    private static final float CUE_LIKELY = 0.3f;
    /** Index of the word feature in the static features of a token. */
    private static final int WORD = 1;
    private static final int QUOTED = 16;
    private static final int AHEAD = 26;
    private final Map<String, Float> cueLexicon;

    /** Uses the given probabilities that a lower-cased word is (part of) a cue. */
    Features(Map<String, Float> cueLexicon) {
        this.cueLexicon = Map.copyOf(cueLexicon);
    }

    /** Returns the static features of every token of a text. */
    String[][] staticFeatures(String text, List<Token> tokens) {
        String[] lower = new String[tokens.size()];
        for (int i = 0; i < lower.length; i++) {
            lower[i] = tokens.get(i).text().toLowerCase(Locale.ROOT);
        }
        boolean[] quoted = QuoteState.insideQuotes(text, tokens);
        String[][] out = new String[tokens.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = tokenFeatures(tokens, lower, quoted, i);
        }
        return out;
    }

    private String[] tokenFeatures(List<Token> tokens, String[] lower, boolean[] quoted, int i) {
        List<String> f = new ArrayList<>(40);
        String w = lower[i];
        String p1 = word(tokens, lower, i, -1);
        String p2 = word(tokens, lower, i, -2);
        String n1 = word(tokens, lower, i, 1);
        String n2 = word(tokens, lower, i, 2);
        f.add(BIAS);
        f.add("w=" + w);
        f.add("p1=" + p1);
        f.add("p2=" + p2);
        f.add("n1=" + n1);
        f.add("n2=" + n2);
        f.add("n3=" + word(tokens, lower, i, 3));
        f.add("p1w=" + p1 + "|" + w);
        f.add("wn1=" + w + "|" + n1);
        f.add("p2p1=" + p2 + "|" + p1);
        f.add("n1n2=" + n1 + "|" + n2);
        f.add("suf=" + suffix(w));
        f.add("stem=" + stem(w));
        f.add("shape=" + shape(tokens.get(i).text()));
        f.add("p1shape=" + (i > 0 ? shape(tokens.get(i - 1).text()) : BOUNDARY));
        f.add("n1shape=" + (i + 1 < lower.length ? shape(tokens.get(i + 1).text()) : BOUNDARY));
        f.add("q=" + quoted[i]);
        f.add("qw=" + quoted[i] + "|" + shape(tokens.get(i).text()));
        f.add("cl=" + bucket(cueLexicon.getOrDefault(w, 0f)));
        f.add("p1cl=" + bucket(i > 0 ? cueLexicon.getOrDefault(p1, 0f) : 0f));
        f.add("n1cl=" + bucket(cueLexicon.getOrDefault(n1, 0f)));
        int aheadAt = cueIndex(tokens, lower, i, 1);
        int behindAt = cueIndex(tokens, lower, i, -1);
        f.add("aheadWord=" + (aheadAt < 0 ? "-" : lower[aheadAt] + "|" + bucket(aheadAt - i)));
        f.add("behindWord=" + (behindAt < 0 ? "-" : lower[behindAt] + "|" + bucket(i - behindAt)));
        f.add("p1stem=" + stem(p1));
        f.add("n1stem=" + stem(n1));
        f.add("commaAhead=" + (aheadAt < 0 ? "-" : commas(lower, i, aheadAt)));
        int ahead = cueDistance(tokens, lower, i, 1);
        int behind = cueDistance(tokens, lower, i, -1);
        f.add("ahead=" + ahead);
        f.add("behind=" + behind);
        f.add("aheadBehind=" + ahead + "|" + behind);
        f.add("aheadQ=" + ahead + "|" + quoted[i]);
        f.add("sentPos=" + sentencePosition(tokens, i));
        f.add("sentEnd=" + sentenceEnd(tokens, i));
        extra(f, tokens, lower, quoted, i);
        if (!f.get(AHEAD).startsWith("ahead=") || !f.get(QUOTED).startsWith("q=")) {
            throw new IllegalStateException("feature order changed; update AHEAD and QUOTED");
        }
        return f.toArray(String[]::new);
    }

    /** Adds the features of the cue word with its neighbours, quote distances, stem and bigram cue lexicons. */
    private void extra(List<String> f, List<Token> tokens, String[] lower, boolean[] quoted, int i) {
        String w = lower[i];
        String c1 = wordClass(tokens, lower, i - 1, i);
        String cn1 = wordClass(tokens, lower, i + 1, i);
        f.add("wc1=" + w + "|" + c1);
        f.add("wcn1=" + w + "|" + cn1);
        f.add("c1wcn1=" + c1 + "|" + stem(w) + "|" + cn1);
        f.add("wPos=" + w + "|" + sentencePosition(tokens, i));
        f.add("wq=" + w + "|" + quoted[i]);
        String left = quoteDistance(tokens, i, -1);
        String right = quoteDistance(tokens, i, 1);
        f.add("qL=" + left);
        f.add("qR=" + right);
        f.add("qLR=" + left + "|" + right);
        f.add("wqL=" + stem(w) + "|" + left);
        f.add("wqR=" + stem(w) + "|" + right);
        f.add("scl=" + bucket(cueLexicon.getOrDefault("s:" + stem(w), 0f)));
        f.add("bcl=" + bucket(i + 1 < lower.length ? cueLexicon.getOrDefault("b:" + w + " " + lower[i + 1], 0f)
                : 0f));
        f.add("pbcl=" + bucket(i > 0 ? cueLexicon.getOrDefault("b:" + lower[i - 1] + " " + w, 0f) : 0f));
        f.add("pre=" + (w.length() > 3 ? w.substring(0, 3) : w));
        f.add("suf2=" + (w.length() > 2 ? w.substring(w.length() - 2) : w));
        f.add("suf4=" + (w.length() > 4 ? w.substring(w.length() - 4) : w));
    }

    /** Returns a coarse class of token {@code j} seen from token {@code i}: pronoun, name, word or punctuation. */
    private static String wordClass(List<Token> tokens, String[] lower, int j, int i) {
        if (j < 0 || j >= lower.length || tokens.get(j).sentence() != tokens.get(i).sentence()) {
            return BOUNDARY;
        }
        if (Pronouns.isPronoun(lower[j])) {
            return "PRO";
        }
        if (lower[j].equals("that") || lower[j].equals("to") || lower[j].equals(":") || lower[j].equals(",")) {
            return lower[j];
        }
        return shape(tokens.get(j).text());
    }

    private static String quoteDistance(List<Token> tokens, int i, int step) {
        int sentence = tokens.get(i).sentence();
        for (int d = 1; d <= 40; d++) {
            int j = i + d * step;
            if (j < 0 || j >= tokens.size() || tokens.get(j).sentence() != sentence) {
                return "-";
            }
            if (QuoteState.isQuote(tokens.get(j).text())) {
                return d <= 2 ? Integer.toString(d) : d <= 5 ? "3-5" : d <= 12 ? "6-12" : "13+";
            }
        }
        return "-";
    }

    /**
     * Returns the history features of token {@code i}, given the tags of the tokens before it and the roles seen
     * so far in its sentence (see {@link #rolesSeen}).
     */
    static String[] historyFeatures(List<Token> tokens, String[] staticOfToken, Tag[] tags, int i, String seen) {
        Tag t1 = i > 0 ? tags[i - 1] : Tag.O;
        Tag t2 = i > 1 ? tags[i - 2] : Tag.O;
        boolean sameSentence = i > 0 && tokens.get(i - 1).sentence() == tokens.get(i).sentence();
        String w = staticOfToken[WORD];
        return new String[] {
            "t1=" + t1 + sameSentence,
            "t2t1=" + t2 + "|" + t1,
            "t1w=" + t1 + "|" + w,
            "t1q=" + t1 + "|" + staticOfToken[QUOTED],
            "t1ahead=" + t1 + "|" + staticOfToken[AHEAD],
            "seen=" + seen,
            "seenW=" + seen + "|" + w,
            "seenAhead=" + seen + "|" + staticOfToken[AHEAD],
        };
    }

    /**
     * Returns the roles seen in the sentence of token {@code i} before it, given those seen before token
     * {@code i - 1}; in O(1) per token.
     */
    static String rolesSeen(List<Token> tokens, Tag[] tags, int i, String previous) {
        if (i == 0 || tokens.get(i - 1).sentence() != tokens.get(i).sentence()) {
            return "---";
        }
        Role role = tags[i - 1].role();
        char[] seen = previous.toCharArray();
        if (role == Role.SOURCE) {
            seen[0] = 'S';
        } else if (role == Role.CUE) {
            seen[1] = 'C';
        } else if (role == Role.CONTENT) {
            seen[2] = 'T';
        }
        return new String(seen);
    }

    private int cueIndex(List<Token> tokens, String[] lower, int i, int step) {
        int sentence = tokens.get(i).sentence();
        for (int d = 1; d <= 30; d++) {
            int j = i + d * step;
            if (j < 0 || j >= lower.length || tokens.get(j).sentence() != sentence) {
                return -1;
            }
            if (cueLexicon.getOrDefault(lower[j], 0f) >= CUE_LIKELY) {
                return j;
            }
        }
        return -1;
    }

    private static String commas(String[] lower, int from, int to) {
        int n = 0;
        for (int j = from + 1; j < to; j++) {
            n += lower[j].equals(",") ? 1 : 0;
        }
        return Integer.toString(Math.min(n, 3));
    }

    private static String bucket(int distance) {
        return distance <= 3 ? Integer.toString(distance) : distance <= 6 ? "4-6" : distance <= 12 ? "7-12" : "13+";
    }

    private int cueDistance(List<Token> tokens, String[] lower, int i, int step) {
        int sentence = tokens.get(i).sentence();
        for (int d = 1; d <= 12; d++) {
            int j = i + d * step;
            if (j < 0 || j >= lower.length || tokens.get(j).sentence() != sentence) {
                return 0;
            }
            if (cueLexicon.getOrDefault(lower[j], 0f) >= CUE_LIKELY) {
                return d <= 3 ? d : d <= 6 ? 4 : 7;
            }
        }
        return 0;
    }

    private static String word(List<Token> tokens, String[] lower, int i, int offset) {
        int j = i + offset;
        if (j < 0 || j >= lower.length || tokens.get(j).sentence() != tokens.get(i).sentence()) {
            return BOUNDARY;
        }
        return lower[j];
    }

    private static String sentencePosition(List<Token> tokens, int i) {
        int sentence = tokens.get(i).sentence();
        int d = 0;
        while (i - d - 1 >= 0 && tokens.get(i - d - 1).sentence() == sentence && d < 4) {
            d++;
        }
        return Integer.toString(d);
    }

    private static String sentenceEnd(List<Token> tokens, int i) {
        int sentence = tokens.get(i).sentence();
        int d = 0;
        while (i + d + 1 < tokens.size() && tokens.get(i + d + 1).sentence() == sentence && d < 3) {
            d++;
        }
        return Integer.toString(d);
    }

    private static String bucket(float p) {
        return p < 0.02f ? "0" : p < 0.1f ? "1" : p < 0.3f ? "2" : p < 0.6f ? "3" : "4";
    }

    private static String suffix(String w) {
        return w.length() > 3 ? w.substring(w.length() - 3) : w;
    }

    static String stem(String w) {
        for (String end : new String[] {"ing", "ed", "es", "s"}) {
            if (w.length() > end.length() + 2 && w.endsWith(end)) {
                return w.substring(0, w.length() - end.length());
            }
        }
        return w;
    }

    private static String shape(String text) {
        char c = text.charAt(0);
        if (Character.isUpperCase(c)) {
            return text.length() > 1 && Character.isUpperCase(text.charAt(text.length() - 1)) ? "XX" : "Xx";
        }
        if (Character.isLowerCase(c)) {
            return "x";
        }
        if (Character.isDigit(c)) {
            return "d";
        }
        return QuoteState.isQuote(text) ? "Q" : text.length() == 1 ? text : "P";
    }
}
