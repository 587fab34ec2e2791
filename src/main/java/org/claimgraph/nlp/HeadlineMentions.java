package org.claimgraph.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimgraph.core.Mention;
import org.claimgraph.core.Span;

/**
 * Repairs names recognised in title-case lines. In a headline every word is capitalised, so a recogniser reads
 * "Chris Christie Calls Hillary Clinton" as one name, and that name would later join two people into one entity.
 * A headline mention is replaced by the longest runs of its words that the article names elsewhere, in ordinary
 * prose; a mention with no such run is kept as it is.
 */
final class HeadlineMentions {
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}'’.-]*");
    private static final int MIN_WORDS = 3;
    private static final double TITLE_CASE_SHARE = 0.8;
    /** Short words ("of", "the", "to") stay lower-case even in title case; they do not count either way. */
    private static final int MIN_COUNTED_LENGTH = 4;

    private HeadlineMentions() {
    }

    /** Returns the mentions with those of title-case lines repaired, sorted by offset. */
    static List<Mention> repair(String text, List<Mention> mentions) {
        List<Span> headlines = titleCaseLines(text);
        if (headlines.isEmpty()) {
            return mentions;
        }
        Map<String, Mention> namedInProse = mentions.stream()
                .filter(m -> headlines.stream().noneMatch(h -> h.contains(m.span())))
                .collect(Collectors.toMap(Mention::text, Function.identity(), (a, b) -> a));
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            boolean inHeadline = headlines.stream().anyMatch(h -> h.contains(m.span()));
            List<Mention> parts = inHeadline ? runsNamedInProse(m, namedInProse) : List.of();
            out.addAll(parts.isEmpty() ? List.of(m) : parts);
        }
        out.sort(Comparator.comparing(Mention::span));
        return out;
    }

    /** Returns the longest runs of the mention's words that are names in prose, left to right, or none. */
    private static List<Mention> runsNamedInProse(Mention m, Map<String, Mention> namedInProse) {
        List<Span> words = words(m.text(), m.span().start());
        if (words.size() < 2 || namedInProse.containsKey(m.text())) {
            return List.of();
        }
        List<Mention> runs = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Mention found = null;
            int next = i + 1;
            for (int j = words.size() - 1; j >= i && found == null; j--) {
                Span run = new Span(words.get(i).start(), words.get(j).end());
                int from = run.start() - m.span().start();
                Mention named = namedInProse.get(m.text().substring(from, from + run.length()));
                if (named != null) {
                    found = new Mention(run, named.text(), named.type(), m.recogniser());
                    next = j + 1;
                }
            }
            if (found != null) {
                runs.add(found);
            }
            i = next;
        }
        return runs;
    }

    private static List<Span> words(String text, int offset) {
        List<Span> out = new ArrayList<>();
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            out.add(new Span(offset + w.start(), offset + w.end()));
        }
        return out;
    }

    /** Returns the lines whose longer words are nearly all capitalised: headlines and titles. */
    static List<Span> titleCaseLines(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int counted = 0;
            int capitalised = 0;
            Matcher w = WORD.matcher(text).region(start, end);
            while (w.find()) {
                if (w.end() - w.start() >= MIN_COUNTED_LENGTH) {
                    counted++;
                    capitalised += Character.isUpperCase(text.charAt(w.start())) ? 1 : 0;
                }
            }
            if (counted >= MIN_WORDS && capitalised >= TITLE_CASE_SHARE * counted) {
                out.add(new Span(start, end));
            }
            start = end + 1;
        }
        return out;
    }
}
