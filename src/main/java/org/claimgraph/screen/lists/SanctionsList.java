package org.claimgraph.screen.lists;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A loaded sanctions list.
 *
 * @param name    the list's display name, e.g. {@code ofac_sdn_2024-05-03}; hits name their list by it
 * @param date    the date the list was published (from the file name or the data), else the day it was loaded
 * @param format  the file format it was read from
 * @param entries the designated parties, in file order
 */
public record SanctionsList(String name, LocalDate date, ListFormat format, List<ListEntry> entries) {
    /** Validates the fields and copies the entries. */
    public SanctionsList {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(format, "format");
        if (name.isBlank()) {
            throw new IllegalArgumentException("sanctions list name is blank; expected a display name");
        }
        entries = List.copyOf(entries);
    }

    /** Returns the entry with the given id, if the list has it. */
    public java.util.Optional<ListEntry> findEntry(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
