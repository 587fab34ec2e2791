package org.claimgraph.claims.attribution;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Trains the attribution tagger that {@link AttributionFinder} ships with, from hand-annotated texts: a cue lexicon
 * from annotation counts and an averaged perceptron over it. Deterministic for a given seed. Not thread-safe.
 */
public final class AttributionTrainer {
    private static final int TAG_COUNT = Tag.values().length;
    /**
     * Features seen on fewer tokens of the training texts are left out of the model: leaving out those seen once
     * shrank it from 10.7 to 6.4 MB with the same F1 on a train holdout; leaving out those seen twice cost 0.002.
     */
    private static final int MIN_OCCURRENCES = 2;
    private final int epochs;
    private final long seed;

    /** Creates a trainer; {@code epochs} must be positive. */
    public AttributionTrainer(int epochs, long seed) {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs " + epochs + " is not positive; expected >= 1");
        }
        this.epochs = epochs;
        this.seed = seed;
    }

    /** Trains on the texts and writes the model, gzip-compressed, to {@code out}. */
    public void train(List<LabelledText> texts, OutputStream out) throws IOException {
        fit(texts).write(out);
    }

    /** Returns a model trained on the texts. */
    TaggerModel fit(List<LabelledText> texts) {
        Tokenizer tokenizer = new Tokenizer();
        List<List<Token>> tokens = new ArrayList<>();
        List<Tag[]> gold = new ArrayList<>();
        for (LabelledText text : texts) {
            List<Token> t = tokenizer.tokenize(text.text());
            tokens.add(t);
            gold.add(goldTags(t, text.spans()));
        }
        Map<String, Float> lexicon = cueLexicon(tokens, gold);
        Features features = new Features(lexicon);
        List<String[][]> statics = new ArrayList<>();
        for (int d = 0; d < texts.size(); d++) {
            statics.add(features.staticFeatures(texts.get(d).text(), tokens.get(d)));
        }
        List<Integer> all = new ArrayList<>();
        for (int d = 0; d < texts.size(); d++) {
            all.add(d);
        }
        return new TaggerModel(perceptron(all, tokens, statics, gold), lexicon);
    }

    private Map<String, float[]> perceptron(List<Integer> docs, List<List<Token>> tokens, List<String[][]> statics,
            List<Tag[]> gold) {
        Perceptron perceptron = new Perceptron(TAG_COUNT);
        List<Integer> order = new ArrayList<>(docs);
        Random random = new Random(seed);
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (int d : order) {
                trainText(perceptron, tokens.get(d), statics.get(d), gold.get(d));
            }
        }
        return perceptron.averaged(MIN_OCCURRENCES * epochs);
    }

    private static void trainText(Perceptron perceptron, List<Token> tokens, String[][] statics, Tag[] gold) {
        Tag[] tags = new Tag[tokens.size()];
        String seen = "---";
        for (int i = 0; i < tags.length; i++) {
            seen = Features.rolesSeen(tokens, tags, i, seen);
            String[] history = Features.historyFeatures(tokens, statics[i], tags, i, seen);
            int[] ids = perceptron.ids(statics[i], history);
            int guess = perceptron.predict(ids);
            perceptron.update(ids, gold[i].ordinal(), guess);
            tags[i] = Tag.values()[guess].after(i > 0 ? tags[i - 1] : Tag.O);
        }
    }

    static Tag[] goldTags(List<Token> tokens, List<RoleSpan> spans) {
        Tag[] tags = new Tag[tokens.size()];
        java.util.Arrays.fill(tags, Tag.O);
        for (RoleSpan span : spans) {
            boolean first = true;
            for (int i = 0; i < tags.length; i++) {
                Token t = tokens.get(i);
                if (t.start() >= span.span().start() && t.start() < span.span().end()) {
                    tags[i] = Tag.of(span.role(), first);
                    first = false;
                }
            }
        }
        return tags;
    }

    private static void count(Map<String, int[]> counts, String key, boolean cue) {
        int[] c = counts.computeIfAbsent(key, k -> new int[2]);
        c[0]++;
        if (cue) {
            c[1]++;
        }
    }

    /** Returns the cue probability of words, stems ("s:") and word pairs ("b:") seen as cues at least twice. */
    private static Map<String, Float> cueLexicon(List<List<Token>> tokens, List<Tag[]> gold) {
        Map<String, int[]> counts = new HashMap<>();
        for (int d = 0; d < tokens.size(); d++) {
            for (int i = 0; i < gold.get(d).length; i++) {
                String w = tokens.get(d).get(i).text().toLowerCase(Locale.ROOT);
                boolean cue = gold.get(d)[i].role() == Role.CUE;
                count(counts, w, cue);
                count(counts, "s:" + Features.stem(w), cue);
                if (i + 1 < gold.get(d).length) {
                    String next = tokens.get(d).get(i + 1).text().toLowerCase(Locale.ROOT);
                    count(counts, "b:" + w + " " + next, cue && gold.get(d)[i + 1].role() == Role.CUE);
                }
            }
        }
        Map<String, Float> lexicon = new HashMap<>();
        counts.forEach((word, c) -> {
            if (c[1] >= 2) {
                lexicon.put(word, c[1] / (c[0] + 1f));
            }
        });
        return lexicon;
    }
}
