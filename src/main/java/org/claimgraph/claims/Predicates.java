package org.claimgraph.claims;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.core.Quantity;

/** Names the attribute a quantity states, from its unit and the words around it. */
final class Predicates {
    private Predicates() {
    }

    /**
     * Returns the attribute ("range", "payload", "warhead", "area", "capacity", "delivered", "fine", ...), or
     * {@code null} for a sum of money that no word around it explains.
     */
    static String forQuantity(Quantity q, String sentence, int offsetInSentence) {
        String around = window(sentence, offsetInSentence, q.text().length()).toLowerCase(Locale.ROOT);
        String unit = q.unit();
        if (unit.equals("km")) {
            return "range";
        }
        if (unit.equals("kg")) {
            return around.contains("warhead") ? "warhead" : around.contains("payload") || around.contains("carry")
                    ? "payload" : "weight";
        }
        if (unit.equals("ha")) {
            return "area";
        }
        if (unit.contains("/")) {
            return "capacity";
        }
        if (q.isMoney()) {
            return nearestCue(MONEY_CUES, around, Math.min(offsetInSentence, 60), null);
        }
        return countPredicate(around, Math.min(offsetInSentence, 60));
    }

    private static final List<Map.Entry<String, Pattern>> COUNT_CUES = List.of(
            Map.entry("delivered",
                    Pattern.compile("\\b(deliver(y|ed|ies)?|received|receive|shipped|transfer(red)?)\\b")),
            Map.entry("produce", Pattern.compile("\\b(manufactur\\w*|produc\\w*|build|built|make)\\b")),
            Map.entry("purchase", Pattern.compile("\\b(purchas\\w*|buy|bought|order(ed|s)?)\\b")));

    /**
     * What a sum of money is, by the word nearest to it. A sum with none of these words near it ("Apple holds
     * $214.9 billion offshore") says too little to be a claim about anyone; a single catch-all attribute for every
     * sum made a fine, a salary and a debt of one subject look like one quantity stated three ways.
     */
    private static final List<Map.Entry<String, Pattern>> MONEY_CUES = List.of(
            Map.entry("cost", Pattern.compile("\\b(cost(s|ing)?|price[ds]?|budget(ed)?|spend(ing)?|spent)\\b")),
            Map.entry("paid", Pattern.compile("\\b(pa(id|y|ys|ying|yments?)|bought|purchased?)\\b")),
            Map.entry("fine", Pattern.compile("\\b(fined?|fines|penalty|penalties|settlement|settled)\\b")),
            Map.entry("income", Pattern.compile("\\b(incomes?|earn(s|ed|ing)?|salar(y|ies)|wages?|mak(e|es|ing)"
                    + "|made)\\b")),
            Map.entry("donated", Pattern.compile("\\b(donat\\w*|contribut\\w*|g(ive|ave|iving)|committed|pledged)\\b")),
            Map.entry("raised", Pattern.compile("\\b(rais(e|ed|es|ing)|fundrais\\w*)\\b")),
            Map.entry("invested", Pattern.compile("\\b(invest\\w*)\\b")),
            Map.entry("debt", Pattern.compile("\\b(debts?|owe[sd]?|owing|loans?|lend|lent)\\b")),
            Map.entry("loss", Pattern.compile("\\b(loss(es)?|lost|lose)\\b")),
            Map.entry("revenue", Pattern.compile("\\b(revenues?|sales|turnover|profits?)\\b")),
            Map.entry("value", Pattern.compile("\\b(worth|valued|valuation)\\b")));

    /** Names a count by the cue verb nearest to it: "purchase of 100 drones, which could be delivered" buys. */
    private static String countPredicate(String around, int quantityAt) {
        return nearestCue(COUNT_CUES, around, quantityAt, "count");
    }

    /** Returns the name of the cue nearest to the quantity in the window, or {@code none} when no cue occurs. */
    private static String nearestCue(List<Map.Entry<String, Pattern>> cues, String around, int quantityAt,
            String none) {
        String best = none;
        int bestDistance = Integer.MAX_VALUE;
        for (Map.Entry<String, Pattern> cue : cues) {
            Matcher m = cue.getValue().matcher(around);
            while (m.find()) {
                int distance = Math.abs(m.start() - quantityAt);
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = cue.getKey();
                }
            }
        }
        return best;
    }

    private static String window(String sentence, int start, int length) {
        return sentence.substring(Math.max(0, start - 60), Math.min(sentence.length(), start + length + 40));
    }
}
