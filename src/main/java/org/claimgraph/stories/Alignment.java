package org.claimgraph.stories;

import java.util.List;
import org.claimgraph.core.AlignedPassage;

/**
 * The aligned paragraphs of two pages.
 *
 * @param passages         aligned paragraph pairs, in the first page's order; spans of the first page are
 *                         {@code copy}, of the second {@code original}
 * @param firstCoverage    share of the first page's body stems in aligned paragraphs, in [0, 1]
 * @param secondCoverage   share of the second page's body stems in aligned paragraphs, in [0, 1]
 * @param meanSimilarity   mean similarity of the aligned pairs, 0 when there are none
 */
record Alignment(List<AlignedPassage> passages, double firstCoverage, double secondCoverage,
        double meanSimilarity) {
    Alignment {
        passages = List.copyOf(passages);
    }

    /** Returns the same alignment seen from the second page. */
    Alignment reversed() {
        List<AlignedPassage> swapped = passages.stream()
                .map(p -> new AlignedPassage(p.original(), p.copy(), p.similarity()))
                .sorted((a, b) -> a.copy().compareTo(b.copy())).toList();
        return new Alignment(swapped, secondCoverage, firstCoverage, meanSimilarity);
    }
}
