package org.claimgraph.screen.lists;

import java.util.List;
import java.util.Objects;
import org.claimgraph.core.Problem;

/**
 * The outcome of reading one list file: the entries that loaded, and a problem per row that did not.
 *
 * @param list     the list, holding every good row
 * @param problems one per rejected row, each naming the file and line; empty when all rows loaded
 */
public record ListReading(SanctionsList list, List<Problem> problems) {
    /** Validates the fields and copies the problems. */
    public ListReading {
        Objects.requireNonNull(list, "list");
        problems = List.copyOf(problems);
    }
}
