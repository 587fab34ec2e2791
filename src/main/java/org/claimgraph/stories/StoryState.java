package org.claimgraph.stories;

import java.time.LocalDate;
import java.util.Arrays;
import org.claimgraph.core.StoryId;

/** A story as the index grows it: id, title, members, time span and centroids. Not thread-safe. */
final class StoryState {
    private static final int CENTROID_LIMIT = 96;
    private final StoryId id;
    private final String title;
    private final Language language;
    private final Centroid terms = new Centroid(CENTROID_LIMIT);
    private final Centroid entities = new Centroid(CENTROID_LIMIT);
    private int[] members = new int[2];
    private int size;
    private LocalDate first;
    private LocalDate last;

    /** Opens a story with its first member, whose id and title become the story's. */
    StoryState(IndexedDocument opener, String title) {
        this.id = new StoryId("s" + opener.id().value());
        this.title = title;
        this.language = opener.language();
        add(opener);
    }

    /** Adds a member. */
    void add(IndexedDocument doc) {
        if (size == members.length) {
            members = Arrays.copyOf(members, size * 2);
        }
        members[size++] = doc.ordinal();
        // a page in another language shares names with the story, not words: its words stay out of the centroid
        if (doc.language().sharesWordsWith(language) && !doc.terms().isEmpty()) {
            terms.add(doc.terms());
        }
        if (!doc.entities().isEmpty()) {
            entities.add(doc.entities());
        }
        LocalDate date = doc.published();
        if (date != null) {
            first = first == null || date.isBefore(first) ? date : first;
            last = last == null || date.isAfter(last) ? date : last;
        }
    }

    /** Takes over all members of another story, whose id and title give way to this one's. */
    void absorb(StoryState other) {
        for (int m : other.members()) {
            if (size == members.length) {
                members = Arrays.copyOf(members, size * 2);
            }
            members[size++] = m;
        }
        terms.absorb(other.terms);
        entities.absorb(other.entities);
        first = first == null || other.first != null && other.first.isBefore(first) ? other.first : first;
        last = last == null || other.last != null && other.last.isAfter(last) ? other.last : last;
    }

    /** Returns the ordinal of the page that opened the story. */
    int opener() {
        return members[0];
    }

    StoryId id() {
        return id;
    }

    String title() {
        return title;
    }

    /** Returns the language of the page that opened the story. */
    Language language() {
        return language;
    }

    /** Returns the member ordinals in the order they joined. */
    int[] members() {
        return Arrays.copyOf(members, size);
    }

    LocalDate first() {
        return first;
    }

    LocalDate last() {
        return last;
    }

    SparseVector termCentroid() {
        return terms.unit();
    }

    SparseVector entityCentroid() {
        return entities.unit();
    }
}
