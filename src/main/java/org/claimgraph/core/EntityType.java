package org.claimgraph.core;

/** The kinds of named things Claimgraph tracks as entities. */
public enum EntityType {
    PERSON,
    ORG,
    LOC,
    /** A product or weapon-system designation, such as Garpiya-3 or ZT-180. */
    PRODUCT,
    MISC
}
