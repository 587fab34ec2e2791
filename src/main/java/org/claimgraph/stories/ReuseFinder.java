package org.claimgraph.stories;

import java.util.Optional;
import org.claimgraph.core.Reuse;
import org.claimgraph.core.ReuseKind;

/**
 * Decides whether one page reuses another, how (verbatim or light edits: duplicate; paragraph by paragraph in other
 * words: rewrite) and who copied whom.
 */
final class ReuseFinder {
    /** MinHash Jaccard of word shingles from which two pages are duplicates. */
    static final double DUPLICATE_JACCARD = 0.7;
    private static final double REWRITE_COVERAGE = 0.5;
    private static final double EDIT_COVERAGE = 0.9;
    private static final double EDIT_SIMILARITY = 0.9;
    private static final double FULLER_MARGIN = 1.1;

    private ReuseFinder() {
    }

    /** Returns the reuse between the two pages, if any, with the copy and the original in the right places. */
    static Optional<Reuse> find(IndexedDocument a, IndexedDocument b) {
        double jaccard = MinHash.jaccard(a.signature(), b.signature());
        Alignment alignment = PassageAligner.align(a.paragraphs(), b.paragraphs());
        boolean aIsCopy = isCopy(a, b);
        Alignment seen = aIsCopy ? alignment : alignment.reversed();
        IndexedDocument copy = aIsCopy ? a : b;
        IndexedDocument original = aIsCopy ? b : a;
        if (jaccard >= DUPLICATE_JACCARD) {
            return Optional.of(new Reuse(copy.id(), original.id(), ReuseKind.DUPLICATE, jaccard, seen.passages()));
        }
        double low = Math.min(seen.firstCoverage(), seen.secondCoverage());
        if (seen.passages().size() < 2 || low < REWRITE_COVERAGE) {
            return Optional.empty();
        }
        double similarity = seen.meanSimilarity() * (seen.firstCoverage() + seen.secondCoverage()) / 2;
        boolean edits = low >= EDIT_COVERAGE && seen.meanSimilarity() >= EDIT_SIMILARITY;
        return Optional.of(new Reuse(copy.id(), original.id(), edits ? ReuseKind.DUPLICATE : ReuseKind.REWRITE,
                Math.min(1, similarity), seen.passages()));
    }

    /**
     * Returns whether {@code a} copies {@code b}: a page that credits another outlet is the copy; else the later
     * date; else, when only one page has a date, the undated one (scrapes and rewrites lose the date far more often
     * than originals do); else the shorter text, when one is clearly fuller; else the one added later.
     */
    static boolean isCopy(IndexedDocument a, IndexedDocument b) {
        if (a.credits() != b.credits()) {
            return a.credits();
        }
        if (a.published() != null && b.published() != null && !a.published().equals(b.published())) {
            return a.published().isAfter(b.published());
        }
        if ((a.published() == null) != (b.published() == null)) {
            return a.published() == null;
        }
        int sa = a.bodyStems();
        int sb = b.bodyStems();
        if (sa * FULLER_MARGIN < sb || sb * FULLER_MARGIN < sa) {
            return sa < sb;
        }
        return a.ordinal() > b.ordinal();
    }
}
