package org.claimgraph.resolve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimgraph.core.Entity;
import org.claimgraph.core.EntityMention;
import org.claimgraph.core.EntityType;

/**
 * Merges the entities of many documents: equal fuzzy keys meet across spellings and scripts (TSK Vektor and TSK
 * Vector); a name found alone in one document ("Reaper") joins a fuller name from another ("MQ9 Reaper") when only
 * one fits. Names that merely share words (TSK Vektor, Redlepus TSK Vector Industrial) stay apart.
 */
final class CorpusEntityResolver {

    List<Entity> merge(List<Entity> perDocument) {
        Map<String, EntityDraft> byKey = new LinkedHashMap<>();
        Map<String, Set<EntityDraft>> byEdgeWord = new HashMap<>();
        List<Entity> longestFirst = perDocument.stream()
                .sorted((a, b) -> Integer.compare(NameKey.tokens(b.name()).size(), NameKey.tokens(a.name()).size()))
                .toList();
        for (Entity entity : longestFirst) {
            EntityDraft target = findByAnyAlias(entity, byKey);
            if (target == null) {
                target = byKey.get(firstAndLastKey(entity, entity.name()));
            }
            if (target == null) {
                target = findLongerName(entity, byEdgeWord);
            }
            if (target == null) {
                target = new EntityDraft(entity.name());
            }
            absorb(target, entity);
            for (String alias : target.aliases) {
                byKey.putIfAbsent(keyOf(entity, alias), target);
                String firstAndLast = firstAndLastKey(entity, alias);
                if (firstAndLast != null) {
                    byKey.putIfAbsent(firstAndLast, target);
                }
                indexEdgeWords(byEdgeWord, alias, target);
            }
        }
        // drafts have identity equality, so distinct() keeps each merged entity once
        return byKey.values().stream().distinct().map(EntityDraft::toEntity).toList();
    }

    /** Indexes a multi-word name under its first and last word, so that one-word names find it without a scan. */
    private static void indexEdgeWords(Map<String, Set<EntityDraft>> byEdgeWord, String alias, EntityDraft draft) {
        String[] words = NameKey.fuzzy(alias).split(" ");
        if (words.length > 1) {
            byEdgeWord.computeIfAbsent(words[0], k -> new HashSet<>()).add(draft);
            byEdgeWord.computeIfAbsent(words[words.length - 1], k -> new HashSet<>()).add(draft);
        }
    }

    /**
     * Finds the entity that an alias of this one names already. A one-word alias counts only when it is the entity's
     * own name: the single words a page uses for a long name ("Committee" for the "Committee for a Responsible
     * Federal Budget") would otherwise chain unrelated entities together across pages ("DNC Rules Committee").
     */
    private static EntityDraft findByAnyAlias(Entity entity, Map<String, EntityDraft> byKey) {
        for (String alias : entity.aliases()) {
            if (NameKey.tokens(alias).size() < 2 && !alias.equals(entity.name())) {
                continue;
            }
            EntityDraft found = byKey.get(keyOf(entity, alias));
            if (found != null && !EntityDraft.isAcronym(alias)) {
                return found;
            }
        }
        return byKey.get(keyOf(entity, entity.name()));
    }

    /**
     * Joins a one-word name to the unique fuller name that starts or ends with it ("Kupol" to "IEMZ Kupol"),
     * whatever type statistical NER gave the one word, but never across places.
     */
    private static EntityDraft findLongerName(Entity entity, Map<String, Set<EntityDraft>> byEdgeWord) {
        List<String> tokens = NameKey.tokens(entity.name());
        // places are named by their one word (Russia is not Western Russia); the rule is for firms, people, products
        if (tokens.size() != 1 || EntityDraft.isAcronym(entity.name()) || entity.type() == EntityType.LOC) {
            return null;
        }
        List<EntityDraft> candidates = byEdgeWord.getOrDefault(NameKey.fuzzy(tokens.get(0)), Set.of()).stream()
                .filter(d -> d.votes.winner() != EntityType.LOC).distinct().toList();
        return candidates.size() == 1 ? candidates.get(0) : null;
    }

    private static void absorb(EntityDraft target, Entity entity) {
        target.aliases.addAll(entity.aliases());
        target.mentions.addAll(entity.mentions());
        int weight = Math.max(1, (int) entity.mentions().stream().map(EntityMention::document).distinct().count());
        target.votes.add(entity.type(), weight);
    }

    /**
     * Returns the key under which a person's full names meet whatever stands between the first and the last word
     * ("Donald Trump", "Donald J. Trump"), or {@code null} for other entities and one-word names.
     */
    private static String firstAndLastKey(Entity entity, String alias) {
        String[] words = NameKey.fuzzy(alias).split(" ");
        if (entity.type() != EntityType.PERSON || words.length < 2) {
            return null;
        }
        return "PERSON-FIRST-LAST:" + words[0] + " " + words[words.length - 1];
    }

    /**
     * Multi-word names are specific enough to meet whatever type each document voted for (IEMZ Kupol was a PERSON
     * to one page's statistics and an ORG to another's cues); one-word names meet only within a type.
     */
    private static String keyOf(Entity entity, String alias) {
        String key = NameKey.fuzzy(alias);
        return (key.contains(" ") ? "ANY" : entity.type().name()) + ":" + key;
    }
}
