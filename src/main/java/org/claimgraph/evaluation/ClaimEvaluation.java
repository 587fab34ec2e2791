package org.claimgraph.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimgraph.core.Claim;
import org.claimgraph.core.ClaimGraph;
import org.claimgraph.core.Entity;
import org.claimgraph.core.Statement;
import org.claimgraph.pipeline.Analyzer;
import org.claimgraph.pipeline.Progress;
import org.claimgraph.pipeline.Stages;
import org.claimgraph.store.SqliteStore;

/**
 * Evaluates claims and provenance on the seeds against {@code gold.json}: gold claims found, origins and
 * independent-source counts of the found ones, gold relations, denials linked, and how many extracted claims
 * their own evidence supports.
 */
public final class ClaimEvaluation {
    private final Path seedDir;

    /** Creates an evaluation over the seed directory. */
    public ClaimEvaluation(Path seedDir) {
        this.seedDir = seedDir;
    }

    /** One gold claim and the extracted claim that matches it, if any. */
    public record GoldMatch(String goldId, Optional<Claim> claim, String goldOrigin, Integer goldIndependent,
            boolean denial) {
        /** Returns whether the match has the gold origin (or the gold gives none). */
        public boolean originRight() {
            return goldOrigin == null || claim.map(c -> c.origin() != null
                    && ClaimMatcher.norm(c.origin()).equals(ClaimMatcher.norm(goldOrigin))).orElse(false);
        }

        /** Returns whether the match has the gold independent-source count (or the gold gives none). */
        public boolean independentRight() {
            return goldIndependent == null || claim.map(c -> c.independentSources() == goldIndependent).orElse(false);
        }
    }

    /** The outcome. */
    public record Result(List<GoldMatch> claims, List<String> relationsFound, List<String> relationsMissed,
            int supported, int extracted, List<String> unsupported) {
        /** Returns the matched gold claims. */
        public List<GoldMatch> found() {
            return claims.stream().filter(m -> m.claim().isPresent()).toList();
        }
    }

    /** Analyses the seeds into a fresh database under {@code workDir} and scores the claims. */
    public Result run(Stages stages, Path workDir) {
        ClaimGraph graph;
        try (SqliteStore store = SqliteStore.open(workDir.resolve("claims-eval.db"))) {
            new Analyzer(stages, store, Clock.systemUTC(), 2).analyze(List.of(seedDir.toString()),
                    java.io.InputStream.nullInputStream(), Progress.NONE);
            graph = store.loadGraph();
        }
        SeedGold gold = SeedGold.read(seedDir);
        ClaimMatcher matcher = new ClaimMatcher(graph, gold);
        List<GoldMatch> matches = new ArrayList<>();
        for (JsonNode g : gold.root().get("claims")) {
            Optional<Claim> best = graph.claims().stream().filter(c -> matcher.matches(g, c))
                    .max((a, b) -> Integer.compare(a.documents().size(), b.documents().size()));
            Integer independent = g.has("independent_sources") ? g.get("independent_sources").asInt() : null;
            matches.add(new GoldMatch(g.get("id").asText(), best, ClaimMatcher.text(g, "origin"), independent,
                    "denial".equals(ClaimMatcher.text(g, "stance"))));
        }
        List<String> found = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (JsonNode r : gold.root().get("relations")) {
            String name = r.get("subject").asText() + " " + r.get("relation").asText() + " " + r.get("object").asText();
            boolean hit = graph.claims().stream().anyMatch(c -> c.predicate().equals(r.get("relation").asText())
                    && matcher.subjectMatches(r.get("subject").asText(), c) && c.object() != null
                    && matcher.nameMatches(r.get("object").asText(), c.object()));
            (hit ? found : missed).add(name);
        }
        List<String> unsupported = graph.claims().stream().filter(c -> !supported(c, graph))
                .map(c -> c.subject() + " " + c.predicate() + " " + (c.value() != null ? c.value().text()
                        : c.object())).toList();
        return new Result(matches, found, missed, graph.claims().size() - unsupported.size(), graph.claims().size(),
                unsupported);
    }

    /** A claim is supported when its first evidence sentence names its subject (by an alias) and states its value. */
    static boolean supported(Claim c, ClaimGraph graph) {
        Statement s = c.evidence().get(0);
        List<String> names = graph.entities().stream().filter(e -> e.name().equals(c.subject()))
                .map(Entity::aliases).findFirst().orElse(List.of(c.subject()));
        String text = s.text().toLowerCase(Locale.ROOT);
        boolean namesSubject = names.stream().anyMatch(n -> text.contains(n.toLowerCase(Locale.ROOT)))
                || text.contains(s.subject().toLowerCase(Locale.ROOT));
        boolean statesValue = c.value() == null || s.value() != null && s.text().contains(s.value().text());
        return namesSubject && statesValue;
    }

    /** Prints the result. */
    public static void print(Result r, PrintWriter out) {
        long found = r.found().size();
        out.printf(Locale.ROOT, "claims on the seed pages against gold.json%n");
        out.printf(Locale.ROOT, "  gold claims found (recall): %d of %d = %.3f%n", found, r.claims().size(),
                (double) found / r.claims().size());
        out.printf(Locale.ROOT, "  precision (claims whose evidence names the subject and states the value): "
                + "%d of %d = %.3f%n", r.supported(), r.extracted(),
                (double) r.supported() / Math.max(1, r.extracted()));
        long origins = r.found().stream().filter(GoldMatch::originRight).count();
        long independent = r.found().stream().filter(GoldMatch::independentRight).count();
        out.printf(Locale.ROOT, "  origin right: %d of %d found; independent sources right: %d of %d found%n",
                origins, found, independent, found);
        long denials = r.claims().stream().filter(GoldMatch::denial).count();
        long linked = r.claims().stream().filter(m -> m.denial() && m.claim().map(c -> !c.contradictedBy().isEmpty())
                .orElse(false)).count();
        out.printf(Locale.ROOT, "  denials linked to what they deny: %d of %d%n", linked, denials);
        out.printf(Locale.ROOT, "  relations found: %d of %d%s%n", r.relationsFound().size(),
                r.relationsFound().size() + r.relationsMissed().size(),
                r.relationsMissed().isEmpty() ? "" : "; missed: " + String.join(", ", r.relationsMissed()));
        for (GoldMatch m : r.claims()) {
            out.printf(Locale.ROOT, "    %-28s %s%n", m.goldId(), m.claim().map(c -> String.format(Locale.ROOT,
                    "%s %s -> origin %s (%s), %d independent (%s), %d documents", c.subject(), c.predicate(),
                    c.origin(), m.originRight() ? "ok" : "want " + m.goldOrigin(), c.independentSources(),
                    m.independentRight() ? "ok" : "want " + m.goldIndependent(), c.documents().size()))
                    .orElse("NOT FOUND"));
        }
        if (!r.unsupported().isEmpty()) {
            out.println("  claims whose evidence does not support them: " + String.join("; ", r.unsupported()));
        }
        out.flush();
    }

    /** Creates a scratch directory for the evaluation database. */
    public static Path scratch() {
        try {
            return Files.createTempDirectory("claimgraph-eval");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a scratch directory", e);
        }
    }
}
