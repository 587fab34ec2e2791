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
    private final Latinizer latinizer = new Latinizer();
    private final NameTerms terms = NameTerms.load(latinizer);

    /** Returns the prepared form; empty when the name has no letters or digits. */
    NameForm parse(String raw) {
        String cut = raw.length() > MAX_CHARS ? raw.substring(0, MAX_CHARS) : raw;
        String ascii = latinizer.ascii(cut);
        boolean mixedCase = !ascii.equals(ascii.toUpperCase(Locale.ROOT));
        var cased = splitKeepingCase(ascii);
        var tokens = new ArrayList<String>(cased.size());
        var acronymFlags = new ArrayList<Boolean>(cased.size());
        for (String t : cased) {
            tokens.add(t.toLowerCase(Locale.ROOT));
            acronymFlags.add(mixedCase && t.length() >= 2 && t.length() <= 6 && t.chars().allMatch(Character::isUpperCase));
        }
        var legal = new ArrayList<String>();
        int[] range = stripLegalForms(tokens, legal);
        return build(raw, tokens.subList(range[0], range[1]), acronymFlags.subList(range[0], range[1]), legal);
    }

    /** Splits lowercase-or-not ASCII text into lowercase tokens of letters and digits. */
    static List<String> split(String ascii) {
        var out = new ArrayList<String>();
        for (String t : splitKeepingCase(ascii)) {
            out.add(t.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static List<String> splitKeepingCase(String ascii) {
        var out = new ArrayList<String>();
        int start = -1;
        for (int i = 0; i <= ascii.length() && out.size() < MAX_TOKENS; i++) {
            boolean word = i < ascii.length() && Character.isLetterOrDigit(ascii.charAt(i)) && ascii.charAt(i) < 128;
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(ascii.substring(start, Math.min(i, start + 40)));
                start = -1;
            }
        }
        return out;
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

    private NameForm build(String raw, List<String> tokens, List<Boolean> flags, List<String> legal) {
        int n = tokens.size();
        var out = new String[n];
        var weights = new float[n];
        var acronyms = new boolean[n];
        var initials = new String[n];
        for (int i = 0; i < n; i++) {
            String t = tokens.get(i);
            String canonical = terms.term(t);
            out[i] = canonical == null ? t : canonical;
            acronyms[i] = flags.get(i) && canonical == null && !terms.isStopWord(t);
            weights[i] = weight(t, canonical);
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
