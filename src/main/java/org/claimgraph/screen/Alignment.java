package org.claimgraph.screen;

import java.util.ArrayList;
import java.util.List;

/** Which tokens of a query name matched which tokens of a list name, and how well. Built by {@link NameMatcher}. */
final class Alignment {
    /** One match between token ranges [qFrom, qTo) and [cFrom, cTo). */
    record Link(int qFrom, int qTo, int cFrom, int cTo, float sim, String how) {
    }

    final NameForm query;
    final NameForm candidate;
    final float[] querySim;
    final float[] candidateSim;
    final List<Link> links = new ArrayList<>();

    Alignment(NameForm query, NameForm candidate) {
        this.query = query;
        this.candidate = candidate;
        this.querySim = new float[query.size()];
        this.candidateSim = new float[candidate.size()];
    }

    void link(int qFrom, int qTo, int cFrom, int cTo, float sim, String how) {
        for (int i = qFrom; i < qTo; i++) {
            querySim[i] = sim;
        }
        for (int j = cFrom; j < cTo; j++) {
            candidateSim[j] = sim;
        }
        links.add(new Link(qFrom, qTo, cFrom, cTo, sim, how));
    }

    boolean queryFree(int i) {
        return querySim[i] == 0f;
    }

    boolean candidateFree(int j) {
        return candidateSim[j] == 0f;
    }

    /** Returns the matched share of the query's weight, in [0, 1]. */
    float queryCoverage() {
        return coverage(query, querySim);
    }

    /** Returns the matched share of the candidate's weight, in [0, 1]. */
    float candidateCoverage() {
        return coverage(candidate, candidateSim);
    }

    /** Returns how many full-weight query tokens matched well (not by an initial or a stretched typo). */
    int strongQueryMatches() {
        int n = 0;
        for (int i = 0; i < query.size(); i++) {
            n += query.weights[i] >= 1f && querySim[i] >= 0.85f ? 1 : 0;
        }
        return n;
    }

    /** Returns the weighted Dice overlap of both names, in [0, 1]. */
    float dice() {
        float total = query.totalWeight + candidate.totalWeight;
        return total == 0 ? 0 : (matched(query, querySim) + matched(candidate, candidateSim)) / total;
    }

    private static float coverage(NameForm form, float[] sims) {
        return form.totalWeight == 0 ? 0 : matched(form, sims) / form.totalWeight;
    }

    private static float matched(NameForm form, float[] sims) {
        float m = 0;
        for (int i = 0; i < sims.length; i++) {
            m += form.weights[i] * sims[i];
        }
        return m;
    }
}
