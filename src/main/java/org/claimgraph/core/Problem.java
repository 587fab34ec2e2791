package org.claimgraph.core;

import java.util.Objects;

/**
 * A bad input that failed one document, not the run.
 *
 * @param source   the input as the user gave it
 * @param stage    the stage that rejected it
 * @param location where in the input (byte offset, line), or an empty string
 * @param message  what is wrong and what was expected
 */
public record Problem(String source, Stage stage, String location, String message) {
    /** Validates the fields. */
    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    /** Returns the one-line form printed on stderr: {@code source[:location]: message}. */
    public String line() {
        return source + (location.isEmpty() ? "" : ":" + location) + ": " + message;
    }
}
