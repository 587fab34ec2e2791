package org.claimgraph.nlp;

/** Regular-expression fragments for the shapes of names in English news text. */
final class NameSyntax {
    /** A capitalised word, possibly hyphenated or with an apostrophe: Almaz-Antey, Xi'an, Thomas-Greenfield. */
    static final String CAP_WORD = "(?:[A-Z][\\p{L}\\p{Nd}]*(?:['’\\-][\\p{L}\\p{Nd}]+)*)";
    /** Lower-case words allowed inside a multi-word name: Center for a New American Security. */
    static final String NAME_LINK = "(?:of|for|and|a|the|de|der|du|la|von|van)";
    /** A run of capitalised words with optional inner links, ending on a capitalised word. */
    static final String NAME = CAP_WORD + "(?:[ \\u00a0]+(?:" + NAME_LINK + "[ \\u00a0]+)?" + CAP_WORD + ")*";

    private NameSyntax() {
    }
}
