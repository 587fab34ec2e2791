package org.claimgraph.provenance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimgraph.core.Quantity;
import org.claimgraph.core.Statement;

/**
 * Groups statements that state the same thing: same subject and predicate, and the same object or a compatible
 * value ("some 2,000km" and "2,000 kilometers (1,240 miles)"). Stance statements (denials, non-confirmations,
 * refusals to comment) group per story, since the same party denies different things in different stories.
 */
final class ClaimGrouping {
    private static final Set<String> STANCE_PREDICATES = Set.of("denies", "has_not_confirmed", "no_comment");

    record Group(String subject, String predicate, String object, List<Statement> statements) {
        Quantity value() {
            return statements.stream().map(Statement::value).filter(v -> v != null)
                    .min((a, b) -> Double.compare(a.high() - a.low(), b.high() - b.low())).orElse(null);
        }
    }

    static List<Group> group(List<Statement> statements, Canon canon) {
        Map<String, List<Group>> byKey = new LinkedHashMap<>();
        for (Statement s : statements) {
            String subject = canon.name(s.subject());
            String object = s.object() == null || STANCE_PREDICATES.contains(s.predicate()) ? s.object()
                    : canon.name(s.object());
            String key = subject.toLowerCase(Locale.ROOT) + "|" + s.predicate() + "|"
                    + (STANCE_PREDICATES.contains(s.predicate()) ? canon.storyOf(s.document())
                            : object == null ? "" : object.toLowerCase(Locale.ROOT));
            List<Group> groups = byKey.computeIfAbsent(key, k -> new ArrayList<>());
            Group target = groups.stream().filter(g -> fits(g, s)).findFirst().orElse(null);
            if (target == null) {
                target = new Group(subject, s.predicate(), object, new ArrayList<>());
                groups.add(target);
            }
            target.statements().add(s);
        }
        return byKey.values().stream().flatMap(List::stream).toList();
    }

    private static boolean fits(Group group, Statement s) {
        if (s.value() == null) {
            return group.value() == null;
        }
        return group.statements().stream().map(Statement::value)
                .allMatch(v -> v != null && v.isCompatibleWith(s.value()));
    }
}
