package org.claimgraph.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.claimgraph.core.Article;
import org.claimgraph.core.CitedSource;
import org.claimgraph.core.Claim;
import org.claimgraph.core.ClaimGraph;
import org.claimgraph.core.Entity;
import org.claimgraph.core.Problem;
import org.claimgraph.core.Quantity;
import org.claimgraph.core.Reuse;
import org.claimgraph.core.SanctionHit;
import org.claimgraph.core.Statement;
import org.claimgraph.core.Story;

/** Writes the JSON report: the documented, stable contract for programs (see {@code docs/report.md}). */
public final class JsonReport {
    /** The report format's version; bumped on any incompatible change. */
    public static final String FORMAT_VERSION = "1";

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Writes the graph and the run's problems as one JSON object. */
    public void write(ClaimGraph graph, List<Problem> problems, Writer out) {
        GraphIndex index = new GraphIndex(graph);
        ObjectNode root = json.createObjectNode();
        root.put("claimgraph_report", FORMAT_VERSION);
        ArrayNode documents = root.putArray("documents");
        graph.articles().forEach(a -> documents.add(document(a, index)));
        ArrayNode stories = root.putArray("stories");
        graph.stories().forEach(s -> stories.add(story(s, index, graph)));
        ArrayNode entities = root.putArray("entities");
        graph.entities().forEach(e -> entities.add(entity(e)));
        ArrayNode claims = root.putArray("claims");
        graph.claims().forEach(c -> claims.add(claim(c, index)));
        ArrayNode failed = root.putArray("problems");
        problems.forEach(p -> failed.addObject().put("source", p.source()).put("stage", p.stage().name())
                .put("location", p.location()).put("message", p.message()));
        try {
            json.writeValue(out, root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the JSON report", e);
        }
    }

    private ObjectNode document(Article a, GraphIndex index) {
        ObjectNode n = json.createObjectNode();
        n.put("id", a.id().value()).put("source", a.source()).put("url", a.url()).put("title", a.title())
                .put("byline", a.byline()).put("outlet", a.outlet()).put("original_outlet", a.originalOutlet())
                .put("published", a.published() == null ? null : a.published().toString())
                .put("language", a.language());
        Story story = index.storyOf.get(a.id());
        n.put("story", story == null ? null : story.id().value());
        Reuse reuse = index.reuseOf.get(a.id());
        n.put("rewrite_of", reuse == null ? null : reuse.original().value());
        n.put("reuse_kind", reuse == null ? null : reuse.kind().name().toLowerCase(java.util.Locale.ROOT));
        ArrayNode cited = n.putArray("cited_sources");
        for (CitedSource c : a.citedSources()) {
            cited.addObject().put("name", c.name()).put("cue", c.cue()).put("start", c.span().start())
                    .put("end", c.span().end());
        }
        n.put("text", a.text());
        return n;
    }

    private ObjectNode story(Story s, GraphIndex index, ClaimGraph graph) {
        ObjectNode n = json.createObjectNode();
        n.put("id", s.id().value()).put("title", s.title())
                .put("first_published", s.firstPublished() == null ? null : s.firstPublished().toString())
                .put("last_published", s.lastPublished() == null ? null : s.lastPublished().toString());
        ArrayNode docs = n.putArray("documents");
        s.documents().forEach(d -> docs.add(index.source(d)));
        ArrayNode ids = n.putArray("document_ids");
        s.documents().forEach(d -> ids.add(d.value()));
        ArrayNode timeline = n.putArray("timeline");
        for (Timeline.Entry e : Timeline.of(graph, s, index)) {
            ObjectNode entry = timeline.addObject().put("document", e.document().value())
                    .put("published", e.published() == null ? null : e.published().toString());
            ArrayNode added = entry.putArray("claims_added");
            e.added().forEach(c -> added.add(c.id().value()));
        }
        return n;
    }

    private ObjectNode entity(Entity e) {
        ObjectNode n = json.createObjectNode();
        n.put("id", e.id().value()).put("name", e.name()).put("type", e.type().name());
        ArrayNode aliases = n.putArray("aliases");
        e.aliases().forEach(aliases::add);
        n.put("mentions", e.mentions().size());
        ArrayNode hits = n.putArray("sanctions");
        for (SanctionHit h : e.sanctions()) {
            hits.addObject().put("list", h.list()).put("entry_id", h.entryId()).put("entry_name", h.entryName())
                    .put("programme", h.programme()).put("score", Math.round(h.score() * 1000) / 1000.0)
                    .put("explanation", h.explanation());
        }
        return n;
    }

    private ObjectNode claim(Claim c, GraphIndex index) {
        ObjectNode n = json.createObjectNode();
        n.put("id", c.id().value()).put("subject", c.subject()).put("predicate", c.predicate())
                .put("object", c.object());
        putValue(n, c.value());
        n.put("stance", c.stance().name().toLowerCase(java.util.Locale.ROOT));
        ArrayNode chain = n.putArray("attributed_to");
        c.attributedTo().forEach(chain::add);
        n.put("origin", c.origin());
        ArrayNode docs = n.putArray("documents");
        c.documents().forEach(d -> docs.add(d.value()));
        n.put("independent_sources", c.independentSources());
        ArrayNode evidence = n.putArray("evidence");
        for (Statement s : c.evidence()) {
            ObjectNode e = evidence.addObject().put("document", s.document().value())
                    .put("source", index.source(s.document())).put("start", s.span().start())
                    .put("end", s.span().end()).put("text", s.text())
                    .put("stance", s.stance().name().toLowerCase(java.util.Locale.ROOT));
            ArrayNode attribution = e.putArray("attribution");
            s.attribution().forEach(attribution::add);
        }
        ArrayNode contra = n.putArray("contradicted_by");
        c.contradictedBy().forEach(id -> contra.add(id.value()));
        return n;
    }

    private static void putValue(ObjectNode n, Quantity q) {
        if (q == null) {
            n.putNull("value");
            n.putNull("unit");
            return;
        }
        if (q.isSingle()) {
            n.put("value", q.low());
        } else {
            n.putArray("value").add(q.low()).add(q.high());
        }
        n.put("unit", q.unit()).put("hedge", q.hedge().name().toLowerCase(java.util.Locale.ROOT))
                .put("value_text", q.text());
    }
}
