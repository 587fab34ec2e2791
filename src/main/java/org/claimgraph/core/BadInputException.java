package org.claimgraph.core;

import java.util.Objects;

/**
 * Thrown by a stage when a document's content is unusable; the pipeline turns it into a {@link Problem} and goes
 * on with the other documents.
 */
public final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final Stage stage;
    private final String location;

    /** Creates an exception naming the input, the stage and the location. */
    public BadInputException(String source, Stage stage, String location, String message) {
        super(message);
        this.source = Objects.requireNonNull(source, "source");
        this.stage = Objects.requireNonNull(stage, "stage");
        this.location = Objects.requireNonNull(location, "location");
    }

    /** Returns the problem this exception reports. */
    public Problem problem() {
        return new Problem(source, stage, location, getMessage());
    }
}
