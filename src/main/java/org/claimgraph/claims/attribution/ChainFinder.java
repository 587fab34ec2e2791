package org.claimgraph.claims.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds relays in a sentence: the cited origin ("citing two sources", "according to documents") and the trailing
 * relays ("..., Reuters reports, UNN writes."), innermost first. Thread-safe.
 */
final class ChainFinder {
    private static final String NAME = "(?:[Tt]he\\s+)?(?:\\p{Lu}[\\p{L}\\d.'’&-]*"
            + "(?:\\s+\\p{Lu}[\\p{L}\\d.'’&-]*){0,4}"
            + "|(?:newspaper|publication|outlet|news agency|agency|report|paper|magazine|website))";
    private static final String RELAY_VERB = "(?:reports|reported|writes|wrote|says|said|notes|noted|adds|added"
            + "|points out|claims|claimed)";
    private static final Pattern TRAILING = Pattern.compile("((?:,\\s*" + NAME + "\\s+" + RELAY_VERB + "){1,6})"
            + "\\s*[.!]?[\"”]?\\s*$");
    private static final Pattern ONE_RELAY = Pattern.compile(",\\s*(" + NAME + ")\\s+" + RELAY_VERB);
    private static final Pattern CITED = Pattern.compile("\\b(?:citing|according to)\\s+([^,.;:\"“”]+)");
    private static final Pattern NON_SPEAKER = Pattern.compile("\\s+and\\s+(?:other\\s+)?(?:documents|records|data"
            + "|files|papers|images|photos|photographs|footage|videos?|satellite imagery)\\s*$");
    private static final int MAX_TAIL_CHARS = 300;
    private static final Set<String> NOT_NAMES = Set.of("He", "She", "It", "They", "We", "I");

    /** A relay: who, and where in the text. */
    record Relay(String name, int start) {
    }

    /** Returns the relays cited inside the sentence ("citing X", "according to X"), in text order. */
    List<Relay> cited(String sentence, int offset) {
        List<Relay> out = new ArrayList<>();
        Matcher m = CITED.matcher(sentence);
        int marks = 0;
        int counted = 0;
        while (m.find()) {
            marks += quoteMarks(sentence, counted, m.start());
            counted = m.start();
            if (marks % 2 == 1) {
                continue;
            }
            String name = NON_SPEAKER.matcher(m.group(1).strip()).replaceFirst("");
            if (!name.isBlank()) {
                out.add(new Relay(name, offset + m.start(1)));
            }
        }
        return out;
    }

    private static int quoteMarks(String sentence, int from, int to) {
        int marks = 0;
        for (int i = from; i < to; i++) {
            char c = sentence.charAt(i);
            marks += c == '"' || c == '“' || c == '”' ? 1 : 0;
        }
        return marks;
    }

    /** Returns the trailing relays of the sentence ("..., Reuters reports, UNN writes."), innermost first. */
    List<Relay> trailing(String sentence, int offset) {
        // relays sit at the end of a sentence; a bounded tail keeps the regex linear on hostile input
        int from = Math.max(0, sentence.length() - MAX_TAIL_CHARS);
        Matcher tail = TRAILING.matcher(sentence).region(from, sentence.length());
        List<Relay> out = new ArrayList<>();
        if (!tail.find()) {
            return out;
        }
        Matcher one = ONE_RELAY.matcher(tail.group(1));
        while (one.find()) {
            String name = one.group(1).strip();
            if (!NOT_NAMES.contains(name)) {
                out.add(new Relay(name, offset + tail.start(1) + one.start(1)));
            }
        }
        return out;
    }

    /**
     * Returns the narrators of a text: the outermost relay of sentences with two or more trailing relays ("Reuters
     * reports, UNN writes" makes UNN the page's own voice, never the antecedent of "the newspaper").
     */
    Set<String> narrators(String text, List<org.claimgraph.core.Span> sentences) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (org.claimgraph.core.Span s : sentences) {
            List<Relay> relays = trailing(s.of(text), s.start());
            if (relays.size() >= 2) {
                out.add(relays.get(relays.size() - 1).name());
            }
        }
        return Set.copyOf(out);
    }
}
