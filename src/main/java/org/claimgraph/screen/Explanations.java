package org.claimgraph.screen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;

/** Renders an alignment as one line a compliance officer can check by eye. */
final class Explanations {
    private Explanations() {
    }

    /** Returns e.g. {@code almaz=almaz (exact), antey~antej (same sound); entry words not in query: concern; ...}. */
    static String render(Alignment a, float score) {
        var parts = new ArrayList<String>();
        for (Alignment.Link link : a.links) {
            parts.add(words(a.query, link.qFrom(), link.qTo()) + (link.sim() >= 1f ? "=" : "~")
                    + words(a.candidate, link.cFrom(), link.cTo()) + " (" + link.how() + ")");
        }
        var sb = new StringBuilder(parts.isEmpty() ? "no words matched" : String.join(", ", parts));
        appendFree(sb, "; query words unmatched: ", a.query, a.querySim);
        appendFree(sb, "; entry words unmatched: ", a.candidate, a.candidateSim);
        if (!a.candidate.legalForms.isEmpty()) {
            sb.append("; entry legal form ").append(String.join("+", a.candidate.legalForms)).append(" ignored");
        }
        sb.append(String.format(Locale.ROOT, "; query covered %.2f, entry covered %.2f, score %.2f",
                a.queryCoverage(), a.candidateCoverage(), score));
        return sb.toString();
    }

    private static void appendFree(StringBuilder sb, String label, NameForm form, float[] sims) {
        var free = new ArrayList<String>();
        for (int i = 0; i < sims.length; i++) {
            if (sims[i] == 0f) {
                free.add(form.tokens[i]);
            }
        }
        if (!free.isEmpty()) {
            sb.append(label).append(String.join(" ", free));
        }
    }

    private static String words(NameForm form, int from, int to) {
        return String.join(" ", Arrays.asList(form.tokens).subList(from, to));
    }
}
