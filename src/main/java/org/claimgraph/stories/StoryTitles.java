package org.claimgraph.stories;

/** Titles for stories: the opening page's headline, else the start of its first line of text. */
final class StoryTitles {
    static final String UNTITLED = "(untitled)";
    private static final int MAX_CHARS = 120;

    private StoryTitles() {
    }

    /** Returns the title a story opened by this page gets; never blank. */
    static String titleOf(StoryDocument doc) {
        if (!doc.title().isBlank()) {
            return cut(doc.title().strip());
        }
        for (String line : doc.text().split("\n")) {
            if (!line.isBlank()) {
                return cut(line.strip());
            }
        }
        return UNTITLED;
    }

    private static String cut(String s) {
        return s.length() <= MAX_CHARS ? s : s.substring(0, MAX_CHARS - 1) + "…";
    }
}
