package org.claimgraph.claims.attribution;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Resolves anaphoric sources: "the newspaper", "the publication", "the outlet", "the news agency" or "the report"
 * to the last news organisation named before, "he" or "she" to the last person named as a source before; other
 * pronouns, and anaphora without an antecedent, stay unresolved. Never invents a name. Thread-safe.
 */
final class SourceResolver {
    /** Sets {@code resolvedSource} of every draft; drafts must be in text order. */
    void resolve(String text, List<Draft> drafts, Set<String> narrators) {
        String lastOutlet = null;
        int lastOutletAt = -1;
        String lastPerson = null;
        int scanned = 0;
        for (Draft draft : drafts) {
            int until = draft.source != null ? Math.min(draft.source.start(), draft.cue.start()) : draft.cue.start();
            if (until > scanned) {
                Matcher wire = SourceNames.WIRE.matcher(text).region(scanned, until);
                while (wire.find()) {
                    if (!narrators.contains(wire.group()) && wire.start() > lastOutletAt) {
                        lastOutlet = wire.group();
                        lastOutletAt = wire.start();
                    }
                }
                scanned = until;
            }
            if (draft.source == null) {
                continue;
            }
            String source = draft.source.of(text).strip();
            if (Pronouns.isOutletDescription(source)) {
                draft.resolvedSource = lastOutlet;
            } else if (Pronouns.isPersonPronoun(source)) {
                draft.resolvedSource = lastPerson;
            } else if (Pronouns.isAnaphoric(source)) {
                draft.resolvedSource = null;
            } else {
                String name = SourceNames.shortName(source);
                draft.resolvedSource = name;
                boolean reporting = StanceRules.isReportingCue(draft.cue.of(text));
                if (SourceNames.isPerson(name)) {
                    lastPerson = name;
                } else if (SourceNames.isNewsOrganisation(name, reporting) && !narrators.contains(name)
                        && draft.source.start() > lastOutletAt) {
                    lastOutlet = name;
                    lastOutletAt = draft.source.start();
                }
            }
        }
    }
}
