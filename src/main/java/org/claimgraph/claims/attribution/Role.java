package org.claimgraph.claims.attribution;

/** The part a span plays in an attribution: who speaks, the words that mark the speaking, and what is said. */
public enum Role {
    /** The speaker or the holder of the attributed view ("Reuters", "a high-ranking EU official"). */
    SOURCE,
    /** The words that mark the attribution ("said", "according to", "did not respond to requests for comment"). */
    CUE,
    /** What is attributed: a quote, a paraphrase or a reported fact. */
    CONTENT
}
