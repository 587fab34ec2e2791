package org.claimgraph.ingest;

/**
 * Bounds on what ingest accepts.
 *
 * @param maxDocumentBytes the largest single document (file or JSONL record) accepted
 */
public record IngestLimits(long maxDocumentBytes) {
    /** The default: 16 MiB a document, far above any real article page. */
    public static final IngestLimits DEFAULT = new IngestLimits(16L * 1024 * 1024);

    /** Validates the bounds. */
    public IngestLimits {
        if (maxDocumentBytes <= 0) {
            throw new IllegalArgumentException("maxDocumentBytes " + maxDocumentBytes + " is not positive");
        }
    }
}
