package org.claimgraph.screen.lists;

/** What kind of party a sanctions-list entry designates. */
public enum EntryType {
    PERSON,
    ORGANISATION,
    VESSEL,
    AIRCRAFT,
    /** The list does not say, or gives a kind we do not screen by type. */
    UNKNOWN
}
