package org.claimgraph.screen;

/**
 * A phonetic key for one lowercase ASCII token, so that transliteration variants meet: Vektor/Vector,
 * Antey/Antej/Antei, Almaz/Almas, Kharkov/Harkov, Shcherbakov/Scherbakov, doubled letters.
 */
final class FuzzyKey {
    private static final String[][] DIGRAPHS = {
        {"shch", "S"}, {"sch", "S"}, {"sh", "S"}, {"tch", "C"}, {"dzh", "J"}, {"zh", "J"}, {"ch", "C"},
        {"kh", "h"}, {"ph", "f"}, {"th", "t"}, {"ck", "k"}, {"gh", "g"}, {"tz", "ts"}, {"ou", "u"}, {"dj", "J"}};

    private FuzzyKey() {
    }

    /** Returns the key; digits and short tokens are kept as they are. */
    static String of(String token) {
        if (token.length() < 3 || Character.isDigit(token.charAt(0))) {
            return token;
        }
        String s = token;
        for (String[] d : DIGRAPHS) {
            if (s.contains(d[0])) {
                s = s.replace(d[0], d[1]);
            }
        }
        var sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = single(s.charAt(i), i > 0 && isVowel(s.charAt(i - 1)));
            if (sb.length() == 0 || sb.charAt(sb.length() - 1) != c) {
                sb.append(c); // doubled letters collapse, and so do iy/ii/yi endings once y became i
            }
        }
        return sb.toString();
    }

    private static char single(char c, boolean afterVowel) {
        return switch (c) {
            case 'q', 'c' -> 'k';
            case 'x' -> 'k'; // x = ks; the s is dropped so that the key keeps one letter per letter
            case 'w' -> 'v';
            case 'z' -> 's';
            case 'y' -> 'i';
            case 'j' -> afterVowel ? 'i' : 'J'; // Slavic j after a vowel is y (Antej); elsewhere often dzh
            default -> c;
        };
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }
}
