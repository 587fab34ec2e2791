package org.claimgraph.stories;

import java.util.Arrays;

/**
 * Lists of document ordinals per key, newest first, stored as linked entries in flat arrays. Reading a list stops
 * after a cap, so a key shared by millions of documents costs no more time than a rare one (memory stays one entry
 * per added key and document). Not thread-safe.
 */
final class Postings {
    private final LongIntMap heads = new LongIntMap();
    private final LongIntMap lengths = new LongIntMap();
    private final int cap;
    private int[] documents = new int[1024];
    private int[] next = new int[1024];
    private int size;

    /** Creates empty postings whose lists are read up to {@code cap} newest entries. */
    Postings(int cap) {
        this.cap = cap;
    }

    /** Prepends the document to the key's list. */
    void add(long key, int document) {
        int length = lengths.get(key, 0);
        if (size == documents.length) {
            documents = Arrays.copyOf(documents, size * 2);
            next = Arrays.copyOf(next, size * 2);
        }
        documents[size] = document;
        next[size] = heads.get(key, -1);
        heads.put(key, size);
        lengths.put(key, length + 1);
        size++;
    }

    /** Returns the number of documents in the key's list. */
    int length(long key) {
        return lengths.get(key, 0);
    }

    /** Returns the newest documents of the key's list, at most the cap, newest first. */
    int[] read(long key) {
        int[] out = new int[Math.min(cap, length(key))];
        int at = heads.get(key, -1);
        for (int i = 0; i < out.length && at >= 0; i++) {
            out[i] = documents[at];
            at = next[at];
        }
        return out;
    }
}
