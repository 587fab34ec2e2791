package org.claimgraph.evaluation;

import java.util.Locale;
import java.util.Objects;

/**
 * The result of an attribution evaluation.
 *
 * @param articles          articles evaluated
 * @param cue               cue span scores
 * @param source            source span scores
 * @param content           content span scores
 * @param wireCorrect       articles whose detected wire (or absence of one) equals the metadata
 * @param wireArticles      articles with metadata, all of them
 * @param wireCopies        articles the metadata names a wire for
 * @param wireCopiesCorrect of those, articles whose wire was detected correctly
 * @param sentences         sentences processed
 * @param nanos             time spent finding attributions, in nanoseconds
 */
public record AttributionReport(int articles, SpanScores cue, SpanScores source, SpanScores content,
        int wireCorrect, int wireArticles, int wireCopies, int wireCopiesCorrect, long sentences, long nanos) {
    /** Validates the fields. */
    public AttributionReport {
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(content, "content");
    }

    /** Returns the wire detection accuracy over all articles. */
    public double wireAccuracy() {
        return wireArticles == 0 ? 0 : (double) wireCorrect / wireArticles;
    }

    /** Returns sentences per second of the finder, single-threaded. */
    public double sentencesPerSecond() {
        return nanos == 0 ? 0 : sentences * 1e9 / nanos;
    }

    /** Returns the report as an aligned text table. */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "articles: %d%n", articles));
        out.append(String.format(Locale.ROOT, "%-8s %7s %7s | %7s %7s %7s | %7s %7s %7s%n", "role", "pred",
                "gold", "P", "R", "F1", "P~", "R~", "F1~"));
        row(out, "cue", cue);
        row(out, "source", source);
        row(out, "content", content);
        out.append("(P R F1: exact match; P~ R~ F1~: overlap match)\n");
        out.append(String.format(Locale.ROOT, "wire accuracy: %.3f (%d/%d); wire copies found: %d/%d%n",
                wireAccuracy(), wireCorrect, wireArticles, wireCopiesCorrect, wireCopies));
        out.append(String.format(Locale.ROOT, "sentences/second: %.0f (%d sentences)%n", sentencesPerSecond(),
                sentences));
        return out.toString();
    }

    private static void row(StringBuilder out, String name, SpanScores s) {
        out.append(String.format(Locale.ROOT, "%-8s %7d %7d | %7.3f %7.3f %7.3f | %7.3f %7.3f %7.3f%n", name,
                s.predicted(), s.gold(), s.exactPrecision(), s.exactRecall(), s.exactF1(), s.overlapPrecision(),
                s.overlapRecall(), s.overlapF1()));
    }
}
