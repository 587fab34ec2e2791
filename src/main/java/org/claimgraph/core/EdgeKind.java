package org.claimgraph.core;

/** The kinds of provenance edges, from a page towards the primary sources behind it. */
public enum EdgeKind {
    /** A page names an outlet or person it relies on. */
    CITES,
    /** A page republishes another outlet's article. */
    REPUBLISHES,
    /** A page copies or rewrites another page. */
    COPIES,
    /** An outlet relays what a primary source told it. */
    RELAYS
}
