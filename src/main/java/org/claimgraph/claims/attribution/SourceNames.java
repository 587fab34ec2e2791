package org.claimgraph.claims.attribution;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Classifies source texts: news organisation, person, or neither, and gives their short name. Thread-safe. */
final class SourceNames {
    /** Wire services and news agencies, matched case-sensitively as whole words. */
    static final Pattern WIRE = Pattern.compile("\\b(?:Reuters|Associated Press|AP|AFP|Agence France-Presse|UPI"
            + "|United Press International|Bloomberg|Interfax|TASS|Xinhua|dpa|ANSA|EFE|Kyodo|Yonhap)\\b");
    private static final Pattern NEWS_WORD = Pattern.compile("\\b(?:News|Times|Post|Press|Journal|Herald|Gazette"
            + "|Tribune|Telegraph|Guardian|Daily|Magazine|Newspaper|Agency|Radio|TV|Television|Wire|Pravda|Spiegel"
            + "|Observer|Independent|Chronicle|Insider)\\b");
    private static final Set<String> ORG_WORDS = Set.of("Ministry", "Department", "Institute", "Agency", "Service",
            "Government", "Council", "Committee", "Party", "Company", "Corp", "Inc", "University", "Center",
            "Centre", "Office", "Bank", "Foundation", "Association", "Union", "Commission", "Court", "House",
            "Campaign", "Administration", "Police", "Army", "Military", "Group", "Organization", "Organisation",
            "Fund", "Board", "Bureau", "Senate", "Congress", "Parliament", "State", "Republicans", "Democrats",
            "Kremlin", "Pentagon", "Coalition", "Alliance", "Network", "Studies", "Security", "Research");
    private static final Pattern APPOSITIVE = Pattern.compile("^(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)*)"
            + ",\\s+(?:a|an|the|who|its|his|her)\\b");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’-]*\\.?");

    private SourceNames() {
    }

    /** Returns the short name of a source: the name before an appositive ("Fabian Hinz, a research fellow"). */
    static String shortName(String source) {
        String trimmed = source.strip();
        Matcher m = APPOSITIVE.matcher(trimmed);
        return m.find() ? m.group(1) : trimmed;
    }

    /** Returns whether the short name looks like a news organisation. */
    static boolean isNewsOrganisation(String name, boolean reportingCue) {
        if (WIRE.matcher(name).find() || NEWS_WORD.matcher(name).find()) {
            return true;
        }
        if (!reportingCue || isPerson(name)) {
            return false;
        }
        String[] words = name.split("\\s+");
        return words.length <= 4 && java.util.Arrays.stream(words).allMatch(w -> NAME_WORD.matcher(w).matches());
    }

    /** Returns whether the short name looks like a person's name: two to four capitalised words, no org word. */
    static boolean isPerson(String name) {
        String[] words = name.strip().split("\\s+");
        if (words.length < 2 || words.length > 4 || WIRE.matcher(name).find()) {
            return false;
        }
        for (String word : words) {
            if (!NAME_WORD.matcher(word).matches() || ORG_WORDS.contains(word) || word.equals("The")) {
                return false;
            }
        }
        return true;
    }
}
