package org.claimgraph.stories;

import java.util.Arrays;

/**
 * An open-addressing hash map from long keys to int values, for the millions of small entries of the indexes where
 * boxed maps would cost ten times the memory. Missing keys read as a given default. Not thread-safe.
 */
final class LongIntMap {
    private static final long FREE = Long.MIN_VALUE;
    private long[] keys;
    private int[] values;
    private int size;

    /** Creates an empty map. */
    LongIntMap() {
        keys = new long[16];
        Arrays.fill(keys, FREE);
        values = new int[16];
    }

    /** Returns the value of the key, or {@code missing}. */
    int get(long key, int missing) {
        int at = slot(checked(key));
        return keys[at] == FREE ? missing : values[at];
    }

    /** Sets the value of the key. */
    void put(long key, int value) {
        long k = checked(key);
        int at = slot(k);
        if (keys[at] == FREE) {
            keys[at] = k;
            size++;
        }
        values[at] = value;
        if (size * 2 > keys.length) {
            grow();
        }
    }

    /** Adds {@code delta} to the value of the key (missing reads as 0) and returns the new value. */
    int add(long key, int delta) {
        int value = get(key, 0) + delta;
        put(key, value);
        return value;
    }

    private static long checked(long key) {
        return key == FREE ? FREE + 1 : key;
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int at = (int) Hashing.mix(key) & mask;
        while (keys[at] != FREE && keys[at] != key) {
            at = (at + 1) & mask;
        }
        return at;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        Arrays.fill(keys, FREE);
        values = new int[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }
}
