package org.claimgraph.evaluation.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.claimgraph.core.DocumentId;
import org.claimgraph.stories.StoryDocument;

/**
 * A synthetic news archive, generated lazily: page {@code i} is a pure function of {@code i} and the seed, so the
 * generator never holds the archive. Pages come in blocks of {@value #BLOCK} consecutive pages that hold
 * {@value #STORIES_PER_BLOCK} interleaved stories; a story's pages share its topic words, its names and a few days;
 * words elsewhere follow a skewed distribution over a large pseudo-word vocabulary. About one page in
 * {@value #DUPLICATE_ONE_IN} is planted as a near-duplicate (three words changed, a furniture line added) of the
 * story's previous page.
 */
public final class StoriesSyntheticArchive implements Iterable<StoryDocument> {
    static final int BLOCK = 64;
    static final int STORIES_PER_BLOCK = 8;
    static final int DUPLICATE_ONE_IN = 10;
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ne", "ru", "ta", "vo", "si", "de", "pa", "zu", "be",
        "go", "fi", "ha", "ju", "ke", "lu", "mo", "ni", "ba", "ce", "di", "fo", "gu", "he", "ki", "la", "me", "no",
        "pe", "ri", "so", "tu", "va", "we", "xo", "ye", "za", "bo"};
    private static final int WORD_SYLLABLES = 5;
    private static final String[] FUNCTION = {"the", "of", "and", "to", "in", "a", "that", "with", "for", "on"};
    private static final int VOCABULARY = 60_000;
    private static final int PARAGRAPHS = 5;
    private static final int WORDS = 24;
    private static final int TOPIC_WORDS = 30;
    private static final LocalDate EPOCH = LocalDate.of(2020, 1, 1);
    private final int size;
    private final long seed;

    /** Creates an archive of {@code size} pages. */
    public StoriesSyntheticArchive(int size, long seed) {
        if (size < 0) {
            throw new IllegalArgumentException("archive size " + size + " is negative; expected >= 0");
        }
        this.size = size;
        this.seed = seed;
    }

    /** Returns the number of pages. */
    public int size() {
        return size;
    }

    /** Returns the planted story of page {@code i}. */
    public static int storyOf(int i) {
        return i / BLOCK * STORIES_PER_BLOCK + i % STORIES_PER_BLOCK;
    }

    /** Returns the page that page {@code i} was planted to duplicate, or -1. */
    public int duplicateOf(int i) {
        return isPlanted(i) && !isPlanted(i - STORIES_PER_BLOCK) ? i - STORIES_PER_BLOCK : -1;
    }

    private boolean isPlanted(int i) {
        return i % BLOCK >= STORIES_PER_BLOCK && random(i, 1).nextInt(DUPLICATE_ONE_IN) == 0;
    }

    /** Returns page {@code i}. */
    public StoryDocument page(int i) {
        int original = duplicateOf(i);
        String text = original < 0 ? text(i) : edited(text(original), random(i, 2));
        LocalDate date = EPOCH.plusDays(i / BLOCK / 4 + random(i, 3).nextInt(3));
        return StoryDocument.of(idOf(i), "", text, date);
    }

    /** Returns the id of page {@code i}. */
    public static DocumentId idOf(int i) {
        return new DocumentId(String.format("%016x", i));
    }

    /** Returns the pages in order, each generated when it is reached. */
    @Override
    public Iterator<StoryDocument> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public StoryDocument next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("archive of " + size + " pages is exhausted");
                }
                return page(next++);
            }
        };
    }

    private String text(int i) {
        SplittableRandom r = random(i, 0);
        int story = storyOf(i);
        StringBuilder b = new StringBuilder();
        for (int p = 0; p < PARAGRAPHS; p++) {
            for (int w = 0; w < WORDS; w++) {
                b.append(w == 0 ? "" : " ").append(word(r, story, w == 0));
            }
            b.append(".\n\n");
        }
        return b.toString();
    }

    private String word(SplittableRandom r, int story, boolean first) {
        double u = r.nextDouble();
        if (u < 0.25) {
            return FUNCTION[r.nextInt(FUNCTION.length)];
        }
        if (u < 0.55) {
            return pseudo(VOCABULARY + (long) story * TOPIC_WORDS + r.nextInt(TOPIC_WORDS), false);
        }
        if (u < 0.6) {
            return pseudo(VOCABULARY + (long) story * TOPIC_WORDS + r.nextInt(3), true);
        }
        return pseudo((long) (VOCABULARY * Math.pow(r.nextDouble(), 1.5)), first);
    }

    private static String pseudo(long index, boolean capital) {
        // a scrambled index, so that words of neighbouring indexes share no prefix (stems are word prefixes)
        StringBuilder b = new StringBuilder();
        long n = new SplittableRandom(index).nextLong() >>> 1;
        for (int k = 0; k < WORD_SYLLABLES; k++) {
            b.append(SYLLABLES[(int) (n % SYLLABLES.length)]);
            n /= SYLLABLES.length;
        }
        return capital ? Character.toUpperCase(b.charAt(0)) + b.substring(1) : b.toString();
    }

    private static String edited(String text, SplittableRandom r) {
        List<String> words = new ArrayList<>(List.of(text.split(" ")));
        for (int k = 0; k < 3; k++) {
            words.set(r.nextInt(words.size()), pseudo(r.nextInt(VOCABULARY), false));
        }
        return "Share this page with your friends and family today.\n\n" + String.join(" ", words);
    }

    private SplittableRandom random(int i, int stream) {
        return new SplittableRandom(seed * 1_000_003L + i * 8L + stream);
    }
}
