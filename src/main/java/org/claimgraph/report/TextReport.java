package org.claimgraph.report;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.claimgraph.core.Article;
import org.claimgraph.core.Claim;
import org.claimgraph.core.ClaimGraph;
import org.claimgraph.core.ClaimId;
import org.claimgraph.core.DocumentId;
import org.claimgraph.core.Entity;
import org.claimgraph.core.Reuse;
import org.claimgraph.core.SanctionHit;
import org.claimgraph.core.Story;

/** Writes the human report: per story its documents and claims table, then sanctioned and top entities. */
public final class TextReport {
    private static final int TOP_ENTITIES = 25;

    /** Writes the report for the graph. */
    public void write(ClaimGraph graph, Writer writer) {
        PrintWriter out = new PrintWriter(writer);
        GraphIndex index = new GraphIndex(graph);
        out.printf(Locale.ROOT, "Claimgraph: %d documents, %d stories, %d entities, %d claims%n",
                graph.articles().size(), graph.stories().size(), graph.entities().size(), graph.claims().size());
        Map<ClaimId, Claim> claimsById = graph.claims().stream()
                .collect(Collectors.toMap(Claim::id, Function.identity()));
        int number = 1;
        for (Story story : graph.stories()) {
            out.println();
            writeStory(out, number++, story, index);
            writeClaims(out, GraphIndex.claimsOf(graph, story), claimsById);
            writeTimeline(out, Timeline.of(graph, story, index), index);
        }
        writeSanctioned(out, graph.entities());
        writeEntities(out, graph.entities());
        out.flush();
    }

    private static void writeStory(PrintWriter out, int number, Story story, GraphIndex index) {
        String span = story.firstPublished() == null ? "undated" : story.firstPublished()
                + (story.lastPublished() != null && !story.lastPublished().equals(story.firstPublished())
                        ? " to " + story.lastPublished() : "");
        out.printf(Locale.ROOT, "STORY %d  %s%n  %d documents, %s, id %s%n", number, Cells.clip(story.title(), 90),
                story.documents().size(), span, story.id());
        for (DocumentId id : story.documents()) {
            Article a = index.articles.get(id);
            Reuse reuse = index.reuseOf.get(id);
            String via = a.originalOutlet() == null ? "" : "  from " + a.originalOutlet();
            String copy = reuse == null ? "" : String.format(Locale.ROOT, "  %s of %s (%.2f)",
                    reuse.kind().name().toLowerCase(Locale.ROOT), reuse.original(), reuse.similarity());
            out.printf(Locale.ROOT, "  - %s  %-10s %s%s%s%n", id, a.published() == null ? "no date" : a.published(),
                    a.source(), via, copy);
        }
    }

    private static void writeClaims(PrintWriter out, List<Claim> claims, Map<ClaimId, Claim> byId) {
        if (claims.isEmpty()) {
            out.println("  (no claims found)");
            return;
        }
        out.println();
        String format = "  %-44s %-16s %-11s %-18s %4s %5s  %s%n";
        out.printf(Locale.ROOT, format, "CLAIM", "VALUE", "STANCE", "ORIGIN", "DOCS", "INDEP",
                "DENIED/CONTRADICTED BY");
        for (Claim c : claims) {
            String against = c.contradictedBy().stream().map(byId::get).filter(o -> o != null)
                    .map(o -> o.subject() + " " + Cells.predicate(o)).distinct().collect(Collectors.joining("; "));
            out.printf(Locale.ROOT, format, Cells.clip(c.subject() + " " + Cells.predicate(c)
                    + (c.object() == null || c.value() != null ? "" : " " + c.object()), 44),
                    Cells.clip(Cells.value(c.value()), 16), c.stance().name().toLowerCase(Locale.ROOT),
                    Cells.clip(c.origin() == null ? "unknown" : c.origin(), 18), c.documents().size(),
                    c.independentSources(), Cells.clip(against, 60));
        }
    }

    private static void writeTimeline(PrintWriter out, List<Timeline.Entry> timeline, GraphIndex index) {
        if (timeline.size() < 2) {
            return;
        }
        out.println();
        out.println("  TIMELINE (who added what)");
        for (Timeline.Entry e : timeline) {
            String added = e.added().isEmpty() ? "nothing new"
                    : e.added().stream().map(c -> c.subject() + " " + Cells.predicate(c)).distinct()
                            .collect(Collectors.joining("; "));
            Article a = index.articles.get(e.document());
            String who = a.originalOutlet() != null ? a.originalOutlet() : a.outlet() != null ? a.outlet() : a.source();
            out.printf(Locale.ROOT, "  %-10s %-28s %s%n", e.published() == null ? "no date" : e.published(),
                    Cells.clip(who, 28), Cells.clip(added, 80));
        }
    }

    private static void writeSanctioned(PrintWriter out, List<Entity> entities) {
        List<Entity> hits = entities.stream().filter(e -> !e.sanctions().isEmpty()).toList();
        out.println();
        out.println(hits.isEmpty() ? "SANCTIONS  no entity matches a loaded list" : "SANCTIONS");
        for (Entity e : hits) {
            SanctionHit best = e.sanctions().get(0);
            out.printf(Locale.ROOT, "  %-34s %-7s %s: %s [%s] score %.2f%n", Cells.clip(e.name(), 34), e.type(),
                    best.list(), Cells.clip(best.entryName(), 60), best.programme(), best.score());
        }
    }

    private static void writeEntities(PrintWriter out, List<Entity> entities) {
        out.println();
        out.printf(Locale.ROOT, "ENTITIES  (%d; most mentioned first)%n", entities.size());
        for (Entity e : entities.subList(0, Math.min(TOP_ENTITIES, entities.size()))) {
            String aliases = e.aliases().stream().filter(a -> !a.equals(e.name())).collect(Collectors.joining(", "));
            out.printf(Locale.ROOT, "  %-40s %-7s %3d mentions%s%n", Cells.clip(e.name(), 40), e.type(),
                    e.mentions().size(), aliases.isEmpty() ? "" : "  aka " + Cells.clip(aliases, 60));
        }
    }
}
