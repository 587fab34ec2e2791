package org.claimgraph.core;

/** How one page reuses another's text. */
public enum ReuseKind {
    /** The same text, give or take furniture and small edits. */
    DUPLICATE,
    /** The same passages in other words, paragraph by paragraph. */
    REWRITE
}
