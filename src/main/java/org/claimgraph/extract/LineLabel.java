package org.claimgraph.extract;

/** What one line of scraped text is, as the line classifier decides. */
enum LineLabel {
    /** An empty line. */
    BLANK,
    /** The headline. */
    TITLE,
    /** Article text. */
    BODY,
    /** The author line, kept out of the body. */
    BYLINE,
    /** A date line next to the title or the byline, kept out of the body. */
    DATELINE,
    /** Site furniture: menus, widgets, ads, share and comment boxes, site blurbs, captions. */
    BOILERPLATE
}
