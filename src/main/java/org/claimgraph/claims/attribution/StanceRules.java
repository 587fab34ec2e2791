package org.claimgraph.claims.attribution;

import java.util.Locale;
import java.util.regex.Pattern;
import org.claimgraph.core.Stance;

/**
 * Derives the stance of an attribution from its cue and the words around it: "denied" or "was not aware" is a
 * denial, "did not respond to requests for comment" no comment, "is yet to confirm" unconfirmed, "plans to"
 * planned, "alleges" or "reportedly" alleged, "reports" or "according to" reported; anything else asserted.
 * Thread-safe.
 */
final class StanceRules {
    static final Pattern NO_COMMENT = Pattern.compile("(?:did not|didn't|does not|doesn't|has not|hasn't|have not"
            + "|haven't|had not|would not|could not|declined to|refused to|not immediately)\\s+(?:immediately\\s+)?"
            + "(?:respond|reply|return|comment|be reached)|declined (?:to )?comment|no comment|not commented"
            + "|could not be reached");
    static final Pattern UNCONFIRMED = Pattern.compile("(?:unable|not able|could not|couldn't|cannot|can't"
            + "|(?:is|are|was|were|has|have) yet|(?:has|have|had|did) not|hasn't|haven't|didn't|not)\\s+"
            + "(?:to\\s+|been able to\\s+|yet\\s+|)(?:independently\\s+)?(?:confirm|verify|determine|establish"
            + "|corroborate)");
    static final Pattern DENIAL_CUE = Pattern.compile("\\b(?:den(?:y|ied|ies|ying|ial)|reject(?:s|ed|ing)?"
            + "|refut(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|rebut(?:s|ted)?|disput(?:e|es|ed|ing))\\b");
    private static final Pattern DENIAL_CONTENT = Pattern.compile("^(?:\\p{L}+\\s+){0,2}?(?:that\\s+)?"
            + "(?:it|he|she|they|we|i|the \\w+)"
            + "\\s+(?:was|were|is|are|had|has|have)\\s+(?:not aware|no knowledge|unaware|never)|^(?:that\\s+)?"
            + "(?:the (?:report|claims?|allegations?|accusations?) (?:was|were|is|are) )?(?:false|baseless|untrue"
            + "|groundless|fake|not true)");
    private static final Pattern PLANNED = Pattern.compile("\\b(?:plan(?:s|ned)?|intend(?:s|ed)?|aim(?:s|ed)?"
            + "|expect(?:s|ed)?|will|going|set|scheduled|prepar(?:es|ed|ing)|vow(?:s|ed)?|pledg(?:e|es|ed)"
            + "|promis(?:e|es|ed))\\s+to\\b|\\bwill\\b");
    private static final Pattern ALLEGED = Pattern.compile("\\b(?:alleg\\w*|claim(?:s|ed|ing)?|accus\\w*"
            + "|reportedly|purportedly|supposedly|apparently|rumou?r\\w*)\\b");
    private static final Pattern REPORTED = Pattern.compile("\\b(?:report(?:s|ed|ing)?|writ(?:es|ing)|wrote"
            + "|according|cit(?:es|ed|ing)|notes?|noted|points? out|learn(?:s|ed|t)|quot(?:es|ed|ing)"
            + "|publish(?:es|ed))\\b");

    private static final Pattern OUTLET_VERB = Pattern.compile("\\b(?:report(?:s|ed)?|writ(?:es|ing)|wrote"
            + "|publish(?:es|ed))\\b");

    private StanceRules() {
    }

    /** Returns whether the cue is what an outlet does ("reports", "writes", "publishes"). */
    static boolean isReportingCue(String cue) {
        return OUTLET_VERB.matcher(cue.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * Returns the stance of an attribution.
     *
     * @param cue     the cue text
     * @param context the sentence text around the cue (a few words each side suffice)
     * @param content the first content text, or else the words after the cue
     */
    static Stance stance(String cue, String context, String content) {
        String c = cue.toLowerCase(Locale.ROOT);
        String around = context.toLowerCase(Locale.ROOT);
        String said = content.toLowerCase(Locale.ROOT).trim();
        if (NO_COMMENT.matcher(c).find() || NO_COMMENT.matcher(around).find() && said.isEmpty()) {
            return Stance.NO_COMMENT;
        }
        if (UNCONFIRMED.matcher(c).find()) {
            return Stance.UNCONFIRMED;
        }
        if (DENIAL_CUE.matcher(c).find() || DENIAL_CONTENT.matcher(said).find()) {
            return Stance.DENIED;
        }
        if (PLANNED.matcher(c).find()) {
            return Stance.PLANNED;
        }
        if (ALLEGED.matcher(c).find() || ALLEGED.matcher(around).find()) {
            return Stance.ALLEGED;
        }
        return REPORTED.matcher(c).find() ? Stance.REPORTED : Stance.ASSERTED;
    }
}
