package org.claimgraph.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.claimgraph.core.Reuse;
import org.claimgraph.core.ReuseKind;

/**
 * Stories grown one page at a time: each added page joins the most similar story or opens one, without re-clustering
 * what is already indexed. Candidates come from an inverted index of each page's heaviest stems and entity keys
 * (reading at most the newest {@value #POSTING_CAP} pages per key) and from MinHash LSH buckets (reading at most
 * {@value #BUCKET_CAP} pages per bucket), so the cost of one addition does not grow with the archive; verbatim
 * copies are joined through a hash of their body without any comparison. Not thread-safe.
 */
public final class StoryIndex {
    static final int POSTING_CAP = 40;
    static final int BUCKET_CAP = 32;
    private static final int POSTED_TERMS = 12;
    private static final int POSTED_ENTITIES = IndexedDocument.ENTITY_LIMIT;
    private static final int CANDIDATES = 16;
    private static final int ALIGNED_CANDIDATES = 6;
    private static final double REUSE_CANDIDATE = 0.3;
    private static final int COPIES_WARNING = 100;

    private final StoryScorer scorer;
    private final StoryOptions options;
    private final TermStatistics statistics;
    private final boolean learning;
    private final Postings postings = new Postings(POSTING_CAP);
    private final Postings buckets = new Postings(BUCKET_CAP);
    private final LongIntMap exact = new LongIntMap();
    private final LongIntMap copies = new LongIntMap();
    private final List<IndexedDocument> documents = new ArrayList<>();
    private final StoryTable stories = new StoryTable();
    private final List<Reuse> reuses = new ArrayList<>();
    private final List<StoryWarning> warnings = new ArrayList<>();

    /** Creates an empty index that learns word statistics from the pages added to it. */
    public StoryIndex(StoryOptions options) {
        this(options, new TermStatistics(), true);
    }

    private StoryIndex(StoryOptions options, TermStatistics statistics, boolean learning) {
        this.options = Objects.requireNonNull(options, "options");
        this.scorer = new StoryScorer(options);
        this.statistics = statistics;
        this.learning = learning;
    }

    /**
     * Returns an empty index whose word statistics are fixed to those of the given pages, which makes the stories of
     * a batch independent of the order its pages are added in as far as word weights go.
     */
    public static StoryIndex withStatisticsOf(StoryOptions options, List<StoryDocument> corpus) {
        TermStatistics statistics = new TermStatistics();
        for (StoryDocument doc : corpus) {
            DocumentProfile p = DocumentProfile.of(doc);
            statistics.count(p.stems().keySet(), p.entities());
        }
        return new StoryIndex(options, statistics, false);
    }

    /** Returns the number of pages added. */
    public int size() {
        return documents.size();
    }

    /**
     * Adds one page and returns the story it joined or opened, with the reuse found between it and earlier pages.
     * A page with too little text to compare opens a story of its own, with a warning.
     */
    public StoryAssignment add(StoryDocument document) {
        DocumentProfile profile = DocumentProfile.of(Objects.requireNonNull(document, "document"));
        if (learning) {
            statistics.count(profile.stems().keySet(), profile.entities());
        }
        int ordinal = documents.size();
        int original = profile.isEmpty() ? -1 : exact.get(profile.bodyHash(), -1);
        if (original >= 0) {
            return addVerbatimCopy(profile, ordinal, original);
        }
        IndexedDocument doc = IndexedDocument.of(profile, ordinal, statistics);
        documents.add(doc);
        if (profile.isEmpty()) {
            warnings.add(new StoryWarning(doc.id(), "page has too little body text to compare (fewer than "
                    + Paragraph.MIN_STEMS + " content words in any line); it opens a story of its own"));
            return open(doc, document, List.of());
        }
        if (profile.paragraphs().size() > PassageAligner.MAX_PARAGRAPHS) {
            warnings.add(new StoryWarning(doc.id(), "page is very long (" + profile.paragraphs().size()
                    + " paragraphs), perhaps several articles stitched together; only its first "
                    + PassageAligner.MAX_PARAGRAPHS + " paragraphs are aligned"));
        }
        return place(doc, document, profile);
    }

    private StoryAssignment place(IndexedDocument doc, StoryDocument document, DocumentProfile profile) {
        Map<Integer, Double> similar = candidates(doc);
        List<Reuse> found = findReuse(doc, similar);
        Map<Integer, Double> scores = new HashMap<>();
        bestMemberByStory(similar).forEach((story, member) ->
                scores.put(story, scorer.story(doc, stories.get(story), member)));
        Map.Entry<Integer, Double> best = scores.entrySet().stream()
                .max(Map.Entry.<Integer, Double>comparingByValue()
                        .thenComparing(e -> -e.getKey())).orElse(null);
        exact.put(profile.bodyHash(), doc.ordinal());
        index(doc);
        if (best == null || best.getValue() < options.joinThreshold()) {
            return open(doc, document, found);
        }
        int story = best.getKey();
        for (Map.Entry<Integer, Double> other : scores.entrySet()) {
            if (other.getKey() != best.getKey() && other.getValue() >= options.joinThreshold()
                    && scorer.stories(stories.get(story), stories.get(other.getKey())) >= options.mergeThreshold()) {
                story = stories.merge(story, other.getKey());
            }
        }
        return join(doc, story, best.getValue(), found);
    }

    /** Returns the candidate pages most similar to the document, with their pair similarity. */
    private Map<Integer, Double> candidates(IndexedDocument doc) {
        Map<Integer, Double> partial = new HashMap<>();
        accumulate(doc.terms(), POSTED_TERMS, 0, partial);
        accumulate(doc.entities(), POSTED_ENTITIES, 1, partial);
        Map<Integer, Double> similar = new HashMap<>();
        for (int m : strongest(partial, CANDIDATES)) {
            similar.put(m, scorer.pair(doc, documents.get(m)));
        }
        for (int band = 0; band < MinHash.BANDS && doc.signature().length > 0; band++) {
            for (int m : buckets.read(MinHash.bandKey(doc.signature(), band))) {
                similar.computeIfAbsent(m, k -> Math.max(scorer.pair(doc, documents.get(k)),
                        MinHash.jaccard(doc.signature(), documents.get(k).signature())));
            }
        }
        return similar;
    }

    // the candidates with the largest partial scores: score bits (non-negative floats sort like their bits) over
    // ordinal, so ties go to the newest page
    private static int[] strongest(Map<Integer, Double> partial, int limit) {
        long[] packed = new long[partial.size()];
        int i = 0;
        for (Map.Entry<Integer, Double> e : partial.entrySet()) {
            packed[i++] = (long) Float.floatToIntBits(e.getValue().floatValue()) << 32 | e.getKey();
        }
        Arrays.sort(packed);
        int n = Math.min(limit, packed.length);
        int[] top = new int[n];
        for (int k = 0; k < n; k++) {
            top[k] = (int) packed[packed.length - 1 - k];
        }
        return top;
    }

    private void accumulate(SparseVector v, int limit, int kind, Map<Integer, Double> partial) {
        for (int i : heaviest(v, limit)) {
            for (int m : postings.read(postingKey(v.keys()[i], kind))) {
                partial.merge(m, (double) v.values()[i], Double::sum);
            }
        }
    }

    private List<Reuse> findReuse(IndexedDocument doc, Map<Integer, Double> similar) {
        List<Reuse> found = new ArrayList<>();
        similar.entrySet().stream().filter(e -> e.getValue() >= REUSE_CANDIDATE)
                .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(ALIGNED_CANDIDATES)
                .forEach(e -> ReuseFinder.find(doc, documents.get(e.getKey())).ifPresent(found::add));
        reuses.addAll(found);
        return found;
    }

    private Map<Integer, Double> bestMemberByStory(Map<Integer, Double> similar) {
        Map<Integer, Double> best = new HashMap<>();
        similar.forEach((m, sim) -> best.merge(stories.storyOf(m), sim, Math::max));
        return best;
    }

    private StoryAssignment addVerbatimCopy(DocumentProfile profile, int ordinal, int original) {
        IndexedDocument doc = new IndexedDocument(profile.document().id(), ordinal, profile.document().published(),
                SparseVector.EMPTY, SparseVector.EMPTY, List.of(), new int[0], profile.language(), profile.credits());
        documents.add(doc);
        IndexedDocument first = documents.get(original);
        boolean firstIsCopy = ReuseFinder.isCopy(first, doc);
        Reuse reuse = new Reuse(firstIsCopy ? first.id() : doc.id(), firstIsCopy ? doc.id() : first.id(),
                ReuseKind.DUPLICATE, 1.0, List.of());
        reuses.add(reuse);
        if (copies.add(original, 1) == COPIES_WARNING) {
            warnings.add(new StoryWarning(first.id(), "page has " + COPIES_WARNING
                    + " verbatim copies; further copies join its story by body hash without comparison"));
        }
        return join(doc, stories.storyOf(original), 1.0, List.of(reuse));
    }

    private StoryAssignment join(IndexedDocument doc, int story, double score, List<Reuse> found) {
        stories.join(doc, story);
        return new StoryAssignment(doc.id(), stories.get(story).id(), false, Math.min(1, score), found);
    }

    private StoryAssignment open(IndexedDocument doc, StoryDocument document, List<Reuse> found) {
        int story = stories.open(doc, StoryTitles.titleOf(document));
        return new StoryAssignment(doc.id(), stories.get(story).id(), true, 0, found);
    }

    private void index(IndexedDocument doc) {
        for (int i : heaviest(doc.terms(), POSTED_TERMS)) {
            postings.add(postingKey(doc.terms().keys()[i], 0), doc.ordinal());
        }
        for (int i : heaviest(doc.entities(), POSTED_ENTITIES)) {
            postings.add(postingKey(doc.entities().keys()[i], 1), doc.ordinal());
        }
        for (int band = 0; band < MinHash.BANDS && doc.signature().length > 0; band++) {
            buckets.add(MinHash.bandKey(doc.signature(), band), doc.ordinal());
        }
    }

    // positions of the heaviest weights: weight bits (non-negative floats sort like their bits) over position
    private static int[] heaviest(SparseVector v, int limit) {
        long[] packed = new long[v.keys().length];
        for (int i = 0; i < packed.length; i++) {
            packed[i] = (long) Float.floatToIntBits(v.values()[i]) << 32 | i;
        }
        Arrays.sort(packed);
        int n = Math.min(limit, packed.length);
        int[] top = new int[n];
        for (int k = 0; k < n; k++) {
            top[k] = (int) packed[packed.length - 1 - k];
        }
        return top;
    }

    private static long postingKey(int key, int kind) {
        return (key & 0xffffffffL) | ((long) kind << 40);
    }

    /** Returns the stories, reuses and warnings so far; stories ordered by id, members earliest first. */
    public Stories snapshot() {
        return StorySnapshot.of(stories.all(), documents, reuses, warnings);
    }
}
