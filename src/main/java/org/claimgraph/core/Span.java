package org.claimgraph.core;

/**
 * A half-open range of character offsets {@code [start, end)} into an article's cleaned text.
 */
public record Span(int start, int end) implements Comparable<Span> {
    /** Validates that {@code 0 <= start <= end}. */
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span [" + start + ", " + end
                    + ") is invalid; expected 0 <= start <= end");
        }
    }

    /** Returns the number of characters covered. */
    public int length() {
        return end - start;
    }

    /** Returns whether the two spans share at least one character. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** Returns whether this span covers all of the other. */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** Returns the covered text of the given string. */
    public String of(String text) {
        return text.substring(start, end);
    }

    @Override
    public int compareTo(Span other) {
        return start != other.start ? Integer.compare(start, other.start) : Integer.compare(other.end, end);
    }
}
