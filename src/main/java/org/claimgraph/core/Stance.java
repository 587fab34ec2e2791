package org.claimgraph.core;

/** How a source stands to a claim. */
public enum Stance {
    /** Stated as fact by the source. */
    ASSERTED,
    /** Relayed from another source ("Reuters reports"). */
    REPORTED,
    /** Relayed with doubt or accusation ("alleges", "reportedly"). */
    ALLEGED,
    DENIED,
    /** Explicitly not confirmed ("was unable to confirm", "is yet to confirm"). */
    UNCONFIRMED,
    /** Declined or did not respond to requests for comment. */
    NO_COMMENT,
    /** Stated as an intention or plan. */
    PLANNED
}
