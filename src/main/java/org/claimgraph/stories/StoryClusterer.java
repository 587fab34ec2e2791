package org.claimgraph.stories;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.claimgraph.core.DocumentId;

/**
 * Groups a batch of pages into stories and finds the duplicates and rewrites among them. Pages are added earliest
 * first (undated pages last, ties by id), so a story's id comes from its earliest page and is the same on every
 * re-analysis of the same pages. Stateless and thread-safe; each call builds its own {@link StoryIndex}.
 */
public final class StoryClusterer {
    private static final Comparator<StoryDocument> EARLIEST_FIRST = Comparator
            .comparing(StoryDocument::published, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(StoryDocument::id);
    private final StoryOptions options;

    /** Creates a clusterer with the default options. */
    public StoryClusterer() {
        this(StoryOptions.defaults());
    }

    /** Creates a clusterer with the given options. */
    public StoryClusterer(StoryOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Returns the stories of the pages and the reuse between them; every page is in exactly one story. A page whose
     * id repeats an earlier one in the list is the same content and is left out.
     */
    public Stories cluster(List<StoryDocument> docs) {
        Objects.requireNonNull(docs, "docs");
        Set<DocumentId> seen = new HashSet<>();
        List<StoryDocument> distinct = docs.stream().filter(d -> seen.add(d.id())).toList();
        StoryIndex index = StoryIndex.withStatisticsOf(options, distinct);
        distinct.stream().sorted(EARLIEST_FIRST).forEach(index::add);
        return index.snapshot();
    }
}
