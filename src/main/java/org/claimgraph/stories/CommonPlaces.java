package org.claimgraph.stories;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Country names and their adjectives, which international news names so often that sharing them says little about
 * sharing a story. Built from the JDK's own country list (ISO 3166, English names), so it is neither hand-made nor
 * drawn from any corpus. A small corpus cannot learn this from its document frequencies.
 */
final class CommonPlaces {
    private static final int MIN_ROOT = 3;
    private static final int MAX_SUFFIX = 3;
    private static final Set<String> STEM_ROOTS = roots(w -> TextFold.stem(TextFold.fold(w)));
    private static final Set<String> KEY_ROOTS = roots(EntityKeys::skeleton);

    private CommonPlaces() {
    }

    /** Returns whether the content stem is a country name or adjective (russia, chines, ukrain). */
    static boolean isCommonStem(String stem) {
        return matches(stem, STEM_ROOTS);
    }

    /** Returns whether the one-word entity skeleton is a country name or adjective. */
    static boolean isCommonKey(String skeleton) {
        return skeleton.indexOf(' ') < 0 && matches(skeleton, KEY_ROOTS);
    }

    private static boolean matches(String word, Set<String> roots) {
        for (int n = MIN_ROOT; n <= word.length(); n++) {
            if (roots.contains(word.substring(0, n)) && word.length() - n <= MAX_SUFFIX) {
                return true;
            }
        }
        return false;
    }

    // a country's root is its one-word English name less a final vowel: Russia -> russi, China -> chin
    private static Set<String> roots(UnaryOperator<String> form) {
        Set<String> roots = new HashSet<>();
        Arrays.stream(Locale.getISOCountries()).map(c -> new Locale("", c).getDisplayCountry(Locale.ENGLISH))
                .filter(name -> name.indexOf(' ') < 0 && name.length() > MIN_ROOT).map(form)
                .map(s -> "aeiouy".indexOf(s.charAt(s.length() - 1)) >= 0 ? s.substring(0, s.length() - 1) : s)
                .filter(s -> s.length() >= MIN_ROOT).forEach(roots::add);
        return Set.copyOf(roots);
    }
}
