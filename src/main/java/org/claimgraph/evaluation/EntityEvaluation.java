package org.claimgraph.evaluation;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.claimgraph.core.AnnotatedArticle;
import org.claimgraph.core.Article;
import org.claimgraph.core.Entity;
import org.claimgraph.core.Format;
import org.claimgraph.core.RawDocument;
import org.claimgraph.pipeline.Stages;

/**
 * Compares the entities Claimgraph finds on the seed pages with the gold list, side by side with plain CoreNLP on
 * the same cleaned text.
 */
public final class EntityEvaluation {
    private final Path seedDir;

    /** Creates an evaluation over the seed directory (which holds the pages and {@code gold.json}). */
    public EntityEvaluation(Path seedDir) {
        this.seedDir = seedDir;
    }

    /** The outcome: our scores and the peer's, and our remaining errors. */
    public record Result(Scores ours, Scores oursAliases, Scores peer, Scores peerAliases, List<String> unmerged,
            List<String> falseMerges, List<String> missed) {
    }

    /** Runs our pipeline's entity stages on the seeds and scores them. */
    public Result ours(Stages stages) {
        SeedGold gold = SeedGold.read(seedDir);
        List<Entity> perDocument = new ArrayList<>();
        for (Article article : articles(stages)) {
            AnnotatedArticle annotated = stages.annotator().annotate(article);
            perDocument.addAll(stages.resolver().resolveWithin(annotated));
        }
        List<PredictedEntity> predicted = stages.resolver().resolveAcross(perDocument).stream()
                .map(e -> new PredictedEntity(e.name(), e.type(), e.aliases())).toList();
        List<String> missed = gold.entities().stream()
                .filter(g -> predicted.stream().noneMatch(p -> p.type() == g.type() && EntityScoring.sharesAlias(p, g)))
                .map(g -> g.name() + " (" + g.type() + ")").toList();
        return new Result(EntityScoring.nameAndType(gold.entities(), predicted),
                EntityScoring.aliasPairs(gold.entities(), predicted), null, null,
                EntityScoring.unmergedGroups(gold.entities(), predicted),
                EntityScoring.falseMerges(gold.entities(), predicted), missed);
    }

    /** Runs plain CoreNLP on the same cleaned texts and scores it. */
    public Result peer(Stages stages, PlainCoreNlp peer) {
        SeedGold gold = SeedGold.read(seedDir);
        List<PredictedEntity> predicted = new ArrayList<>();
        for (Article article : articles(stages)) {
            for (PredictedEntity e : peer.entities(article.text())) {
                if (predicted.stream().noneMatch(p -> p.name().equals(e.name()))) {
                    predicted.add(e);
                }
            }
        }
        return new Result(null, null, EntityScoring.nameAndType(gold.entities(), predicted),
                EntityScoring.aliasPairs(gold.entities(), predicted), List.of(), List.of(), List.of());
    }

    /** Prints both results side by side. */
    public static void print(Result ours, Result peer, PrintWriter out) {
        out.println("entities on the seed pages against gold.json");
        out.printf(Locale.ROOT, "  %-24s %s%n", "name+type  claimgraph", ours.ours().line());
        out.printf(Locale.ROOT, "  %-24s %s%n", "name+type  plain CoreNLP", peer.peer().line());
        out.printf(Locale.ROOT, "  %-24s %s%n", "alias merges claimgraph", ours.oursAliases().line());
        out.printf(Locale.ROOT, "  %-24s %s%n", "alias merges CoreNLP", peer.peerAliases().line());
        out.println("  missed: " + listOrNone(ours.missed()));
        out.println("  alias groups split: " + listOrNone(ours.unmerged()));
        out.println("  false merges: " + listOrNone(ours.falseMerges()));
        out.flush();
    }

    private static String listOrNone(List<String> items) {
        return items.isEmpty() ? "none" : String.join(", ", items);
    }

    private List<Article> articles(Stages stages) {
        try (Stream<Path> files = Files.list(seedDir)) {
            List<Article> articles = new ArrayList<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                RawDocument raw = RawDocument.of(file.toString(), null, Format.TEXT, Files.readAllBytes(file));
                articles.add(stages.extractor().extract(raw));
            }
            return articles;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seed pages in " + seedDir, e);
        }
    }
}
