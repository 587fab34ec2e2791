package org.claimgraph.claims.attribution;

import java.util.Locale;
import java.util.Set;

/** Anaphoric sources: personal pronouns and the descriptions news text uses for an outlet already named. */
final class Pronouns {
    private static final Set<String> PERSON = Set.of("he", "she", "him", "her");
    private static final Set<String> OTHER = Set.of("they", "them", "it", "we", "i", "you", "us", "who");
    private static final Set<String> OUTLET_NOUNS = Set.of("newspaper", "publication", "outlet", "news agency",
            "agency", "report", "paper", "magazine", "broadcaster", "website", "site", "news outlet", "daily",
            "media outlet", "wire service", "network");

    private Pronouns() {
    }

    /** Returns whether the lower-cased text is a personal pronoun. */
    static boolean isPronoun(String lower) {
        return PERSON.contains(lower) || OTHER.contains(lower);
    }

    /** Returns whether the text is a pronoun that stands for a person ("he", "she"). */
    static boolean isPersonPronoun(String text) {
        return PERSON.contains(text.toLowerCase(Locale.ROOT));
    }

    /** Returns whether the text describes an outlet named before ("the newspaper", "the news agency"). */
    static boolean isOutletDescription(String text) {
        String lower = text.toLowerCase(Locale.ROOT).trim();
        return lower.startsWith("the ") && OUTLET_NOUNS.contains(lower.substring(4).trim());
    }

    /** Returns whether the source text needs an antecedent. */
    static boolean isAnaphoric(String text) {
        String lower = text.toLowerCase(Locale.ROOT).trim();
        return isPronoun(lower) || isOutletDescription(lower);
    }
}
