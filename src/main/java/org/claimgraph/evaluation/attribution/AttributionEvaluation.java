package org.claimgraph.evaluation.attribution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.claims.attribution.Attribution;
import org.claimgraph.claims.attribution.AttributionFinder;
import org.claimgraph.claims.attribution.Role;
import org.claimgraph.claims.attribution.RoleSpan;
import org.claimgraph.claims.attribution.WireDetector;
import org.claimgraph.core.Span;

/** Scores an {@link AttributionFinder} and a {@link WireDetector} against annotated articles. Thread-safe. */
public final class AttributionEvaluation {
    private final AttributionFinder finder;
    private final WireDetector wires;

    /** Evaluates the given finder and wire detector. */
    public AttributionEvaluation(AttributionFinder finder, WireDetector wires) {
        this.finder = finder;
        this.wires = wires;
    }

    /**
     * Returns the scores over the articles. Throughput is timed on a second, warm pass over the same texts, on one
     * thread.
     */
    public AttributionReport evaluate(List<AttributionArticle> articles) {
        SpanScores cue = new SpanScores(0, 0, 0, 0, 0);
        SpanScores source = cue;
        SpanScores content = cue;
        int wireCorrect = 0;
        int copies = 0;
        int copiesCorrect = 0;
        long sentences = 0;
        for (AttributionArticle article : articles) {
            String text = article.labelled().text();
            List<Attribution> found = finder.find(text);
            sentences += finder.countSentences(text);
            List<RoleSpan> gold = article.labelled().spans();
            cue = cue.plus(score(spans(found, Role.CUE), goldSpans(gold, Role.CUE)));
            source = source.plus(score(spans(found, Role.SOURCE), goldSpans(gold, Role.SOURCE)));
            content = content.plus(score(spans(found, Role.CONTENT), goldSpans(gold, Role.CONTENT)));
            Optional<String> detected = wires.findWire(text);
            wireCorrect += detected.equals(article.wire()) ? 1 : 0;
            copies += article.wire().isPresent() ? 1 : 0;
            copiesCorrect += article.wire().isPresent() && detected.equals(article.wire()) ? 1 : 0;
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (AttributionArticle article : articles) {
            finder.find(article.labelled().text());
        }
        long nanos = System.nanoTime() - start;
        long cpuNanos = threads.getCurrentThreadCpuTime() - cpuStart;
        return new AttributionReport(articles.size(), cue, source, content,
                new AttributionReport.Wire(wireCorrect, articles.size(), copies, copiesCorrect), sentences, nanos,
                cpuNanos);
    }

    /** Returns the spans of one role in the attributions. */
    static List<Span> spans(List<Attribution> found, Role role) {
        List<Span> out = new ArrayList<>();
        for (Attribution a : found) {
            switch (role) {
                case SOURCE -> {
                    if (a.source() != null) {
                        out.add(a.source());
                    }
                }
                case CUE -> out.add(a.cue());
                case CONTENT -> out.addAll(a.contents());
            }
        }
        return out;
    }

    /** Returns the spans of one role among annotated spans. */
    static List<Span> goldSpans(List<RoleSpan> gold, Role role) {
        return gold.stream().filter(s -> s.role() == role).map(RoleSpan::span).toList();
    }

    /** Returns the matching counts of predicted against gold spans. */
    static SpanScores score(List<Span> predicted, List<Span> gold) {
        Set<Span> goldSet = new HashSet<>(gold);
        int exact = (int) predicted.stream().distinct().filter(goldSet::contains).count();
        int overlapPredicted = (int) predicted.stream().filter(p -> gold.stream().anyMatch(p::overlaps)).count();
        int overlapGold = (int) gold.stream().filter(g -> predicted.stream().anyMatch(g::overlaps)).count();
        return new SpanScores(predicted.size(), gold.size(), Math.min(exact, Math.min(predicted.size(),
                gold.size())), overlapPredicted, overlapGold);
    }
}
