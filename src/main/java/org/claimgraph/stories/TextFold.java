package org.claimgraph.stories;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folds text to comparable word forms: Unicode compatibility forms, no diacritics, Cyrillic transliterated to Latin,
 * lower case; and cuts words to short stems so that inflections and light paraphrases still match.
 */
final class TextFold {
    /** Letters-or-digits runs, with inner hyphens and apostrophes. */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final String CYRILLIC = "абвгґдеєжзиіїйклмнопрстуфхцчшщъыьэюяё";
    private static final String[] LATIN = {"a", "b", "v", "h", "g", "d", "e", "ie", "zh", "z", "y", "i", "i", "i",
        "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "iu",
        "ia", "e"};
    private static final int STEM_LENGTH = 6;
    private static final Set<String> STOP = Set.copyOf(Arrays.asList((
            "a an the and or but of to in on at for with by from as is are was "
            + "were be been being it its this that these those he she they we you i his her their our your him them "
            + "us me my not no if then than so such do does did done has have had having will would can could may "
            + "might must shall should said says say told also into over under after before about up down out off "
            + "more most other some any all each both few many much very just only own same too now while which who "
            + "whom what when where why how there here per via der die das und den dem des ein eine einer eines "
            + "einem ist sind war wurde wurden mit von zu im auf fur nicht sich auch als bei nach aus wie oder "
            + "dass es er sie wir ihr noch um am vom zum zur hat haben werden wird na ta ne vid do za pro shcho "
            + "iak tse vin vona vony y v z u o s").split(" ")));

    private TextFold() {
    }

    /** Returns the text without diacritics, with Cyrillic in Latin letters, in lower case. */
    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (isAscii(lower)) {
            return lower;
        }
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            int k = c >= 'а' && c <= 'ґ' ? CYRILLIC.indexOf(c) : -1;
            out.append(k >= 0 ? LATIN[k] : String.valueOf(c));
        }
        String decomposed = Normalizer.normalize(out, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("");
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Returns whether the folded word carries no topic (function words of English, German and Ukrainian). */
    static boolean isStopword(String folded) {
        return STOP.contains(folded);
    }

    /** Returns the stem of a folded word: its first few characters, with possessive endings removed. */
    static String stem(String folded) {
        String word = folded.endsWith("'s") || folded.endsWith("’s") ? folded.substring(0, folded.length() - 2)
                : folded;
        return word.length() <= STEM_LENGTH ? word : word.substring(0, STEM_LENGTH);
    }

    /** Returns the stems of the content words of the text, in order (folded, no stopwords, no one-letter words). */
    static List<String> contentStems(String text) {
        return contentStems(words(text));
    }

    /** Returns the stems of the content words among folded words, in order. */
    static List<String> contentStems(List<String> words) {
        List<String> stems = new ArrayList<>();
        for (String w : words) {
            if (w.length() > 1 && !isStopword(w)) {
                stems.add(stem(w));
            }
        }
        return stems;
    }

    /** Returns the folded words of the text, in order, stopwords included. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(fold(text));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }
}
