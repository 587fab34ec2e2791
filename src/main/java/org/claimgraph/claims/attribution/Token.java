package org.claimgraph.claims.attribution;

import java.util.Objects;

/**
 * One token of a text, by its character offsets.
 *
 * @param start    first character, inclusive
 * @param end      last character, exclusive
 * @param text     the covered characters
 * @param sentence the index of its sentence in the text, from 0
 */
record Token(int start, int end, String text, int sentence) {
    /** Validates the offsets. */
    Token {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end <= start || text.length() != end - start) {
            throw new IllegalArgumentException("token '" + text + "' at [" + start + ", " + end + ") is invalid");
        }
    }

    /** Returns the token with another sentence index. */
    Token withSentence(int index) {
        return new Token(start, end, text, index);
    }
}
