package org.claimgraph.stories;

import java.util.List;
import java.util.Set;

/** The language of a page, guessed from its script and its commonest function words; enough to pick a similarity. */
enum Language {
    /** Latin script, English function words. */
    ENGLISH,
    /** Latin script, German function words. */
    GERMAN,
    /** Cyrillic script (Ukrainian, Russian). */
    CYRILLIC,
    /** Too little text to tell. */
    UNKNOWN;

    private static final Set<String> EN = Set.of("the", "and", "of", "to", "is", "was", "that", "with", "for");
    private static final Set<String> DE = Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "von", "den");
    private static final int MIN_LETTERS = 40;
    private static final char CYRILLIC_FIRST = '\u0400';
    private static final char CYRILLIC_LAST = '\u04ff';

    /** Returns the guessed language of the text, given its folded words. */
    static Language guess(String text, List<String> words) {
        int letters = 0;
        int cyrillic = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                cyrillic += c >= CYRILLIC_FIRST && c <= CYRILLIC_LAST ? 1 : 0;
            }
        }
        if (letters < MIN_LETTERS) {
            return UNKNOWN;
        }
        if (cyrillic * 3 > letters) {
            return CYRILLIC;
        }
        long en = words.stream().filter(EN::contains).count();
        long de = words.stream().filter(DE::contains).count();
        return de > en ? GERMAN : ENGLISH;
    }

    /** Returns whether texts in the two languages can be compared word by word. */
    boolean sharesWordsWith(Language other) {
        return this == other || this == UNKNOWN || other == UNKNOWN;
    }
}
