package org.claimgraph.claims.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Beam search over the tagger's scores: keeps the best {@code width} tag histories instead of one, so a later
 * token can overturn an early decision. Histories are stored as back-pointers; memory is linear in the tokens.
 * Thread-safe.
 */
final class BeamDecoder {
    private static final Tag[] TAGS = Tag.values();
    private final int width;

    BeamDecoder(int width) {
        if (width < 1) {
            throw new IllegalArgumentException("beam width " + width + " is not positive; expected >= 1");
        }
        this.width = width;
    }

    /** One partial tagging: its last tags, the roles seen in the current sentence, score and back-pointer. */
    private record Hyp(Tag t1, Tag t2, String seen, double score, int parent) {
    }

    /** Returns the best tagging found. */
    Tag[] decode(Map<String, float[]> weights, List<Token> tokens, String[][] statics) {
        int n = tokens.size();
        Tag[][] chosen = new Tag[n][];
        int[][] parents = new int[n][];
        List<Hyp> beam = List.of(new Hyp(Tag.O, Tag.O, "---", 0, -1));
        Tag[] window = new Tag[n];
        for (int i = 0; i < n; i++) {
            float[] base = new float[TAGS.length];
            TaggerModel.add(weights, base, statics[i]);
            List<Hyp> next = new ArrayList<>();
            List<Tag> nextTags = new ArrayList<>();
            // hypotheses that share the last two tags and the roles seen share their history features
            Map<String, float[]> byHistory = new HashMap<>();
            for (int h = 0; h < beam.size(); h++) {
                Hyp hyp = beam.get(h);
                String seen = seenAt(tokens, i, hyp);
                if (i > 0) {
                    window[i - 1] = hyp.t1();
                }
                if (i > 1) {
                    window[i - 2] = hyp.t2();
                }
                int at = i;
                float[] scores = byHistory.computeIfAbsent(hyp.t1() + "|" + hyp.t2() + "|" + seen, k -> {
                    float[] s = base.clone();
                    TaggerModel.add(weights, s, Features.historyFeatures(tokens, statics[at], window, at, seen));
                    return s;
                });
                for (Tag tag : TAGS) {
                    if (tag.after(hyp.t1()) != tag) {
                        continue;
                    }
                    next.add(new Hyp(tag, hyp.t1(), seen, hyp.score() + scores[tag.ordinal()], h));
                    nextTags.add(tag);
                }
            }
            List<Integer> order = new ArrayList<>();
            for (int c = 0; c < next.size(); c++) {
                order.add(c);
            }
            order.sort(Comparator.comparingDouble((Integer c) -> -next.get(c).score()));
            List<Hyp> kept = new ArrayList<>();
            chosen[i] = new Tag[Math.min(width, order.size())];
            parents[i] = new int[chosen[i].length];
            for (int k = 0; k < chosen[i].length; k++) {
                Hyp hyp = next.get(order.get(k));
                kept.add(hyp);
                chosen[i][k] = nextTags.get(order.get(k));
                parents[i][k] = hyp.parent();
            }
            beam = kept;
        }
        Tag[] out = new Tag[n];
        int k = 0;
        for (int i = n - 1; i >= 0; i--) {
            out[i] = chosen[i][k];
            k = parents[i][k];
        }
        return out;
    }

    private static String seenAt(List<Token> tokens, int i, Hyp hyp) {
        if (i == 0 || tokens.get(i - 1).sentence() != tokens.get(i).sentence()) {
            return "---";
        }
        char[] seen = hyp.seen().toCharArray();
        Role role = hyp.t1().role();
        if (role == Role.SOURCE) {
            seen[0] = 'S';
        } else if (role == Role.CUE) {
            seen[1] = 'C';
        } else if (role == Role.CONTENT) {
            seen[2] = 'T';
        }
        return new String(seen);
    }
}
