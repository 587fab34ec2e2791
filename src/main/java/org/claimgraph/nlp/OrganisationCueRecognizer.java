package org.claimgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.core.EntityType;
import org.claimgraph.core.Mention;
import org.claimgraph.core.Span;

/**
 * Finds organisation names from the words around them, where statistical NER guesses a person or a place:
 * "a subsidiary of X", "a firm called X", "drone manufacturer X", "X, a subsidiary of", and legal forms
 * (JSC, LLC, OOO, Co. Ltd, Industrial, Technology).
 */
final class OrganisationCueRecognizer {
    private static final String NAME = NameSyntax.NAME;
    /** A name ends at punctuation or before a function word or verb, not before a lower-case modifier. */
    private static final String NAME_ENDS = "(?=\\s*[,.;:)\"”]|\\s*$|\\s+(?:and|which|that|who|has|had|have|is|was|"
            + "to|in|as|for|on|at|with|from|said|says|based|acted|did|does)\\b)";
    private static final String ORG_NOUN = "(?:company|firm|manufacturer|maker|producer|contractor|supplier|"
            + "subsidiary|conglomerate|corporation|group|agency|think-tank|think tank|institute|bank|plant)";
    private static final Pattern CALLED = Pattern.compile(
            "\\b" + ORG_NOUN + "\\s+(?:called|named|known as)\\s+(" + NAME + ")");
    private static final Pattern NOUN_THEN_NAME = Pattern.compile(
            "\\b(?:company|firm|manufacturer|maker|producer|contractor|supplier|conglomerate|corporation)\\s+("
                    + NAME + ")" + NAME_ENDS);
    private static final Pattern SUBSIDIARY_OF = Pattern.compile(
            "\\bsubsidiary\\s+of\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,4}?(" + NAME + ")" + NAME_ENDS);
    private static final Pattern APPOSITIVE = Pattern.compile(
            "(" + NAME + "),\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,4}?" + ORG_NOUN + "\\b");
    private static final Pattern LEGAL_FORM = Pattern.compile(
            "(" + NAME + "\\s+(?:JSC|PJSC|OJSC|AO|OAO|PAO|ZAO|OOO|LLC|Ltd\\.?|Co\\.,?\\s+Ltd\\.?|Inc\\.?|Corp\\.?|"
                    + "GmbH|AG|S\\.A\\.|Industrial|Technology|Technologies|Industries))\\b");

    /** Named facilities and programmes: "Advanced UAV Research and Manufacturing Base". */
    private static final Pattern FACILITY = Pattern.compile("(" + NAME + "[ \u00a0]+(?:Base|Centre|Center|Plant|"
            + "Factory|Facility|Complex|Shipyard|Programme|Program|Zone))\\b");

    /** Returns the cue-based organisation mentions in the text, in pattern order. */
    List<Mention> recognise(String text) {
        List<Mention> found = new ArrayList<>();
        for (Pattern p : List.of(CALLED, NOUN_THEN_NAME, SUBSIDIARY_OF, APPOSITIVE, LEGAL_FORM, FACILITY)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                Span span = trimmed(text, m.start(1), m.end(1));
                if (span.length() > 1 && Character.isUpperCase(text.charAt(span.start()))) {
                    found.add(new Mention(span, span.of(text), EntityType.ORG, "org-cue"));
                }
            }
        }
        return found;
    }

    /** Drops a leading article or sentence-initial word that the name pattern swallowed ("The Reuters"). */
    private static Span trimmed(String text, int start, int end) {
        String covered = text.substring(start, end);
        for (String lead : List.of("The ", "A ", "An ", "In ", "But ", "However ")) {
            if (covered.startsWith(lead) && covered.length() > lead.length()) {
                return new Span(start + lead.length(), end);
            }
        }
        return new Span(start, end);
    }
}
