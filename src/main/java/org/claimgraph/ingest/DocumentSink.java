package org.claimgraph.ingest;

import org.claimgraph.core.Problem;
import org.claimgraph.core.RawDocument;

/** Receives what ingest reads, one document or problem at a time, so that nothing is held for the whole corpus. */
public interface DocumentSink {
    /** Takes one document that was read. */
    void accept(RawDocument document);

    /** Takes one input that could not be read. */
    void reject(Problem problem);
}
