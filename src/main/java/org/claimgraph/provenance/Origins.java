package org.claimgraph.provenance;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.core.Stance;
import org.claimgraph.core.Statement;

/**
 * Finds the origin of a statement: the first public source its attribution chain leads to. A named person who
 * spoke, or the first outlet that published it; a company's internal report or an unnamed source reaches the
 * public only through the outlet that saw it, so that outlet is the origin.
 */
final class Origins {
    /** Unnamed sources ("two intelligence sources", "documents", "military experts") cannot be an origin. */
    private static final Pattern ANONYMOUS = Pattern.compile("(?i)^(?:the |a |an |one |two |three |several |some |"
            + "many |other |unnamed |anonymous |senior |local )*(?:[\\w'’-]+ )*(?:sources?|documents?|officials?|"
            + "experts?|reports?|people|analysts?|diplomats?|invoices?|intelligence|insiders?)\\b.*|(?-i:[^A-Z]*)");

    /** An outlet named by its web address ("euronews.com") is named, though it has no capital letter. */
    private static final Pattern DOMAIN = Pattern.compile("(?i)[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,}");

    private final Set<String> people;
    private final Set<String> outlets;

    /** Creates a finder that knows which names are people and which are outlets. */
    Origins(Set<String> people, Set<String> outlets) {
        this.people = people;
        this.outlets = outlets;
    }

    /**
     * Returns the origin of one statement: the party itself for a denial or refusal to comment, else the innermost
     * named person or outlet of its chain, else its outermost named source, or {@code null} when it names none.
     */
    String of(Statement statement) {
        if (statement.stance() == Stance.DENIED || statement.stance() == Stance.NO_COMMENT) {
            return statement.subject();
        }
        List<String> chain = statement.attribution();
        String fallback = null;
        for (String source : chain) {
            // "the EEAS is yet to confirm" is news from the outlet that reports it, not a statement by the EEAS
            boolean silentParty = statement.stance() == Stance.UNCONFIRMED && source.equals(statement.subject());
            boolean domain = DOMAIN.matcher(source).matches();
            if (silentParty || !domain && ANONYMOUS.matcher(source).matches()) {
                continue;
            }
            if (people.contains(source) || outlets.contains(source)) {
                return source;
            }
            fallback = source;
        }
        return fallback;
    }
}
