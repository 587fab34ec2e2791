package org.claimgraph.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.core.Article;
import org.claimgraph.core.CitedSource;
import org.claimgraph.core.EntityType;
import org.claimgraph.core.Mention;

/**
 * Finds who a sentence is attributed to: "according to X", "X said", "citing X", "X told Reuters", and the
 * anaphora news pages use for the outlet they relay ("the newspaper writes" means the cited outlet).
 */
final class AttributionCues {
    private static final String VERB = "(?:said|says|say|told|tells|reports|reported|writes|wrote|notes|noted|"
            + "alleges|alleged|claims|claimed|points out|added|stated|believes|believe|showed|show)";
    private static final Pattern ACCORDING_TO = Pattern.compile(
            "(?i)\\baccording to (?:(?:one of )?(?:the )?(?:documents?|information|reports?)"
                    + " (?:reviewed |obtained |seen )?by )?((?:the |two |several |one of the )?[\\w'’ -]{2,60}?)"
                    + "(?=[,.;:\"”]|$| to | in | who | which | that )");
    private static final Pattern CITING = Pattern.compile("(?i)\\bciting ((?:the |two |several )?[\\w'’ -]{2,60}?)"
            + "(?=[,.;:\"”]|$| and documents| who | that )");
    private static final Pattern SOURCE_VERB = Pattern.compile(
            "((?:[Tt]he |[Tt]wo |[Ss]everal )?[A-Z][\\w'’-]*(?: [\\w'’-]+){0,5}?) (?:has |have |had )?"
                    + "(?:also |further |reportedly |then )?(?<!\\b(?:is|are|was|were|be|been) )" + VERB + "\\b");
    private static final Pattern ANAPHOR = Pattern.compile(
            "(?i)\\bthe (newspaper|publication|outlet|news agency|agency|report|paper|media outlet)\\b");
    private static final Pattern PRONOUN = Pattern.compile("(?i)^(he|she|they|it|this|that|there|which|who|as|so|"
            + "and|but|then|also|however|here|what|we|you|i)$");

    private AttributionCues() {
    }

    /** Returns the sources a sentence names, innermost (the original speaker) first. */
    static List<String> sourcesOf(String sentence, String relayedOutlet, String lastSpeaker) {
        List<String> sources = new ArrayList<>();
        for (Pattern p : List.of(ACCORDING_TO, CITING, SOURCE_VERB)) {
            Matcher m = p.matcher(sentence);
            while (m.find()) {
                resolve(m.group(1).strip(), relayedOutlet, lastSpeaker).filter(s -> !sources.contains(s))
                        .ifPresent(sources::add);
            }
        }
        return sources;
    }

    private static Optional<String> resolve(String source, String relayedOutlet, String lastSpeaker) {
        String s = source.replaceFirst("^(?i)(however|but|and|meanwhile|also),? ", "");
        if (ANAPHOR.matcher(s).matches()) {
            return Optional.ofNullable(relayedOutlet);
        }
        if (PRONOUN.matcher(s).matches()) {
            // a pronoun means the last named speaker; with none, the source stays unknown rather than invented
            return s.matches("(?i)he|she") ? Optional.ofNullable(lastSpeaker) : Optional.empty();
        }
        if (s.length() < 2 || s.matches("(?i)(it|this|that|the|a|an)( .*)?") && !s.matches("(?i)the [A-Z].*")) {
            return Optional.empty();
        }
        return Optional.of(s);
    }

    /** A credit line just under the lead ("Source: der Spiegel") also names the relayed outlet. */
    private static final java.util.Set<String> CREDIT_CUES = java.util.Set.of("Source", "reports", "writes", "says");

    /** Returns where the paragraph that starts at or after {@code from} ends (a blank line), capped at 600 chars. */
    private static int paragraphEnd(String text, int from) {
        int start = from;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = text.indexOf("\n\n", start);
        return Math.min(end < 0 ? text.length() : end, start + 600);
    }

    /**
     * Returns the outlet a page relays: the source it cites in its lead ("A new Reuters exclusive report is
     * alleging", "..., Reuters reports, UNN writes", "Source: der Spiegel"); for pages whose citations were not
     * extracted, the organisation most often named with a reporting verb; else empty.
     */
    static Optional<String> relayedOutlet(Article article, List<Mention> mentions) {
        if (!article.citedSources().isEmpty()) {
            int leadEnd = paragraphEnd(article.text(), 0);
            int secondEnd = paragraphEnd(article.text(), leadEnd);
            return article.citedSources().stream()
                    .filter(c -> c.span().start() < leadEnd && !c.cue().equals("said")
                            || c.span().start() < secondEnd && CREDIT_CUES.contains(c.cue()))
                    .map(CitedSource::name).findFirst();
        }
        Map<String, Integer> counts = new HashMap<>();
        String text = article.text();
        for (Mention m : mentions) {
            if (m.type() == EntityType.ORG) {
                String after = text.substring(m.span().end(), Math.min(text.length(), m.span().end() + 30));
                String before = text.substring(Math.max(0, m.span().start() - 30), m.span().start());
                if (after.matches("(?s)\\s+(?:further |also )?(reports|reported|says|alleges|writes)\\b.*")
                        || before.matches("(?s).*\\b(according to|citing|told)\\s+$")
                        || before.matches("(?s).*\\b(exclusive|new) $")) {
                    counts.merge(m.text(), 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey);
    }
}
