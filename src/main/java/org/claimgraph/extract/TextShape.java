package org.claimgraph.extract;

import java.util.regex.Pattern;

/** Measures the shape of a line of text: word counts, sentence ends, bullets, person-name form. Thread-safe. */
final class TextShape {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…:;\"”’»)]\\s*$");
    private static final Pattern BULLET = Pattern.compile("^\\s*[•·▪►*]\\s*");
    private static final Pattern NAME = Pattern.compile("(?:By\\s+)?\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:(?:de|van|von|der|"
            + "da|di|le|la|bin|al)\\s+)?\\p{Lu}[\\p{L}'’.-]+){1,3}");
    /** Lines of at least this many words read as paragraphs of prose. */
    static final int PROSE_WORDS = 8;

    private TextShape() {
    }

    /** Returns the number of words in the text. */
    static int words(String text) {
        var m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Returns whether the line ends like a sentence (or a quotation, a label or an ellipsis). */
    static boolean endsSentence(String line) {
        return SENTENCE_END.matcher(line).find();
    }

    /** Returns whether the line is a paragraph of prose: long enough and with lower-case words. */
    static boolean isProse(String line) {
        return words(line) >= PROSE_WORDS && !line.equals(line.toUpperCase(java.util.Locale.ROOT));
    }

    /** Returns whether the line could be a headline: a few words, not ending like a sentence. */
    static boolean isHeadline(String line) {
        int n = words(line);
        return n >= 3 && n <= 30 && line.length() <= 250 && !line.strip().endsWith(".")
                && !line.strip().endsWith(",") && !BULLET.matcher(line).find();
    }

    /** Returns whether the line is a list bullet. */
    static boolean isBullet(String line) {
        return BULLET.matcher(line).find();
    }

    /** Returns whether the whole line is a person's name, optionally after "By". */
    static boolean isPersonName(String line) {
        return line.length() <= 60 && NAME.matcher(line.strip()).matches();
    }
}
