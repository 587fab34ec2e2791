package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.core.CitedSource;
import org.claimgraph.core.Span;

/**
 * Finds the named originators an article relies on: "Reuters reports", "citing der Spiegel", "according to
 * documents reviewed by Reuters", "Source: der Spiegel", "said a high-ranking EU official". Credits of photos
 * ("via Breaking Defense") are not citations. Stateless and thread-safe.
 */
final class CitedSourceFinder {
    /** A proper name of one to five words, allowing a lower-case article or particle inside ("der Spiegel"). */
    private static final String NAME = "((?:(?:der|die|das|le|la|el|the)\\s)?\\p{Lu}[\\p{L}\\d&'’.-]*"
            + "(?:\\s(?:of\\s|for\\s|and\\s|de\\s)?\\p{Lu}[\\p{L}\\d&'’.-]*){0,4})";
    private static final String OFFICIAL = "((?:an?|one|two|three|several) (?:[\\p{L}-]+ ){0,3}?(?:official|officials"
            + "|spokesperson|spokesman|spokeswoman|diplomat|source|sources))";
    private static final List<Cue> CUES = List.of(
            new Cue(Pattern.compile("(?<![\\p{L}])" + NAME + ",?\\s(reports|reported|writes|wrote|says|said"
                    + "|alleges|alleged|claims|claimed|reveals|revealed|has learned|learned|notes|noted"
                    + "|first reported|exclusively reported)\\b(?!\\s+(?:to|of|in|sent|from|on|by)\\b)"), 1, 2, true),
            new Cue(Pattern.compile("\\b(according to|citing|cited by|reported by|reviewed by|obtained by|seen by"
                    + "|told|brought to light by|confirmed to|in an interview with)\\s+(?:the\\s+)?"
                    + "(?:(?:information|documents?|data|a report|reports?|an? [\\p{L}-]+ report) "
                    + "(?:obtained |reviewed |seen |published )?(?:by|from|of) )?" + NAME), 2, 1, false),
            new Cue(Pattern.compile("(?m)^(Source|Sources)\\s*:\\s*" + NAME), 2, 1, false),
            new Cue(Pattern.compile("\\b(said|says|according to|told)\\s+" + OFFICIAL), 2, 1, false),
            new Cue(Pattern.compile("(?<![\\p{L}])" + NAME + "(?:'s)?\\s(exclusive|investigation|report)\\b"), 1, 2, true));
    /** Capitalised words that begin sentences or name no one. */
    private static final Set<String> NOT_NAMES = Set.of("it", "he", "she", "they", "we", "i", "you", "this", "that",
            "these", "those", "the", "a", "an", "there", "here", "sources", "source", "officials", "experts",
            "reportedly", "however", "meanwhile", "but", "and", "also", "details", "background", "in", "on", "as",
            "while", "when", "after", "before", "if", "some", "many", "his", "her", "their", "its", "our", "one",
            "the report", "the newspaper", "the publication", "the outlet", "the agency", "the news agency",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "china", "russia",
            "ukraine", "moscow", "beijing", "washington", "kremlin");
    private static final Set<String> PREPOSITIONS = Set.of("at", "of", "from", "in", "for", "with", "by", "to");

    /** Returns the citations in the text, in text order, one per name and place, skipping the given outlets. */
    List<CitedSource> find(String text, Set<String> skip) {
        List<CitedSource> found = new ArrayList<>();
        for (Cue cue : CUES) {
            Matcher m = cue.pattern().matcher(text);
            while (m.find()) {
                String raw = m.group(cue.nameGroup());
                String name = trimName(raw);
                boolean possessive = cue.nameFirst() && raw.matches(".*['’]s");
                boolean object = cue.nameFirst() && afterPreposition(text, m.start(cue.nameGroup()));
                if (isName(name, skip) && !possessive && !object) {
                    int nameEnd = m.start(cue.nameGroup()) + raw.indexOf(name) + name.length();
                    Span span = new Span(m.start(), Math.max(nameEnd, m.end(cue.cueGroup())));
                    if (found.stream().noneMatch(c -> c.span().overlaps(span))) {
                        found.add(new CitedSource(name, m.group(cue.cueGroup()), span));
                    }
                }
            }
        }
        found.sort(Comparator.comparing(CitedSource::span));
        return List.copyOf(found);
    }

    private static String trimName(String name) {
        String n = name.strip().replaceAll("['’]s$", "").replaceAll("[.,]+$", "");
        return n.replaceFirst("^(?i:the)\\s+(?=\\p{Lu})", "");
    }

    private static boolean isName(String name, Set<String> skip) {
        String key = name.toLowerCase(Locale.ROOT);
        if (name.isBlank() || NOT_NAMES.contains(key) || skip.contains(key)) {
            return false;
        }
        String first = key.split("\\s+")[0];
        return !NOT_NAMES.contains(first) || key.matches("(an?|one|two|three|several) .*(official|spokes\\w+|diplomat)");
    }

    private static boolean afterPreposition(String text, int start) {
        int end = start;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        return PREPOSITIONS.contains(text.substring(begin, end).toLowerCase(Locale.ROOT));
    }

    /**
     * A citation pattern, which of its groups hold the name and the cue words, and whether the name comes first
     * (then a preposition before it, as in "Bendett at CNAS said", means someone else is the speaker).
     */
    private record Cue(Pattern pattern, int nameGroup, int cueGroup, boolean nameFirst) {
    }
}
