package org.claimgraph.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.claimgraph.core.Span;

/**
 * One body paragraph of a document: its span in the text and the sorted distinct hashes of its content stems.
 * Lines with few content words (weather widgets, ad slots, bylines) are furniture and never become paragraphs. The
 * folded words are kept while a document is profiled and dropped before it is indexed.
 */
record Paragraph(int start, int end, int[] stems, List<String> words) {
    /** Fewer content stems than this make a line furniture. */
    static final int MIN_STEMS = 6;
    private static final int MAX_CHARS = 1200;

    /** Returns the paragraph without its words, as the index keeps it. */
    Paragraph withoutWords() {
        return new Paragraph(start, end, stems, List.of());
    }

    /** Returns the span of the paragraph. */
    Span span() {
        return new Span(start, end);
    }

    /** Returns the body paragraphs of a text: its lines, long lines cut at sentence ends, furniture left out. */
    static List<Paragraph> split(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            addLine(text, lineStart, lineEnd, paragraphs);
            lineStart = lineEnd + 1;
        }
        return paragraphs;
    }

    private static void addLine(String text, int start, int end, List<Paragraph> paragraphs) {
        int from = start;
        while (from < end) {
            int to = end;
            if (to - from > MAX_CHARS) {
                int cut = text.lastIndexOf(". ", from + MAX_CHARS);
                to = cut > from + MAX_CHARS / 3 ? cut + 1 : from + MAX_CHARS;
            }
            add(text, from, to, paragraphs);
            from = to;
        }
    }

    private static void add(String text, int start, int end, List<Paragraph> paragraphs) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        List<String> words = TextFold.words(text.substring(s, e));
        List<String> stems = TextFold.contentStems(words);
        if (stems.size() >= MIN_STEMS) {
            int[] hashes = stems.stream().mapToInt(Hashing::of).distinct().sorted().toArray();
            paragraphs.add(new Paragraph(s, e, hashes, words));
        }
    }

    /** Returns the number of stems the two paragraphs share. */
    int shared(Paragraph other) {
        int i = 0;
        int j = 0;
        int n = 0;
        int[] a = stems;
        int[] b = other.stems;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Paragraph p && p.start == start && p.end == end && Arrays.equals(p.stems, stems);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * start + end) + Arrays.hashCode(stems);
    }

    @Override
    public String toString() {
        return "Paragraph[" + start + ", " + end + ")";
    }
}
