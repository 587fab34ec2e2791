package org.claimgraph.evaluation.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's metric: texts become runs of letters, digits and underscores (case kept),
 * then overlapping 4-token shingles; per page, matched, extra and missing shingles are normalised to sum to one;
 * precision is averaged over pages with output, recall over pages with gold, and F1 is the harmonic mean of the
 * two averages. The same computation as the benchmark's reference script. Stateless and thread-safe.
 */
public final class ExtractionMetric {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
    private final int n;

    /** Creates the metric with shingles of {@code n} tokens (the benchmark uses 4). */
    public ExtractionMetric(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("shingle size " + n + " is invalid; expected at least 1");
        }
        this.n = n;
    }

    /**
     * One page's normalised counts.
     *
     * @param tp matched shingles
     * @param fp predicted shingles not in the gold
     * @param fn gold shingles not predicted
     */
    public record PageScore(double tp, double fp, double fn) {
        /** Returns the page's precision (1 when both texts are empty or equal). */
        public double precision() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
        }

        /** Returns the page's recall (1 when both texts are empty or equal). */
        public double recall() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
        }

        /** Returns the page's F1. */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r > 0 ? 2 * p * r / (p + r) : 0;
        }
    }

    /**
     * Corpus scores.
     *
     * @param precision mean page precision over pages with output
     * @param recall    mean page recall over pages with gold
     * @param f1        harmonic mean of the two
     */
    public record Score(double precision, double recall, double f1) {
    }

    /** Returns the tokens of a text. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Returns the normalised counts of one page. */
    public PageScore page(String gold, String predicted) {
        Map<String, Integer> g = shingles(tokens(gold));
        Map<String, Integer> p = shingles(tokens(predicted));
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (var e : g.entrySet()) {
            int pc = p.getOrDefault(e.getKey(), 0);
            tp += Math.min(e.getValue(), pc);
            fn += Math.max(0, e.getValue() - pc);
        }
        for (var e : p.entrySet()) {
            fp += Math.max(0, e.getValue() - g.getOrDefault(e.getKey(), 0));
        }
        double total = tp + fp + fn;
        return total > 0 ? new PageScore(tp / total, fp / total, fn / total) : new PageScore(0, 0, 0);
    }

    /** Returns the corpus scores of the pages. */
    public static Score aggregate(List<PageScore> pages) {
        double p = mean(pages.stream().filter(c -> c.tp() + c.fp() > 0).mapToDouble(PageScore::precision).toArray());
        double r = mean(pages.stream().filter(c -> c.tp() + c.fn() > 0).mapToDouble(PageScore::recall).toArray());
        return new Score(p, r, p + r > 0 ? 2 * p * r / (p + r) : 0);
    }

    private Map<String, Integer> shingles(List<String> toks) {
        Map<String, Integer> counts = new HashMap<>();
        int last = Math.max(1, toks.size() - n + 1);
        for (int start = 0; start < last; start++) {
            List<String> piece = toks.subList(start, Math.min(toks.size(), start + n));
            if (!piece.isEmpty()) {
                counts.merge(String.join(" ", piece), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static double mean(double[] xs) {
        double s = 0;
        for (double x : xs) {
            s += x;
        }
        return xs.length == 0 ? 0 : s / xs.length;
    }
}
