package org.claimgraph.provenance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimgraph.core.Claim;
import org.claimgraph.core.ClaimId;
import org.claimgraph.core.Stance;

/**
 * Links claims that cannot both hold: incompatible values for the same subject and attribute, and a denial
 * against the claims of its story that it speaks to. Links go both ways.
 */
final class Contradictions {
    private static final Set<String> STOPWORDS = Set.of("that", "this", "with", "from", "have", "been", "were",
            "which", "their", "there", "about", "would", "could", "said", "such", "into", "than", "them", "they",
            "will", "also", "other", "some", "what", "when", "being", "does", "made", "over", "only", "more");

    /** Attributes that name no particular quantity of their subject; see {@link #valuesConflict}. */
    private static final Set<String> CATCH_ALL = Set.of("count");

    /** A denial of involvement speaks to actions and relations, not to a product's specifications. */
    private static final Set<String> MEASURES = Set.of("range", "payload", "warhead", "weight", "area", "cost");

    /** A denial of involvement in a story speaks to every claim of supply, production or payment in it. */
    private static final Set<String> ACTIONS = Set.of("delivered", "supplier_to", "purchase", "produce",
            "produced_in", "developed", "paid_in", "agreed_to_manufacture", "agreed_to_produce", "agreed_to_supply",
            "agreed_to_deliver", "agreed_to_sell", "agreed_to_buy", "agreed_to_build");

    private Contradictions() {
    }

    /**
     * Returns the claims with their contradiction links. Only claims that can conflict are compared: values within
     * one subject and attribute, denials within one story, so the cost grows with the size of those groups, not
     * with the square of the corpus.
     */
    static List<Claim> link(List<Claim> claims, Canon canon) {
        Map<ClaimId, Set<ClaimId>> links = new HashMap<>();
        Map<String, List<Claim>> bySubjectAndAttribute = new HashMap<>();
        Map<String, List<Claim>> byStory = new HashMap<>();
        for (Claim c : claims) {
            if (c.value() != null) {
                bySubjectAndAttribute.computeIfAbsent(c.subject() + "|" + c.predicate(), k -> new ArrayList<>()).add(c);
            }
            c.evidence().stream().map(e -> canon.storyOf(e.document())).distinct()
                    .forEach(story -> byStory.computeIfAbsent(story, k -> new ArrayList<>()).add(c));
        }
        for (List<Claim> group : bySubjectAndAttribute.values()) {
            forPairs(group, (a, b) -> valuesConflict(a, b), links);
        }
        for (List<Claim> story : byStory.values()) {
            List<Claim> denials = story.stream().filter(c -> c.stance() == Stance.DENIED).toList();
            for (Claim denial : denials) {
                for (Claim claim : story) {
                    if (claim != denial && denies(denial, claim, canon)) {
                        link(links, denial, claim);
                    }
                }
            }
        }
        List<Claim> linked = new ArrayList<>();
        for (Claim c : claims) {
            linked.add(c.withContradictedBy(List.copyOf(links.getOrDefault(c.id(), Set.of()))));
        }
        return linked;
    }

    private static void forPairs(List<Claim> group, java.util.function.BiPredicate<Claim, Claim> conflict,
            Map<ClaimId, Set<ClaimId>> links) {
        for (int i = 0; i < group.size(); i++) {
            for (int j = i + 1; j < group.size(); j++) {
                if (conflict.test(group.get(i), group.get(j))) {
                    link(links, group.get(i), group.get(j));
                }
            }
        }
    }

    private static void link(Map<ClaimId, Set<ClaimId>> links, Claim a, Claim b) {
        links.computeIfAbsent(a.id(), k -> new LinkedHashSet<>()).add(b.id());
        links.computeIfAbsent(b.id(), k -> new LinkedHashSet<>()).add(a.id());
    }

    /**
     * Two values conflict when they are stated for the same subject and attribute in different sentences and cannot
     * both hold. A bare "count" is any number near the subject, so two of them are mostly two different things
     * (refugees and missiles of one country), not one thing stated twice; it is left out. Two values in one
     * sentence ("between $30,000 and $60,000") are things that sentence tells apart. Sums of money conflict only
     * between pages: one page names many sums of one party (a fine, a penalty within it, a salary).
     */
    private static boolean valuesConflict(Claim a, Claim b) {
        if (a.value() == null || b.value() == null || !a.subject().equals(b.subject())
                || !a.predicate().equals(b.predicate()) || CATCH_ALL.contains(a.predicate())
                || !a.value().unit().equals(b.value().unit()) || a.value().isCompatibleWith(b.value())) {
            return false;
        }
        return a.value().isMoney() ? !shareADocument(a, b) : !shareASentence(a, b);
    }

    private static boolean shareASentence(Claim a, Claim b) {
        return a.evidence().stream().anyMatch(x -> b.evidence().stream()
                .anyMatch(y -> x.document().equals(y.document()) && x.span().equals(y.span())));
    }

    private static boolean shareADocument(Claim a, Claim b) {
        return a.documents().stream().anyMatch(b.documents()::contains);
    }

    /**
     * A denial speaks to a claim of its own story when the claim is an action it denies, or when they share at
     * least two content words.
     */
    private static boolean denies(Claim denial, Claim claim, Canon canon) {
        if (denial.stance() != Stance.DENIED || claim.stance() == Stance.DENIED || claim.stance() == Stance.NO_COMMENT
                || claim.stance() == Stance.UNCONFIRMED || denial.object() == null
                || MEASURES.contains(claim.predicate())) {
            return false;
        }
        String denialStory = canon.storyOf(denial.evidence().get(0).document());
        if (claim.evidence().stream().noneMatch(e -> canon.storyOf(e.document()).equals(denialStory))) {
            return false;
        }
        if (ACTIONS.contains(claim.predicate())) {
            return true;
        }
        Set<String> denied = words(denial.object());
        Set<String> claimed = words(claim.evidence().get(0).text());
        denied.retainAll(claimed);
        return denied.size() >= 2;
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                .filter(w -> w.length() >= 4 && !STOPWORDS.contains(w))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
