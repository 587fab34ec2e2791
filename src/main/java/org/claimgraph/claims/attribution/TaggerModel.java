package org.claimgraph.claims.attribution;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained left-to-right tagger of attribution roles: an averaged perceptron over word, quote and cue-lexicon
 * features, decoded with a small beam. Immutable and thread-safe.
 */
final class TaggerModel {
    private static final String HEADER = "claimgraph-attribution-tagger\t1";
    private static final Tag[] TAGS = Tag.values();
    /**
     * Beam width 4 beat greedy decoding by about 3 points of exact source and cue F1 on a train holdout; widths 8
     * and 12 were no better (the perceptron is trained greedily).
     */
    private static final BeamDecoder BEAM = new BeamDecoder(4);
    private final Map<String, float[]> weights;
    private final Map<String, Float> cueLexicon;
    private final Features features;

    /** Wraps trained weights (one value per {@link Tag} per feature) and the cue lexicon. */
    TaggerModel(Map<String, float[]> weights, Map<String, Float> cueLexicon) {
        // a hash map looks up faster than Map.copyOf's linear probing on a map this large
        this.weights = Collections.unmodifiableMap(new HashMap<>(weights));
        this.cueLexicon = Map.copyOf(cueLexicon);
        this.features = new Features(cueLexicon);
    }

    /** Returns the tag of every token, in order. */
    Tag[] tag(String text, List<Token> tokens) {
        String[][] staticFeatures = features.staticFeatures(text, tokens);
        return BEAM.decode(weights, tokens, staticFeatures);
    }

    static void add(Map<String, float[]> weights, float[] scores, String[] featureNames) {
        for (String name : featureNames) {
            float[] w = weights.get(name);
            if (w != null) {
                for (int t = 0; t < scores.length; t++) {
                    scores[t] += w[t];
                }
            }
        }
    }

    private static void writeWeights(BufferedWriter writer, String kind, Map<String, float[]> weights)
            throws IOException {
        for (Map.Entry<String, float[]> e : new TreeMap<>(weights).entrySet()) {
            StringBuilder line = new StringBuilder(kind).append('\t').append(e.getKey());
            for (float v : e.getValue()) {
                line.append('\t').append(v == 0f ? "0" : String.format(java.util.Locale.ROOT, "%.3f", v));
            }
            writer.write(line.append('\n').toString());
        }
    }

    static int argmax(float[] scores) {
        int best = 0;
        for (int t = 1; t < scores.length; t++) {
            if (scores[t] > scores[best]) {
                best = t;
            }
        }
        return best;
    }

    /** Reads a model written by {@link #write}; throws {@link UncheckedIOException} on a broken stream. */
    static TaggerModel read(InputStream in) {
        Map<String, float[]> weights = new HashMap<>();
        Map<String, Float> lexicon = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
                StandardCharsets.UTF_8))) {
            if (!HEADER.equals(reader.readLine())) {
                throw new IllegalArgumentException("attribution model has no header '" + HEADER + "'");
            }
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] parts = line.split("\t");
                if (parts[0].equals("L")) {
                    lexicon.put(parts[1], Float.parseFloat(parts[2]));
                } else {
                    float[] w = new float[TAGS.length];
                    for (int t = 0; t < w.length; t++) {
                        w[t] = Float.parseFloat(parts[2 + t]);
                    }
                    weights.put(parts[1], w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read attribution model", e);
        }
        return new TaggerModel(weights, lexicon);
    }

    /** Writes the model gzip-compressed, in a stable order. */
    void write(OutputStream out) throws IOException {
        try (BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out),
                StandardCharsets.UTF_8))) {
            writer.write(HEADER + "\n");
            for (Map.Entry<String, Float> e : new TreeMap<>(cueLexicon).entrySet()) {
                writer.write("L\t" + e.getKey() + "\t" + e.getValue() + "\n");
            }
            writeWeights(writer, "F", weights);
        }
    }
}
