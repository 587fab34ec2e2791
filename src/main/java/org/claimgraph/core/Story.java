package org.claimgraph.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Documents about one event, with follow-ups.
 *
 * @param id             stable across re-analysis
 * @param title          a representative headline
 * @param documents      member documents, earliest first
 * @param firstPublished the earliest known publication date, or {@code null}
 * @param lastPublished  the latest known publication date, or {@code null}
 */
public record Story(StoryId id, String title, List<DocumentId> documents, LocalDate firstPublished,
        LocalDate lastPublished) {
    /** Validates and copies the fields. */
    public Story {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        documents = List.copyOf(documents);
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("story " + id + " has no documents; expected at least one");
        }
    }
}
