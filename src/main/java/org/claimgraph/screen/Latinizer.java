package org.claimgraph.screen;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Turns a name in any script into lowercase ASCII. Cyrillic goes through our own table so that
 * ж/х/ц/ч/ш/щ/я/ю/й always come out the same way; other scripts go through ICU's
 * {@code Any-Latin; Latin-ASCII}.
 * Thread-safe.
 */
final class Latinizer {
    // а..я (U+0430..U+044F); ё and the Ukrainian/Belarusian letters are handled in cyrillic()
    private static final String[] RUSSIAN = {"a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n",
        "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};
    private com.ibm.icu.text.Transliterator icu;

    /** Returns the ASCII form, keeping case so that acronyms stay visible; apostrophes dropped. */
    String ascii(String raw) {
        var sb = new StringBuilder(raw.length() + 8);
        boolean plain = true;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < 128) {
                appendAscii(sb, c);
            } else if (c >= 0x0400 && c <= 0x04FF) {
                sb.append(cyrillic(c));
            } else if (c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u00B4' || c == '\u02B9') {
                continue; // apostrophes join: Xi’an = Xian
            } else {
                sb.append(c);
                plain = false;
            }
        }
        return plain ? sb.toString() : foldRest(sb.toString());
    }

    private static void appendAscii(StringBuilder sb, char c) {
        if (c == '\'' || c == '`') {
            return;
        }
        if (c == '&') {
            sb.append(" and ");
        } else {
            sb.append(c);
        }
    }

    private static String cyrillic(char c) {
        char lower = Character.toLowerCase(c);
        String latin;
        if (lower >= '\u0430' && lower <= '\u044F') {
            latin = RUSSIAN[lower - '\u0430'];
        } else {
            latin = switch (lower) {
                case 'ё', 'є' -> lower == 'ё' ? "e" : "ye";
                case 'і' -> "i";
                case 'ї' -> "yi";
                case 'ґ' -> "g";
                case 'ў' -> "u";
                case 'ј' -> "j";
                default -> " ";
            };
        }
        // keep the case of the first letter so that an all-capital Cyrillic acronym (ООО) stays one
        return c != lower && !latin.isEmpty() ? latin.toUpperCase(Locale.ROOT) : latin;
    }

    private String foldRest(String s) {
        String folded = stripMarks(special(s));
        if (folded.chars().allMatch(ch -> ch < 128)) {
            return folded;
        }
        // other scripts go to ICU with their marks: Indic vowel signs are marks, and are letters to transliterate
        return stripMarks(viaIcu(s)).replaceAll("[^\\x00-\\x7F]", " ");
    }

    private static String stripMarks(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    }

    private static String special(String s) {
        return s.replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE").replace("ø", "o").replace("Ø", "O")
                .replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("þ", "th")
                .replace("œ", "oe").replace("Œ", "OE").replace("ı", "i").replace("ð", "d");
    }

    private synchronized String viaIcu(String s) {
        // ICU builds this compound transliterator in tens of milliseconds: only do it when a name needs it
        if (icu == null) {
            icu = com.ibm.icu.text.Transliterator.getInstance("Any-Latin; Latin-ASCII");
        }
        return icu.transliterate(s);
    }
}
