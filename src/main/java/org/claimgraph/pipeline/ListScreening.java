package org.claimgraph.pipeline;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.core.Entity;
import org.claimgraph.core.EntityType;
import org.claimgraph.core.Problem;
import org.claimgraph.screen.lists.ListReader;
import org.claimgraph.screen.lists.ListReading;
import org.claimgraph.screen.lists.SanctionsList;
import org.claimgraph.screen.Screener;
import org.claimgraph.store.Store;
import org.claimgraph.store.StoredList;

/** Screens a graph's entities against every sanctions list kept in the store. */
public final class ListScreening {
    private final Screener screener;
    private final List<Problem> problems;

    private ListScreening(Screener screener, List<Problem> problems) {
        this.screener = screener;
        this.problems = List.copyOf(problems);
    }

    /** Reads the store's lists (rows that fail are kept as problems) and builds the screener over them. */
    public static ListScreening from(Store store, Clock clock) {
        List<StoredList> stored = store.lists();
        if (stored.isEmpty()) {
            return new ListScreening(Screener.none(), List.of());
        }
        ListReader reader = new ListReader(clock);
        List<SanctionsList> lists = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (StoredList s : stored) {
            ListReading reading = reader.read(s.content(), s.name());
            lists.add(reading.list());
            problems.addAll(reading.problems());
        }
        return new ListScreening(Screener.of(lists), problems);
    }

    /** Returns the entities, each with the list entries it matches; places are not screened. */
    public List<Entity> screen(List<Entity> entities) {
        List<Entity> screened = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            screened.add(e.type() == EntityType.LOC ? e : e.withSanctions(screener.screen(e.name(), e.aliases(),
                    e.type())));
        }
        return screened;
    }

    /** Returns the rows of stored lists that could not be read. */
    public List<Problem> problems() {
        return problems;
    }
}
