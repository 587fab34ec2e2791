package org.claimgraph.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimgraph.core.Claim;
import org.claimgraph.core.ClaimGraph;
import org.claimgraph.core.Entity;
import org.claimgraph.core.Quantity;

/**
 * Decides whether an extracted claim is a gold claim of {@code gold.json}: same subject (by any alias), and the
 * same attribute and value, or the same stance, or for a worded claim the same action.
 */
final class ClaimMatcher {
    private static final Map<String, String> UNITS = Map.of("hectares", "ha", "kilometres", "km", "kilograms", "kg");
    private static final Set<String> ACTION_WORDS = Set.of("developed", "paid_in", "agreed_to_manufacture",
            "delivered", "produce", "purchase", "sanctioned");

    private final ClaimGraph graph;
    private final SeedGold gold;

    ClaimMatcher(ClaimGraph graph, SeedGold gold) {
        this.graph = graph;
        this.gold = gold;
    }

    boolean matches(JsonNode g, Claim c) {
        boolean listed = gold.entities().stream().anyMatch(e -> e.aliases().stream()
                .anyMatch(a -> norm(a).equals(norm(g.get("subject").asText()))));
        if (!subjectMatches(g.get("subject").asText(), c) && (listed || !attributionMatches(g, c))) {
            return false;
        }
        String stance = text(g, "stance");
        if ("denial".equals(stance)) {
            return c.predicate().equals("denies");
        }
        if ("unconfirmed".equals(stance)) {
            return c.predicate().equals("has_not_confirmed");
        }
        if (g.has("attribute")) {
            return c.predicate().equals(g.get("attribute").asText()) && valueMatches(g, c.value());
        }
        if (g.has("value")) {
            return valueMatches(g, c.value());
        }
        String words = g.get("claim").asText().toLowerCase(Locale.ROOT);
        return ACTION_WORDS.contains(c.predicate()) && (words.contains(c.predicate().replace('_', ' '))
                || c.object() != null && words.contains(c.object().toLowerCase(Locale.ROOT)));
    }

    boolean subjectMatches(String goldSubject, Claim c) {
        return nameMatches(goldSubject, c.subject());
    }

    /** Returns whether an extracted name is the gold name: equal, contained, or an alias of the same entity. */
    boolean nameMatches(String goldSubject, String extracted) {
        String predicted = norm(extracted);
        String wanted = norm(goldSubject.replaceAll("\\s*\\(.*\\)", ""));
        if (predicted.equals(wanted) || predicted.contains(wanted) && !wanted.isEmpty()
                || wanted.contains(predicted) && predicted.length() > 3) {
            return true;
        }
        List<String> aliases = gold.entities().stream().filter(e -> e.aliases().stream().anyMatch(
                a -> norm(a).equals(wanted))).flatMap(e -> e.aliases().stream()).map(ClaimMatcher::norm).toList();
        Entity entity = graph.entities().stream().filter(e -> e.name().equals(extracted)).findFirst().orElse(null);
        List<String> predictedAliases = entity == null ? List.of(predicted)
                : entity.aliases().stream().map(ClaimMatcher::norm).toList();
        return predictedAliases.stream().anyMatch(aliases::contains);
    }

    private static boolean attributionMatches(JsonNode g, Claim c) {
        String by = text(g, "attributed_to");
        return by != null && c.origin() != null && norm(by).contains(norm(c.origin()));
    }

    private static boolean valueMatches(JsonNode g, Quantity q) {
        if (q == null) {
            return false;
        }
        JsonNode v = g.get("value");
        double low = v.isArray() ? v.get(0).asDouble() : v.asDouble();
        double high = v.isArray() ? v.get(1).asDouble() : v.asDouble();
        String unit = text(g, "unit");
        if (unit != null && !UNITS.getOrDefault(unit, unit).equals(q.unit())) {
            return false;
        }
        return close(low, q.low()) && close(high, q.high());
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 0.02 * Math.max(Math.abs(a), Math.abs(b));
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("'s\\b", "").replaceAll("\\.com$", "")
                .replaceAll("[^\\p{L}\\p{N} ]+", " ").replaceAll("\\s+", " ").strip();
    }
}
