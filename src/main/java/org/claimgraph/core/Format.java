package org.claimgraph.core;

/** The shape of a raw document's content, which decides how the extract stage reads it. */
public enum Format {
    /** Text a scraper already pulled out of a page: lines of body mixed with site furniture. */
    TEXT,
    /** A web page as served. */
    HTML
}
