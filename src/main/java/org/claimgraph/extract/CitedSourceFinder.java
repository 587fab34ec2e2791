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
    /** Cues that follow the name ("Reuters reports"); the name is then read backwards from the cue. */
    private static final Pattern VERB_AFTER = Pattern.compile("((?:reports|report|exclusive|investigation)\\b"
            + "(?!\\s+(?:to|of|in|sent|from|on|by)\\b)|(?:reported|writes|wrote|says|said|alleges|alleged|claims"
            + "|claimed|reveals|revealed|learned|notes|noted)\\b)");
    /** The first words of the cues: only where one stands is any pattern tried (a word scan is cheap). */
    private static final Set<String> CUE_WORDS = Set.of("reports", "reported", "writes", "wrote", "says", "said",
            "alleges", "alleged", "claims", "claimed", "reveals", "revealed", "learned", "notes", "noted",
            "exclusive", "investigation", "report", "according", "citing", "cited", "reviewed", "obtained", "seen",
            "told", "brought", "confirmed", "in", "source", "sources");
    private static final Pattern NAME_BEFORE = Pattern.compile("(?<![\\p{L}])" + NAME + ",?\\s(?:has\\s|had\\s)?$");
    /** How far back from a cue a name is looked for, in characters. */
    private static final int NAME_WINDOW = 90;
    private static final List<Cue> CUES = List.of(
            new Cue(Pattern.compile("\\b(according to|citing|cited by|reported by|reviewed by|obtained by|seen by"
                    + "|told|brought to light by|confirmed to|in an interview with)\\b\\s*(?:the\\s+)?"
                    + "(?:(?:information|documents?|data|a report|reports?|an? [\\p{L}-]+ report) "
                    + "(?:obtained |reviewed |seen |published )?(?:by|from|of) )?" + NAME), 2, 1),
            new Cue(Pattern.compile("(?<=^|\\n)(Source|Sources)\\s*:\\s*" + NAME), 2, 1),
            new Cue(Pattern.compile("\\b(said|says|according to|told)\\s+" + OFFICIAL), 2, 1));
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
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
            if (end - i <= 13 && CUE_WORDS.contains(text.substring(i, end).toLowerCase(Locale.ROOT))) {
                nameBeforeVerb(text, i, skip, found);
                cueBeforeName(text, i, skip, found);
            }
            i = end;
        }
        found.sort(Comparator.comparing(CitedSource::span));
        return List.copyOf(found);
    }

    private static void cueBeforeName(String text, int at, Set<String> skip, List<CitedSource> found) {
        for (Cue cue : CUES) {
            Matcher m = cue.pattern().matcher(text).region(at, Math.min(text.length(), at + NAME_WINDOW * 2));
            if (m.lookingAt()) {
                String raw = m.group(cue.nameGroup());
                String name = trimName(raw);
                if (isName(name, skip)) {
                    int nameEnd = m.start(cue.nameGroup()) + raw.indexOf(name) + name.length();
                    add(found, new CitedSource(name, m.group(cue.cueGroup()), new Span(m.start(), nameEnd)));
                }
            }
        }
    }

    /** Reads a "Name verb" citation backwards from the verb at the position, if one is there. */
    private static void nameBeforeVerb(String text, int at, Set<String> skip, List<CitedSource> found) {
        Matcher verb = VERB_AFTER.matcher(text).region(at, Math.min(text.length(), at + 40));
        if (at == 0 || !verb.lookingAt()) {
            return;
        }
        int from = Math.max(0, at - NAME_WINDOW);
        Matcher m = NAME_BEFORE.matcher(text).region(from, at).useTransparentBounds(true);
        if (!m.find()) {
            return;
        }
        String raw = m.group(1);
        String name = trimName(raw);
        boolean possessive = raw.matches(".*['’]s");
        if (isName(name, skip) && !possessive && !afterPreposition(text, m.start(1))) {
            add(found, new CitedSource(name, verb.group(1), new Span(m.start(), verb.end())));
        }
    }

    private static void add(List<CitedSource> found, CitedSource c) {
        if (found.stream().noneMatch(f -> f.span().overlaps(c.span()))) {
            found.add(c);
        }
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

    /** A citation pattern whose cue comes before the name, and which of its groups hold the name and the cue. */
    private record Cue(Pattern pattern, int nameGroup, int cueGroup) {
    }
}
