package org.claimgraph.screen;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An inverted index from token keys to list names, for candidate retrieval: each distinctive token is filed
 * under its phonetic key, and long tokens also under their first and last four key letters so that a typo in
 * one half still finds them. Immutable after {@link #build}; thread-safe.
 */
final class NameIndex {
    private static final int AFFIX = 4;
    private final Map<String, int[]> postings;

    private NameIndex(Map<String, int[]> postings) {
        this.postings = postings;
    }

    /** Indexes the names; the name's position in {@code names} is its id. */
    static NameIndex build(List<NameForm> names) {
        Map<String, Postings> lists = new HashMap<>(names.size() * 4);
        for (int id = 0; id < names.size(); id++) {
            NameForm form = names.get(id);
            for (int i = 0; i < form.size(); i++) {
                if (indexable(form, i)) {
                    for (String key : tokenKeys(form.keys[i])) {
                        lists.computeIfAbsent(key, k -> new Postings()).add(id);
                    }
                }
            }
        }
        Map<String, int[]> postings = new HashMap<>(lists.size() * 2);
        for (Map.Entry<String, Postings> e : lists.entrySet()) {
            postings.put(e.getKey(), e.getValue().toArray());
        }
        return new NameIndex(postings);
    }

    /** A growing list of name ids, each at most once (ids arrive in ascending order). */
    private static final class Postings {
        private int[] ids = new int[2];
        private int size;

        void add(int id) {
            if (size > 0 && ids[size - 1] == id) {
                return;
            }
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }

        int[] toArray() {
            return Arrays.copyOf(ids, size);
        }
    }

    /** Returns the names filed under a key; empty when none. */
    int[] postings(String key) {
        return postings.getOrDefault(key, EMPTY);
    }

    private static final int[] EMPTY = new int[0];

    /** Returns the keys of one token: the exact key, and for long tokens a prefix and a suffix key. */
    static String[] tokenKeys(String key) {
        if (key.length() < AFFIX + 2) {
            return new String[] {key};
        }
        return new String[] {key, "<" + key.substring(0, AFFIX), ">" + key.substring(key.length() - AFFIX)};
    }

    /** Returns whether a token is worth retrieving by: not a particle, not a lone letter. */
    static boolean indexable(NameForm form, int i) {
        return form.weights[i] > NameParser.WEIGHT_STOP && form.tokens[i].length() > 1;
    }
}
