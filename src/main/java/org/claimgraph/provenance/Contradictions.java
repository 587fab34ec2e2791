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

    /** A denial of involvement speaks to actions and relations, not to a product's specifications. */
    private static final Set<String> MEASURES = Set.of("range", "payload", "warhead", "weight", "area", "cost");

    /** A denial of involvement in a story speaks to every claim of supply, production or payment in it. */
    private static final Set<String> ACTIONS = Set.of("delivered", "supplier_to", "purchase", "produce",
            "produced_in", "developed", "paid_in", "agreed_to_manufacture", "agreed_to_produce", "agreed_to_supply",
            "agreed_to_deliver", "agreed_to_sell", "agreed_to_buy", "agreed_to_build");

    private Contradictions() {
    }

    static List<Claim> link(List<Claim> claims, Canon canon) {
        Map<ClaimId, Set<ClaimId>> links = new HashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            for (int j = i + 1; j < claims.size(); j++) {
                Claim a = claims.get(i);
                Claim b = claims.get(j);
                if (valuesConflict(a, b) || denies(a, b, canon) || denies(b, a, canon)) {
                    links.computeIfAbsent(a.id(), k -> new LinkedHashSet<>()).add(b.id());
                    links.computeIfAbsent(b.id(), k -> new LinkedHashSet<>()).add(a.id());
                }
            }
        }
        List<Claim> linked = new ArrayList<>();
        for (Claim c : claims) {
            linked.add(c.withContradictedBy(List.copyOf(links.getOrDefault(c.id(), Set.of()))));
        }
        return linked;
    }

    private static boolean valuesConflict(Claim a, Claim b) {
        return a.value() != null && b.value() != null && a.subject().equals(b.subject())
                && a.predicate().equals(b.predicate()) && a.value().unit().equals(b.value().unit())
                && !a.value().isCompatibleWith(b.value());
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
