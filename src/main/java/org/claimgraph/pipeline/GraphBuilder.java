package org.claimgraph.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.claimgraph.core.Article;
import org.claimgraph.core.ClaimGraph;
import org.claimgraph.core.DocumentAnalysis;
import org.claimgraph.core.Entity;
import org.claimgraph.core.EntityType;
import org.claimgraph.core.Problem;
import org.claimgraph.core.Stage;
import org.claimgraph.provenance.Provenance;
import org.claimgraph.stories.EntityKeys;
import org.claimgraph.stories.Stories;
import org.claimgraph.stories.StoryDocument;
import org.claimgraph.stories.StoryWarning;
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

    /** Problems that did not fail a document but that a user should hear of, from the last rebuild. */
    final List<Problem> warnings = new ArrayList<>();

    /**
     * The page as the stories stage sees it: its names as entity keys. A credited original outlet is left out on
     * purpose: pages name their own outlet there too, and only an explicit credit should make a page the copy.
     */
    private static StoryDocument storyDocument(DocumentAnalysis d) {
        Article a = d.article();
        Set<String> keys = new HashSet<>();
        for (Entity e : d.entities()) {
            if (e.type() != EntityType.MISC && e.type() != EntityType.LOC) {
                e.aliases().forEach(alias -> keys.add(EntityKeys.skeleton(alias)));
            }
        }
        keys.remove("");
        return new StoryDocument(a.id(), a.title() == null ? "" : a.title(), a.text(), a.published(), keys, null,
                List.of());
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
        Stories stories = clock.time(Stage.STORIES, () -> stages.stories().cluster(
                documents.stream().map(GraphBuilder::storyDocument).toList()));
        for (StoryWarning w : stories.warnings()) {
            Article a = documents.stream().map(DocumentAnalysis::article).filter(x -> x.id().equals(w.document()))
                    .findFirst().orElse(null);
            warnings.add(new Problem(a == null ? w.document().value() : a.source(), Stage.STORIES, "", w.message()));
        }
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
