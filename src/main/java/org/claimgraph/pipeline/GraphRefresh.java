package org.claimgraph.pipeline;

import java.time.Clock;
import java.util.List;
import org.claimgraph.core.ClaimGraph;
import org.claimgraph.core.Entity;
import org.claimgraph.store.Store;

/** Updates the stored graph after a change that needs no new analysis, such as a sanctions list added. */
public final class GraphRefresh {
    private final Store store;

    /** Creates a refresher of the given store's graph. */
    public GraphRefresh(Store store) {
        this.store = store;
    }

    /** Screens the stored entities again against every stored list and stores the hits. */
    public void rescreen() {
        ClaimGraph graph = store.loadGraph();
        if (graph.entities().isEmpty()) {
            return;
        }
        List<Entity> screened = ListScreening.from(store, Clock.systemUTC()).screen(graph.entities());
        store.replaceGraph(new ClaimGraph(graph.articles(), graph.stories(), graph.reuses(), screened,
                graph.claims(), graph.edges()));
    }
}
