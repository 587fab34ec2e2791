package org.claimgraph.screen;

import java.util.Set;

/** Finds names that swap sides of a patronymic particle (bin, ibn, ben, bint, ould): father and son swapped. */
final class Patronyms {
    private static final Set<String> PARTICLES = Set.of("bin", "ibn", "ben", "bint", "binti", "ould");

    private Patronyms() {
    }

    /**
     * Returns whether a matched word stands before the particle in one name and after it in the other. Only
     * names with one particle and no comma ("SURNAME, Given" reorders on purpose) are compared.
     */
    static boolean swapped(Alignment a) {
        if (a.query.raw.indexOf(',') >= 0 || a.candidate.raw.indexOf(',') >= 0) {
            return false;
        }
        int q = particle(a.query);
        int c = particle(a.candidate);
        if (q < 0 || c < 0) {
            return false;
        }
        for (Alignment.Link link : a.links) {
            boolean beforeInQuery = link.qTo() <= q;
            boolean beforeInCandidate = link.cTo() <= c;
            boolean afterInQuery = link.qFrom() > q;
            boolean afterInCandidate = link.cFrom() > c;
            if (beforeInQuery && afterInCandidate || afterInQuery && beforeInCandidate) {
                return true;
            }
        }
        return false;
    }

    /** Returns the position of the sole particle inside the name, or -1 when there is none or more than one. */
    private static int particle(NameForm form) {
        int found = -1;
        for (int i = 0; i < form.size(); i++) {
            if (PARTICLES.contains(form.tokens[i])) {
                if (found >= 0 || i == 0 || i == form.size() - 1) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }
}
