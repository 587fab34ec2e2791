package org.claimgraph.evaluation.attribution;

import java.util.Locale;
import java.util.Objects;

/**
 * The result of an attribution evaluation.
 *
 * @param articles          articles evaluated
 * @param cue               cue span scores
 * @param source            source span scores
 * @param content           content span scores
 * @param wire              wire detection counts
 * @param sentences         sentences processed
 * @param nanos             wall-clock time spent finding attributions, in nanoseconds
 * @param cpuNanos          CPU time of the finding thread, in nanoseconds
 */
public record AttributionReport(int articles, SpanScores cue, SpanScores source, SpanScores content, Wire wire,
        long sentences, long nanos, long cpuNanos) {
    /** Validates the fields. */
    public AttributionReport {
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(wire, "wire");
    }

    /**
     * Wire detection counts.
     *
     * @param correct       articles whose detected wire (or absence of one) equals the metadata
     * @param articles      articles with metadata, all of them
     * @param copies        articles the metadata names a wire for
     * @param copiesCorrect of those, articles whose wire was detected correctly
     */
    public record Wire(int correct, int articles, int copies, int copiesCorrect) {
        /** Validates the counts. */
        public Wire {
            if (correct < 0 || correct > articles || copiesCorrect < 0 || copiesCorrect > copies) {
                throw new IllegalArgumentException("wire counts " + correct + "/" + articles + ", " + copiesCorrect
                        + "/" + copies + " are inconsistent");
            }
        }
    }

    /** Returns the wire detection accuracy over all articles. */
    public double wireAccuracy() {
        return wire.articles() == 0 ? 0 : (double) wire.correct() / wire.articles();
    }

    /** Returns sentences per wall-clock second of the finder on one thread. */
    public double sentencesPerSecond() {
        return nanos == 0 ? 0 : sentences * 1e9 / nanos;
    }

    /** Returns sentences per CPU second of the finder, a figure that holds on a busy machine. */
    public double sentencesPerCpuSecond() {
        return cpuNanos == 0 ? 0 : sentences * 1e9 / cpuNanos;
    }

    /** Returns the report as an aligned text table. */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "articles: %d%n", articles));
        out.append(RoleTable.format(cue, source, content));
        out.append(String.format(Locale.ROOT, "wire accuracy: %.3f (%d/%d); wire copies found: %d/%d%n",
                wireAccuracy(), wire.correct(), wire.articles(), wire.copiesCorrect(), wire.copies()));
        out.append(String.format(Locale.ROOT, "sentences/second: %.0f wall-clock, %.0f per CPU second (%d sentences,"
                + " one thread)%n", sentencesPerSecond(), sentencesPerCpuSecond(), sentences));
        return out.toString();
    }
}
