package org.claimgraph.stories;

import java.util.Collection;

/** Document frequencies of stems and entity keys, for inverse-document-frequency weights. Not thread-safe. */
final class TermStatistics {
    static final int PRIOR_DOCUMENTS = 100;
    private final LongIntMap frequencies = new LongIntMap();
    private int documents;

    /** Counts one document with the given distinct stem and entity-key hashes. */
    void count(Collection<Integer> stems, Collection<Integer> entities) {
        documents++;
        stems.forEach(s -> frequencies.add(stemKey(s), 1));
        entities.forEach(e -> frequencies.add(entityKey(e), 1));
    }

    /** Returns the number of documents counted. */
    int documents() {
        return documents;
    }

    /** Returns the inverse document frequency of a stem hash. */
    double stemIdf(int stem) {
        return idf(frequencies.get(stemKey(stem), 0));
    }

    /** Returns the inverse document frequency of an entity-key hash. */
    double entityIdf(int entity) {
        return idf(frequencies.get(entityKey(entity), 0));
    }

    // a small corpus counts as at least PRIOR_DOCUMENTS documents, the extra ones containing none of its words: the
    // words a handful of pages about one story share are not common words just because they fill the handful
    private double idf(int df) {
        return Math.max(0, Math.log((Math.max(documents, PRIOR_DOCUMENTS) + 1.0) / (df + 0.5)));
    }

    private static long stemKey(int stem) {
        return stem & 0xffffffffL;
    }

    private static long entityKey(int entity) {
        return (entity & 0xffffffffL) | (1L << 40);
    }
}
