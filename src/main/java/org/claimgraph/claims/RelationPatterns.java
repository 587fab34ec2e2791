package org.claimgraph.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Relations between two named things, as news sentences word them: "X, a subsidiary of Y", "X is an upgraded
 * version of Y", "X acted as the intermediary between Y and", "X supplied Y", "X was produced in Y".
 */
final class RelationPatterns {
    /** A relation found in a sentence: the words before the cue name the subject, the words after the object. */
    record Found(String predicate, int cueStart, int cueEnd, boolean objectFirstAfterCue) {
    }

    private static final List<Object[]> PATTERNS = List.of(
            new Object[] {"subsidiary_of", Pattern.compile(",? (?:a|the) (?:[\\w-]+ ){0,2}subsidiary of ")},
            new Object[] {"upgrade_of", Pattern.compile(
                    " (?:is|was|as) an? (?:upgraded|improved|modernised|modernized|new) version of ")},
            new Object[] {"upgrade_of", Pattern.compile(" (?:is|was) an upgrade of ")},
            new Object[] {"intermediary_for", Pattern.compile(
                    " (?:acted|acts|served|serves|was acting) as (?:the|an) intermediary (?:between|for|with) ")},
            new Object[] {"supplier_to", Pattern.compile(" (?:supplied|supplies|sold|sells) (?:\\w+ ){0,3}to ")},
            new Object[] {"produced_in", Pattern.compile(" (?:made|produced|manufactured|built) in ")});

    private RelationPatterns() {
    }

    static List<Found> find(String sentence) {
        List<Found> found = new ArrayList<>();
        for (Object[] entry : PATTERNS) {
            Matcher m = ((Pattern) entry[1]).matcher(sentence);
            while (m.find()) {
                found.add(new Found((String) entry[0], m.start(), m.end(), true));
            }
        }
        return found;
    }
}
