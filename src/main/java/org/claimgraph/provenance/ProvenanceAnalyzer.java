package org.claimgraph.provenance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.claimgraph.core.Article;
import org.claimgraph.core.Claim;
import org.claimgraph.core.ClaimId;
import org.claimgraph.core.DocumentAnalysis;
import org.claimgraph.core.DocumentId;
import org.claimgraph.core.Entity;
import org.claimgraph.core.EntityType;
import org.claimgraph.core.Reuse;
import org.claimgraph.core.Stance;
import org.claimgraph.core.Statement;
import org.claimgraph.core.Story;

/**
 * Merges statements into canonical claims and works out each claim's origin (the earliest primary source its
 * evidence leads to), its independent sources (distinct origins, with copies collapsed) and its contradictions.
 * Thread-safe.
 */
public final class ProvenanceAnalyzer {

    /** Returns the claims of the corpus, most-evidenced first, and its provenance graph. */
    public Provenance analyse(List<DocumentAnalysis> documents, List<Entity> entities, List<Story> stories,
            List<Reuse> reuses) {
        Objects.requireNonNull(documents, "documents");
        Map<DocumentId, Article> articles = documents.stream()
                .collect(Collectors.toMap(DocumentAnalysis::id, DocumentAnalysis::article, (a, b) -> a));
        Canon canon = new Canon(entities, stories);
        ReuseGroups groups = new ReuseGroups(reuses);
        Origins origins = new Origins(people(entities), outlets(documents));
        Comparator<Statement> earliestFirst = Comparator.comparing((Statement s) -> published(articles, s),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Statement::document)
                .thenComparing(Statement::span);
        List<Statement> all = documents.stream().flatMap(d -> d.statements().stream()).sorted(earliestFirst).toList();
        // each statement's origin, one spelling per source name corpus-wide
        Map<Statement, String> originOf = new IdentityHashMap<>();
        SourceSpellings spellings = new SourceSpellings();
        for (Statement s : all) {
            String origin = origins.of(s);
            originOf.put(s, origin);
            spellings.add(origin);
        }
        originOf.replaceAll((s, origin) -> spellings.of(origin));
        List<Claim> claims = new ArrayList<>();
        for (ClaimGrouping.Group g : ClaimGrouping.group(all, canon)) {
            claims.add(claimOf(g, groups, originOf));
        }
        claims = spokesmen(claims, canon);
        claims = Contradictions.link(claims, canon);
        claims.sort(Comparator.comparingInt((Claim c) -> -c.documents().size()).thenComparing(Claim::id));
        return new Provenance(claims, Edges.of(documents, reuses, claims));
    }

    private static Claim claimOf(ClaimGrouping.Group g, ReuseGroups groups, Map<Statement, String> originOf) {
        Statement first = g.statements().get(0);
        Set<String> voices = new LinkedHashSet<>();
        for (Statement s : g.statements()) {
            String origin = originOf.get(s);
            voices.add(origin != null ? "source:" + origin : "group:" + groups.groupOf(s.document()));
        }
        Stance stance = g.statements().stream().collect(Collectors.groupingBy(Statement::stance,
                Collectors.counting())).entrySet().stream().max(Map.Entry.<Stance, Long>comparingByValue()
                        .thenComparing(e -> -e.getKey().ordinal())).map(Map.Entry::getKey).orElse(first.stance());
        ClaimId id = idOf(g);
        return new Claim(id, g.subject(), g.predicate(), g.object(), g.value(), stance, first.attribution(),
                originOf.get(first), g.statements(), voices.size(), List.of());
    }

    /**
     * A country's denial comes from the ministry that speaks for it: when the same story carries a denial by
     * "China's foreign ministry", a denial by "China" has that ministry as its origin.
     */
    private static List<Claim> spokesmen(List<Claim> claims, Canon canon) {
        Map<String, List<Claim>> denialsByStory = new java.util.HashMap<>();
        for (Claim c : claims) {
            if (c.predicate().equals("denies")) {
                denialsByStory.computeIfAbsent(canon.storyOf(c.evidence().get(0).document()), k -> new ArrayList<>())
                        .add(c);
            }
        }
        List<Claim> result = new ArrayList<>();
        for (Claim c : claims) {
            List<Claim> sameStory = c.predicate().equals("denies")
                    ? denialsByStory.getOrDefault(canon.storyOf(c.evidence().get(0).document()), List.of()) : List.of();
            String ministry = sameStory.stream().filter(o -> o != c).map(Claim::subject)
                    .filter(s -> s.startsWith(c.subject() + "'s ") || s.startsWith(c.subject() + "’s "))
                    .findFirst().orElse(null);
            result.add(ministry == null ? c : new Claim(c.id(), c.subject(), c.predicate(), c.object(), c.value(),
                    c.stance(), c.attributedTo(), ministry, c.evidence(), c.independentSources(), c.contradictedBy()));
        }
        return result;
    }

    private static Set<String> people(List<Entity> entities) {
        Set<String> people = new HashSet<>();
        for (Entity e : entities) {
            if (e.type() == EntityType.PERSON) {
                people.addAll(e.aliases());
                people.add(e.name());
            }
        }
        return people;
    }

    /** Outlets are the pages' own and original outlets, the sources they cite, and the outlets their chains end on. */
    private static Set<String> outlets(List<DocumentAnalysis> documents) {
        Set<String> outlets = new HashSet<>();
        for (DocumentAnalysis d : documents) {
            Article a = d.article();
            Stream.of(a.outlet(), a.originalOutlet()).filter(Objects::nonNull).forEach(outlets::add);
            a.citedSources().forEach(c -> outlets.add(c.name()));
            String page = a.originalOutlet() != null ? a.originalOutlet() : a.outlet();
            for (Statement s : d.statements()) {
                List<String> chain = s.attribution();
                // the claims stage ends every chain on the outlet the page relays, then on the page's own outlet
                int tail = page != null && !chain.isEmpty() && chain.get(chain.size() - 1).equals(page) ? 2 : 1;
                chain.subList(Math.max(0, chain.size() - tail), chain.size()).forEach(outlets::add);
            }
        }
        return outlets;
    }

    private static LocalDate published(Map<DocumentId, Article> articles, Statement s) {
        Article a = articles.get(s.document());
        return a == null ? null : a.published();
    }

    private static ClaimId idOf(ClaimGrouping.Group g) {
        String value = g.value() == null ? "" : g.value().unit() + Math.round(g.value().high());
        String key = g.subject() + "|" + g.predicate() + "|" + g.object() + "|" + value + "|"
                + g.statements().get(0).document();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return new ClaimId("c" + java.util.HexFormat.of().formatHex(digest, 0, 6));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
