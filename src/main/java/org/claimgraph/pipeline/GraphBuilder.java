package org.claimgraph.pipeline;

import java.util.List;
import org.claimgraph.core.Article;
import org.claimgraph.core.ClaimGraph;
import org.claimgraph.core.DocumentAnalysis;
import org.claimgraph.core.Entity;
import org.claimgraph.core.Stage;
import org.claimgraph.provenance.Provenance;
import org.claimgraph.stories.Stories;
import org.claimgraph.store.Store;

/** Rebuilds the corpus-level graph from every stored document: entities, stories, claims, provenance. */
final class GraphBuilder {
    private final Stages stages;
    private final Store store;
    private final StageClock clock;

    GraphBuilder(Stages stages, Store store, StageClock clock) {
        this.stages = stages;
        this.store = store;
        this.clock = clock;
    }

    ClaimGraph rebuild(Progress progress) {
        List<DocumentAnalysis> documents = clock.time(Stage.STORE, store::loadAnalyses);
        List<Article> articles = documents.stream().map(DocumentAnalysis::article).toList();
        progress.phase("entities");
        List<Entity> resolved = clock.time(Stage.RESOLVE, () -> stages.resolver().resolveAcross(
                documents.stream().flatMap(d -> d.entities().stream()).toList()));
        progress.phase("sanctions screening");
        List<Entity> entities = clock.time(Stage.SCREEN, () -> ListScreening.from(store, java.time.Clock.systemUTC())
                .screen(resolved));
        progress.phase("stories");
        Stories stories = clock.time(Stage.STORIES, () -> stages.stories().cluster(articles));
        progress.phase("provenance");
        Provenance provenance = clock.time(Stage.PROVENANCE, () -> stages.provenance().analyse(documents, entities,
                stories.stories(), stories.reuses()));
        ClaimGraph graph = new ClaimGraph(articles, stories.stories(), stories.reuses(), entities,
                provenance.claims(), provenance.edges());
        progress.phase("store");
        clock.time(Stage.STORE, () -> {
            store.replaceGraph(graph);
            return graph;
        });
        return graph;
    }
}
