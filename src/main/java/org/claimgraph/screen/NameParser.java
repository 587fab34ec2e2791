package org.claimgraph.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prepares names for matching: transliterates, tokenises, strips legal forms from the ends, maps generic
 * company words to one spelling and weighs each token. Bounded: only the first {@value #MAX_CHARS} characters
 * and {@value #MAX_TOKENS} tokens of a name count. Thread-safe.
 */
final class NameParser {
    static final int MAX_CHARS = 300;
    static final int MAX_TOKENS = 24;
    static final float WEIGHT_TERM = 0.4f;
    static final float WEIGHT_STOP = 0.2f;
    static final float WEIGHT_INITIAL = 0.5f;
    /** Words in parentheses qualify a name (a country, a former name) and count for less. */
    static final float QUALIFIER = 0.5f;

    /** One word of a name: lowercase ASCII, and how it was written. */
    record Word(String text, boolean acronym, boolean qualifier) {
    }
    private final Latinizer latinizer = new Latinizer();
    private final NameTerms terms = NameTerms.load(latinizer);

    /** Returns the prepared form; empty when the name has no letters or digits. */
    NameForm parse(String raw) {
        String cut = raw.length() > MAX_CHARS ? raw.substring(0, MAX_CHARS) : raw;
        String ascii = latinizer.ascii(cut);
        boolean mixedCase = !ascii.equals(ascii.toUpperCase(Locale.ROOT));
        List<Word> words = Numbers.normalise(tokenize(ascii, mixedCase));
        var tokens = new ArrayList<String>(words.size());
        words.forEach(w -> tokens.add(w.text()));
        var legal = new ArrayList<String>();
        int[] range = stripLegalForms(tokens, legal);
        return build(raw, words.subList(range[0], range[1]), legal);
    }

    /** Splits lowercase-or-not ASCII text into lowercase tokens of letters and digits. */
    static List<String> split(String ascii) {
        var out = new ArrayList<String>();
        for (Word w : tokenize(ascii, false)) {
            out.add(w.text());
        }
        return out;
    }

    /**
     * Splits ASCII text into lowercase words, noting which were written as capital acronyms in a mixed-case
     * name and which stood in parentheses (qualifiers such as a country: Deutsche Bank (Schweiz) AG).
     */
    private static List<Word> tokenize(String ascii, boolean mixedCase) {
        var out = new ArrayList<Word>();
        int start = -1;
        int depth = 0;
        for (int i = 0; i <= ascii.length() && out.size() < MAX_TOKENS; i++) {
            char c = i < ascii.length() ? ascii.charAt(i) : ' ';
            boolean word = Character.isLetterOrDigit(c) && c < 128;
            if (word && start >= 0 && mixedCase && isCamelBoundary(ascii, start, i)) {
                // a capital after a small letter starts a new word: FridrichBuchenberg (joined back when needed)
                out.add(new Word(ascii.substring(start, i).toLowerCase(Locale.ROOT), false, depth > 0));
                start = i;
            } else if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                String t = ascii.substring(start, Math.min(i, start + 40));
                boolean acronym = mixedCase && t.length() >= 2 && t.length() <= 6
                        && t.chars().allMatch(Character::isUpperCase);
                out.add(new Word(t.toLowerCase(Locale.ROOT), acronym, depth > 0));
                start = -1;
            }
            depth += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
            depth = Math.max(0, depth);
        }
        return out;
    }

    /** Returns whether a word of three or more letters starts with a capital at {@code i} after three or more. */
    private static boolean isCamelBoundary(String ascii, int start, int i) {
        if (i - start < 3 || !Character.isUpperCase(ascii.charAt(i)) || !Character.isLowerCase(ascii.charAt(i - 1))) {
            return false;
        }
        int end = i + 1;
        while (end < ascii.length() && Character.isLowerCase(ascii.charAt(end))) {
            end++;
        }
        return end - i >= 3; // GmbH and McDonald stay whole
    }

    /** Returns [from, to) of the tokens left once legal forms are stripped from both ends; never empty. */
    private int[] stripLegalForms(List<String> tokens, List<String> legal) {
        int from = 0;
        int to = tokens.size();
        boolean changed = true;
        while (changed && to - from > 1) {
            changed = false;
            boolean mayHead = terms.mayStartLegalForm(tokens.get(from));
            boolean mayTail = terms.mayEndLegalForm(tokens.get(to - 1));
            for (int len = Math.min(terms.longestLegalForm(), to - from - 1); len >= 1 && !changed
                    && (mayHead || mayTail); len--) {
                String head = mayHead ? terms.legalForm(String.join(" ", tokens.subList(from, from + len))) : null;
                String tail = mayTail ? terms.legalForm(String.join(" ", tokens.subList(to - len, to))) : null;
                if (head != null) {
                    legal.add(head);
                    from += len;
                    changed = true;
                } else if (tail != null) {
                    legal.add(tail);
                    to -= len;
                    changed = true;
                }
            }
        }
        return new int[] {from, to};
    }

    private NameForm build(String raw, List<Word> words, List<String> legal) {
        int n = words.size();
        var out = new String[n];
        var weights = new float[n];
        var acronyms = new boolean[n];
        var initials = new String[n];
        for (int i = 0; i < n; i++) {
            String t = words.get(i).text();
            String canonical = terms.term(t);
            out[i] = canonical == null ? t : canonical;
            acronyms[i] = words.get(i).acronym() && canonical == null && !terms.isStopWord(t);
            weights[i] = weight(t, canonical) * (words.get(i).qualifier() ? QUALIFIER : 1f);
            initials[i] = initials(t, canonical);
        }
        return new NameForm(raw, out, weights, acronyms, initials, legal);
    }

    private float weight(String token, String canonical) {
        if (canonical != null) {
            return WEIGHT_TERM;
        }
        if (terms.isStopWord(token)) {
            return WEIGHT_STOP;
        }
        return token.length() == 1 && !Character.isDigit(token.charAt(0)) ? WEIGHT_INITIAL : 1f;
    }

    private String initials(String token, String canonical) {
        var sb = new StringBuilder().append(token.charAt(0));
        if (canonical != null) {
            terms.initials(canonical).forEach(sb::append);
        }
        return sb.toString();
    }
}
