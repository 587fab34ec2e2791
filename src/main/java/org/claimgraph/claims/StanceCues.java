package org.claimgraph.claims;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.core.Stance;

/** Decides how a sentence's source stands to what it says, from the cue words around it. */
final class StanceCues {
    private static final Pattern NO_COMMENT = Pattern.compile("(?i)\\b(did not|didn't|has not|have not|had not) "
            + "(respond|reply|immediately respond)(ed)? to (a )?requests? for comment|declined to comment|"
            + "(has|have) not commented|no comment\\b|not commented");
    /**
     * "Rejected" and "dismissed" deny only a claim ("rejected the allegations"); a rejected request, appeal or
     * lawsuit is a decision, not a denial.
     */
    private static final Pattern DENIED = Pattern.compile("(?i)\\b(denied|denies|deny|denying|refuted)\\b"
            + "|\\bnot aware of\\b|\\b(?:rejected|rejects|dismissed|dismisses)\\s+(?:\\S+\\s+){0,3}?(?:reports?|claims?"
            + "|allegations?|accusations?|suggestions?|assertions?|charges?|speculation|rumou?rs?|notion|idea)\\b");
    private static final Pattern UNCONFIRMED = Pattern.compile("(?i)\\b(unable to (confirm|determine|verify)|"
            + "(yet|not able|could not|cannot|couldn't) to confirm|is yet to confirm|are yet to confirm|"
            + "could not (independently )?(confirm|verify)|not (been )?confirmed|no clear evidence)\\b");
    private static final Pattern PLANNED = Pattern.compile("(?i)\\b(plans? to|planned to|intends? to|"
            + "would be (able|ready) to|will be (able|ready) to|is expected to|are expected to)\\b");
    private static final Pattern ALLEGED = Pattern.compile("(?i)\\b(alleges?|alleged(ly)?|reportedly|is said to|"
            + "are said to|claims?|purportedly|apparently|believed to)\\b");

    private StanceCues() {
    }

    /**
     * Returns where in the sentence the wording of a denial, non-confirmation or refusal to comment starts, the
     * start of the sentence when it has none.
     */
    static int cueStart(String sentence, Stance stance) {
        Matcher m = switch (stance) {
            case DENIED -> DENIED.matcher(sentence);
            case UNCONFIRMED -> UNCONFIRMED.matcher(sentence);
            case NO_COMMENT -> NO_COMMENT.matcher(sentence);
            default -> null;
        };
        return m != null && m.find() ? m.start() : 0;
    }

    /** Returns the stance the sentence's wording signals; {@code attributed} says whether it names a source. */
    static Stance of(String sentence, boolean attributed) {
        if (NO_COMMENT.matcher(sentence).find()) {
            return Stance.NO_COMMENT;
        }
        if (DENIED.matcher(sentence).find()) {
            return Stance.DENIED;
        }
        if (UNCONFIRMED.matcher(sentence).find()) {
            return Stance.UNCONFIRMED;
        }
        if (PLANNED.matcher(sentence).find()) {
            return Stance.PLANNED;
        }
        if (ALLEGED.matcher(sentence).find()) {
            return Stance.ALLEGED;
        }
        return attributed ? Stance.REPORTED : Stance.ASSERTED;
    }
}
