package org.claimgraph.claims.attribution;

/** A token label of the attribution tagger: begin or inside of a role span, or outside of every span. */
enum Tag {
    O(null, false),
    B_SOURCE(Role.SOURCE, true),
    I_SOURCE(Role.SOURCE, false),
    B_CUE(Role.CUE, true),
    I_CUE(Role.CUE, false),
    B_CONTENT(Role.CONTENT, true),
    I_CONTENT(Role.CONTENT, false);

    private final Role role;
    private final boolean begin;

    Tag(Role role, boolean begin) {
        this.role = role;
        this.begin = begin;
    }

    /** Returns the role, or {@code null} for {@link #O}. */
    Role role() {
        return role;
    }

    /** Returns whether the tag opens a span. */
    boolean isBegin() {
        return begin;
    }

    /** Returns the begin or inside tag of a role. */
    static Tag of(Role role, boolean begin) {
        return switch (role) {
            case SOURCE -> begin ? B_SOURCE : I_SOURCE;
            case CUE -> begin ? B_CUE : I_CUE;
            case CONTENT -> begin ? B_CONTENT : I_CONTENT;
        };
    }

    /** Returns the tag to use after {@code previous}: an inside tag that continues no span of its role opens one. */
    Tag after(Tag previous) {
        if (role != null && !begin && previous.role != role) {
            return of(role, true);
        }
        return this;
    }
}
