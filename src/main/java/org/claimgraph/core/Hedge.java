package org.claimgraph.core;

/** How a stated quantity is qualified: "about 2,000 km" is {@link #APPROXIMATE}, "at least seven" {@link #AT_LEAST}. */
public enum Hedge {
    EXACT,
    APPROXIMATE,
    AT_LEAST,
    AT_MOST
}
