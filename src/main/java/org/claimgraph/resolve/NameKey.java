package org.claimgraph.resolve;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Normal forms of names for matching: a surface key (case, apostrophes, possessives and plural codes folded) and a
 * fuzzy key that also meets across transliterations (Vektor/Vector, Antey/Antej/Антей, Garpiya/Garpija/Гарпия).
 */
public final class NameKey {
    private static final Map<Character, String> CYRILLIC = cyrillic();

    private NameKey() {
    }

    /** Returns the name as written, with its apostrophes, possessive and spacing normalised. */
    public static String surface(String name) {
        String s = name.replace('’', '\'').replace('‘', '\'').replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
        s = s.replaceFirst("(?i)^the ", "");
        s = s.replaceFirst("'s$", "").replaceFirst("'$", "");
        // a plural of a model code ("two G3s") names the model
        return s.replaceFirst("^([A-Z]{1,4}-?\\d+)s$", "$1");
    }

    /** Returns the lower-case tokens of the surface form, split at spaces and hyphens. */
    public static List<String> tokens(String name) {
        String s = surface(name).toLowerCase(Locale.ROOT);
        return Arrays.stream(s.split("[\\s\\-]+")).filter(t -> !t.isEmpty()).toList();
    }

    /** Returns the exact matching key: the lower-case tokens joined by single spaces. */
    public static String exact(String name) {
        return String.join(" ", tokens(name));
    }

    /** Returns a key under which spelling and transliteration variants of one name meet. */
    public static String fuzzy(String name) {
        StringBuilder latin = new StringBuilder();
        for (char c : exact(name).toCharArray()) {
            latin.append(CYRILLIC.getOrDefault(c, String.valueOf(c)));
        }
        String s = Normalizer.normalize(latin, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.replaceAll("[^a-z0-9 ]", "");
        s = s.replace("ph", "f").replace("ck", "k").replace("ks", "x").replace('w', 'v').replace('c', 'k')
                .replace('z', 's').replace('y', 'i').replace('j', 'i');
        StringBuilder folded = new StringBuilder();
        for (String token : s.split(" ")) {
            // doubled letters are spelling noise in words (Antey/Anntey) but meaningful in codes (UN/UNN)
            folded.append(folded.length() == 0 ? "" : " ").append(token.length() > 4 ? token.replaceAll("(.)\\1+", "$1")
                    : token);
        }
        return folded.toString().strip();
    }

    private static Map<Character, String> cyrillic() {
        String from = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
        String[] to = {"a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
            "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};
        Map<Character, String> map = new java.util.HashMap<>();
        for (int i = 0; i < from.length(); i++) {
            map.put(from.charAt(i), to[i]);
        }
        return Map.copyOf(map);
    }
}
