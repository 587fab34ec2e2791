package org.claimgraph.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Actions that news claims report, with an optional object: "has developed and flight-tested X", "agreed to
 * manufacture X", "payments ... made in Chinese yuan".
 */
final class ActionPatterns {
    /** An action found in a sentence; {@code object} is set when the pattern names it (a currency). */
    record Found(String predicate, int cueStart, int cueEnd, String object) {
    }

    /**
     * "Developed" as a verb: not passive, not an adjective ("a developed nation", "most developed economies"), not a
     * purpose ("a bill designed to hamstring").
     */
    private static final Pattern DEVELOPED = Pattern.compile("(?<!\\b(?:be|been|being|is|are|was|were) )"
            + "(?<!\\b(?:a|an|the|most|more|less|least|highly|other|many|all|rich) )"
            + "(?<![\\w-])(?:has |have |had )?(?:developed|designed)"
            + "(?:\\s+and\\s+(?:flight-tested|tested|built|produced))?\\b"
            + "(?!\\s+(?:to|nations?|economies|economy|countries|country|world|markets?|regions?|states)\\b)");
    private static final Pattern AGREED = Pattern.compile("\\b(?:has |have |had )?(?:reportedly )?agreed to "
            + "(manufacture|produce|build|supply|deliver|sell|buy)\\b");
    private static final Pattern SANCTIONED = Pattern.compile("\\b(?:was|were|has been|have been|is|are) "
            + "(?:already )?(?:sanctioned|blacklisted)\\b");
    private static final Pattern PAID_IN = Pattern.compile("(?i)\\bpay(?:ments?)?\\b[^.]{0,80}?\\bin (?:Chinese |"
            + "Russian |US |U\\.S\\. )?(yuan|renminbi|roubles|rubles|dollars|euros|rupees|dirhams)\\b");

    private ActionPatterns() {
    }

    static List<Found> find(String sentence) {
        List<Found> found = new ArrayList<>();
        Matcher m = DEVELOPED.matcher(sentence);
        while (m.find()) {
            found.add(new Found("developed", m.start(), m.end(), null));
        }
        m = AGREED.matcher(sentence);
        while (m.find()) {
            found.add(new Found("agreed_to_" + m.group(1), m.start(), m.end(), null));
        }
        m = SANCTIONED.matcher(sentence);
        while (m.find()) {
            found.add(new Found("sanctioned", m.start(), m.end(), null));
        }
        m = PAID_IN.matcher(sentence);
        while (m.find()) {
            found.add(new Found("paid_in", m.start(), m.end(), m.group(1).toLowerCase(Locale.ROOT)));
        }
        return found;
    }
}
