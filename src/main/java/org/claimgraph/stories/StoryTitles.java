package org.claimgraph.stories;

/**
 * Titles for stories: the opening page's headline, else the first line of its text with enough words without digits
 * to be one (widgets, place names and dates above a scraped article have fewer), else its first line.
 */
final class StoryTitles {
    static final String UNTITLED = "(untitled)";
    private static final int MAX_CHARS = 120;
    private static final int MIN_WORDS = 4;

    private StoryTitles() {
    }

    /** Returns the title a story opened by this page gets; never blank. */
    static String titleOf(StoryDocument doc) {
        if (!doc.title().isBlank()) {
            return cut(doc.title().strip());
        }
        String first = null;
        for (String line : doc.text().split("\n")) {
            if (TextFold.words(line).stream().filter(StoryTitles::hasNoDigit).count() >= MIN_WORDS) {
                return cut(line.strip());
            }
            first = first == null && !line.isBlank() ? line.strip() : first;
        }
        return first == null ? UNTITLED : cut(first);
    }

    private static boolean hasNoDigit(String word) {
        return word.chars().noneMatch(Character::isDigit);
    }

    private static String cut(String s) {
        return s.length() <= MAX_CHARS ? s : s.substring(0, MAX_CHARS - 1) + "…";
    }
}
