package org.claimgraph.store;

import java.time.Instant;
import java.util.List;
import org.claimgraph.core.ClaimGraph;
import org.claimgraph.core.DocumentAnalysis;
import org.claimgraph.core.DocumentId;

/**
 * Where the claim graph lives. Documents are written once each, atomically with their analysis; the derived graph
 * is replaced as a whole. Implementations are used from one thread at a time.
 *
 * @throws StoreException from every method when the database fails
 */
public interface Store extends AutoCloseable {
    /** Returns whether a document with this content hash is already stored. */
    boolean hasDocument(DocumentId id);

    /** Stores a document with its analysis in one transaction; does nothing if it is already stored. */
    void saveDocument(DocumentAnalysis analysis, Instant analysedAt);

    /** Returns every stored document's analysis, by document id. */
    List<DocumentAnalysis> loadAnalyses();

    /** Returns the number of stored documents. */
    int documentCount();

    /** Replaces the derived graph (stories, entities, claims, provenance) in one transaction. */
    void replaceGraph(ClaimGraph graph);

    /** Returns the stored graph; articles are every stored document. */
    ClaimGraph loadGraph();

    /** Adds or replaces a sanctions list by name. */
    void saveList(StoredList list);

    /** Returns every stored sanctions list, by name. */
    List<StoredList> lists();

    /** Closes the connection. */
    @Override
    void close();
}
