package org.claimgraph.stories;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.core.AlignedPassage;

/**
 * Aligns the paragraphs of two pages by their shared content stems. A pair aligns when the smaller paragraph shares at
 * least half its stems with the larger, so a paraphrase that merges two paragraphs into one aligns with both.
 * Each page is read up to {@link #MAX_PARAGRAPHS} paragraphs, which bounds the cost of very long pages.
 */
final class PassageAligner {
    static final int MAX_PARAGRAPHS = 150;
    private static final double MIN_SIMILARITY = 0.5;
    private static final int MIN_SHARED = 5;

    private PassageAligner() {
    }

    /** Returns the alignment of the first page's paragraphs with the second's. */
    static Alignment align(List<Paragraph> first, List<Paragraph> second) {
        List<Paragraph> a = first.subList(0, Math.min(first.size(), MAX_PARAGRAPHS));
        List<Paragraph> b = second.subList(0, Math.min(second.size(), MAX_PARAGRAPHS));
        boolean[] alignedB = new boolean[b.size()];
        List<AlignedPassage> passages = new ArrayList<>();
        double alignedA = 0;
        double sum = 0;
        for (Paragraph pa : a) {
            boolean any = false;
            for (int j = 0; j < b.size(); j++) {
                Paragraph pb = b.get(j);
                int shared = pa.shared(pb);
                double sim = shared / (double) Math.min(pa.stems().length, pb.stems().length);
                if (shared >= MIN_SHARED && sim >= MIN_SIMILARITY) {
                    passages.add(new AlignedPassage(pa.span(), pb.span(), sim));
                    alignedB[j] = true;
                    any = true;
                    sum += sim;
                }
            }
            alignedA += any ? pa.stems().length : 0;
        }
        double coveredB = 0;
        for (int j = 0; j < b.size(); j++) {
            coveredB += alignedB[j] ? b.get(j).stems().length : 0;
        }
        return new Alignment(passages, alignedA / Math.max(1, stems(a)), coveredB / Math.max(1, stems(b)),
                passages.isEmpty() ? 0 : sum / passages.size());
    }

    private static int stems(List<Paragraph> paragraphs) {
        return paragraphs.stream().mapToInt(p -> p.stems().length).sum();
    }
}
