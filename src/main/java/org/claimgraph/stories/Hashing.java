package org.claimgraph.stories;

/** Well-mixed hashes of words and word sequences, the same on every JVM. */
final class Hashing {
    private Hashing() {
    }

    /** Returns a 32-bit hash of the string. */
    static int of(String s) {
        return (int) mix(s.hashCode() * 0x9E3779B97F4A7C15L);
    }

    /** Returns the 64-bit finaliser of MurmurHash3 applied to the value. */
    static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
