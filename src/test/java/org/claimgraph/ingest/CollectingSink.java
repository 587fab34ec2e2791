package org.claimgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.core.Problem;
import org.claimgraph.core.RawDocument;

/** A sink that keeps what ingest gives it, for tests. */
final class CollectingSink implements DocumentSink {
    final List<RawDocument> documents = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();

    @Override
    public void accept(RawDocument document) {
        documents.add(document);
    }

    @Override
    public void reject(Problem problem) {
        problems.add(problem);
    }
}
