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

    /** Returns the attribute ("range", "payload", "warhead", "area", "capacity", "delivered", ...). */
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
        if (unit.equals("USD") || unit.equals("EUR") || unit.equals("GBP")) {
            return "cost";
        }
        return countPredicate(around, Math.min(offsetInSentence, 60));
    }

    private static final List<Map.Entry<String, Pattern>> COUNT_CUES = List.of(
            Map.entry("delivered",
                    Pattern.compile("\\b(deliver(y|ed|ies)?|received|receive|shipped|transfer(red)?)\\b")),
            Map.entry("produce", Pattern.compile("\\b(manufactur\\w*|produc\\w*|build|built|make)\\b")),
            Map.entry("purchase", Pattern.compile("\\b(purchas\\w*|buy|bought|order(ed|s)?)\\b")));

    /** Names a count by the cue verb nearest to it: "purchase of 100 drones, which could be delivered" buys. */
    private static String countPredicate(String around, int quantityAt) {
        String best = "count";
        int bestDistance = Integer.MAX_VALUE;
        for (Map.Entry<String, Pattern> cue : COUNT_CUES) {
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
