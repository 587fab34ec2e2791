package org.claimgraph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.claimgraph.core.Entity;
import org.claimgraph.core.EntityId;
import org.claimgraph.core.EntityMention;
import org.claimgraph.core.EntityType;

/** An entity being assembled from mentions: its surface forms, votes and mentions. Not thread-safe. */
final class EntityDraft {
    final Set<String> aliases = new TreeSet<>();
    final List<EntityMention> mentions = new ArrayList<>();
    final TypeVotes votes = new TypeVotes();

    EntityDraft(String alias) {
        aliases.add(alias);
    }

    /**
     * Returns the fullest name: most tokens, then longest, then the spelling most mentions use ("Hillary Clinton"
     * over a page's "HIllary Clinton"), then alphabetical; acronyms only when nothing else.
     */
    String name() {
        Map<String, Long> uses = mentions.stream().collect(Collectors.groupingBy(EntityMention::text,
                Collectors.counting()));
        return aliases.stream().max(Comparator.comparingInt((String a) -> isAcronym(a) ? 0 : 1)
                .thenComparingInt(a -> NameKey.tokens(a).size())
                .thenComparingInt(String::length)
                .thenComparingLong(a -> uses.getOrDefault(a, 0L))
                .thenComparing(Comparator.reverseOrder())).orElseThrow();
    }

    void absorb(EntityDraft other) {
        aliases.addAll(other.aliases);
        mentions.addAll(other.mentions);
        votes.addAll(other.votes);
    }

    Entity toEntity() {
        EntityType type = votes.winner();
        String name = name();
        EntityId id = EntityIds.of(type, name);
        List<EntityMention> sorted = mentions.stream()
                .sorted(Comparator.comparing(EntityMention::document).thenComparing(EntityMention::span)).toList();
        return new Entity(id, name, type, List.copyOf(aliases), sorted, List.of());
    }

    static boolean isAcronym(String alias) {
        return alias.length() <= 6 && alias.equals(alias.toUpperCase(java.util.Locale.ROOT))
                && alias.chars().anyMatch(Character::isLetter) && !alias.contains(" ");
    }
}
