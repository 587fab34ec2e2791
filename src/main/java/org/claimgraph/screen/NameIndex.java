package org.claimgraph.screen;

import java.util.ArrayList;
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
        Map<String, List<Integer>> lists = new HashMap<>();
        for (int id = 0; id < names.size(); id++) {
            for (String key : keys(names.get(id))) {
                List<Integer> list = lists.computeIfAbsent(key, k -> new ArrayList<>(2));
                if (list.isEmpty() || list.get(list.size() - 1) != id) {
                    list.add(id);
                }
            }
        }
        Map<String, int[]> postings = new HashMap<>(lists.size() * 2);
        lists.forEach((k, v) -> postings.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return new NameIndex(postings);
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

    private static List<String> keys(NameForm form) {
        var out = new ArrayList<String>();
        for (int i = 0; i < form.size(); i++) {
            if (indexable(form, i)) {
                out.addAll(Arrays.asList(tokenKeys(form.keys[i])));
            }
        }
        return out;
    }

    /** Returns whether a token is worth retrieving by: not a particle, not a lone letter. */
    static boolean indexable(NameForm form, int i) {
        return form.weights[i] > NameParser.WEIGHT_STOP && form.tokens[i].length() > 1;
    }
}
