package org.claimgraph.stories;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cheap entity-like keys of a text, for when no entity recogniser ran: runs of capitalised words (names of people,
 * organisations, places, products) and numbers with their units. Keys are folded and reduced to a skeleton that is
 * the same across scripts and common transliterations ({@code TSK Vektor} and {@code TSK Vector}, {@code Купол} and
 * {@code Kupol}), so that a German or Ukrainian page can share keys with an English one. Stateless.
 */
public final class EntityKeys {
    private static final Pattern TOKEN = Pattern.compile(
            "(\\d{1,3}(?:[.,\\u00a0 ]\\d{3})+|\\d+(?:[.,]\\d+)?)(?:\\s?([\\p{L}]{1,3})\\b)?"
            + "|[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*|[.!?]");
    private static final int KEY_TOKEN_LENGTH = 6;
    private static final int MAX_RUN = 4;

    private EntityKeys() {
    }

    /**
     * Returns the entity-like keys of a text, each a skeleton as {@link #skeleton(String)} makes it; numbers are
     * {@code #} then the digits without separators, then the unit if one follows ({@code #2000km}). Empty for an
     * empty text; numbers below 10 without unit are left out as too common.
     */
    public static Set<String> derive(String text) {
        Objects.requireNonNull(text, "text");
        Set<String> lowerWords = new HashSet<>();
        List<String[]> tokens = tokens(text, lowerWords);
        Set<String> keys = new LinkedHashSet<>();
        List<String> run = new ArrayList<>();
        boolean sentenceStart = true;
        for (String[] token : tokens) {
            String word = token[0];
            if (token[1] != null) {
                addNumber(keys, word, token[1]);
            } else if (isName(word, sentenceStart, lowerWords) && run.size() < MAX_RUN) {
                run.add(word);
            } else {
                flush(keys, run);
                if (isName(word, sentenceStart, lowerWords)) {
                    run.add(word);
                }
            }
            sentenceStart = word.equals(".") || word.equals("!") || word.equals("?");
            if (token[1] != null || sentenceStart) {
                flush(keys, run);
            }
        }
        flush(keys, run);
        return keys;
    }

    /**
     * Returns the cross-script skeleton of a name: folded, Latin letters, spelling variants merged (c/k, w/v, y/j/i,
     * h/g/kh/ch), doubled letters reduced, each word cut to a few characters; words joined by one space.
     */
    public static String skeleton(String name) {
        Objects.requireNonNull(name, "name");
        StringBuilder key = new StringBuilder();
        for (String word : TextFold.words(name)) {
            String s = word.replace("sch", "sh").replace("kh", "h").replace("ch", "h").replace("ck", "k")
                    .replace("ph", "f").replace("x", "ks").replace("'", "").replace("’", "");
            StringBuilder b = new StringBuilder();
            for (char c : s.toCharArray()) {
                char m = switch (c) {
                    case 'c', 'q' -> 'k';
                    case 'w' -> 'v';
                    case 'y', 'j' -> 'i';
                    case 'h' -> 'g';
                    default -> c;
                };
                if (b.length() == 0 || b.charAt(b.length() - 1) != m) {
                    b.append(m);
                }
            }
            String cut = b.length() <= KEY_TOKEN_LENGTH ? b.toString() : b.substring(0, KEY_TOKEN_LENGTH);
            key.append(key.length() == 0 ? "" : " ").append(cut);
        }
        return key.toString();
    }

    private static List<String[]> tokens(String text, Set<String> lowerWords) {
        List<String[]> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            if (m.group(1) != null) {
                String unit = m.group(2) == null ? "" : m.group(2);
                tokens.add(new String[] {m.group(1), unit});
            } else {
                tokens.add(new String[] {m.group(), null});
                if (Character.isLowerCase(m.group().charAt(0))) {
                    lowerWords.add(m.group());
                }
            }
        }
        return tokens;
    }

    private static boolean isName(String word, boolean sentenceStart, Set<String> lowerWords) {
        if (word.length() < 2 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (TextFold.isStopword(TextFold.fold(word))) {
            return false;
        }
        // a capitalised first word of a sentence is a name only if the text never writes it in lower case
        return !sentenceStart || !lowerWords.contains(lower);
    }

    private static void addNumber(Set<String> keys, String number, String unit) {
        String digits = number.replaceAll("[.,\\u00a0 ](\\d{3})", "$1").replace(',', '.');
        String foldedUnit = TextFold.fold(unit);
        boolean isUnit = !foldedUnit.isEmpty() && !TextFold.isStopword(foldedUnit);
        foldedUnit = isUnit ? skeleton(foldedUnit) : foldedUnit;
        if (!isUnit && digits.length() < 2) {
            return;
        }
        keys.add("#" + digits + (isUnit ? foldedUnit : ""));
    }

    private static void flush(Set<String> keys, List<String> run) {
        if (!run.isEmpty()) {
            String key = skeleton(String.join(" ", run));
            if (!key.isBlank()) {
                keys.add(key);
            }
            run.clear();
        }
    }
}
