package org.claimgraph.stories;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.claimgraph.core.DocumentId;
import org.claimgraph.core.Reuse;
import org.claimgraph.core.Story;

/** Turns the index's working state into the immutable {@link Stories} value. */
final class StorySnapshot {
    private static final Comparator<IndexedDocument> EARLIEST_FIRST = Comparator
            .comparing(IndexedDocument::published, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparingInt(IndexedDocument::ordinal);

    private StorySnapshot() {
    }

    /** Returns the stories ordered by id with members earliest first, and reuses ordered by copy then original. */
    static Stories of(List<StoryState> states, List<IndexedDocument> documents, List<Reuse> reuses,
            List<StoryWarning> warnings) {
        List<Story> stories = states.stream().map(s -> story(s, documents))
                .sorted(Comparator.comparing(Story::id)).toList();
        List<Reuse> ordered = reuses.stream()
                .sorted(Comparator.comparing(Reuse::copy).thenComparing(Reuse::original)).toList();
        return new Stories(stories, ordered, warnings);
    }

    private static Story story(StoryState state, List<IndexedDocument> documents) {
        List<DocumentId> members = Arrays.stream(state.members()).mapToObj(documents::get).sorted(EARLIEST_FIRST)
                .map(IndexedDocument::id).toList();
        return new Story(state.id(), state.title(), members, state.first(), state.last());
    }
}
