package org.claimgraph.claims.attribution;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.core.Span;
import org.claimgraph.core.Stance;

/** An attribution under construction inside {@link AttributionFinder}. Confined to one call; not thread-safe. */
final class Draft {
    Span source;
    Span cue;
    final List<Span> contents = new ArrayList<>();
    Stance stance = Stance.ASSERTED;
    String resolvedSource;
    final List<String> chain = new ArrayList<>();
    int sentence;

    Draft(Span cue, int sentence) {
        this.cue = cue;
        this.sentence = sentence;
    }

    /** Returns the finished record, with texts taken from {@code text}. */
    Attribution toAttribution(String text) {
        contents.sort(null);
        return new Attribution(source, source == null ? null : source.of(text), cue, cue.of(text), contents, stance,
                source == null ? null : resolvedSource, chain);
    }
}
