package org.claimgraph.core;

import java.util.List;
import java.util.Objects;

/**
 * A person, organisation, place or product, with every name it goes by and every place it is named.
 *
 * @param id        stable across re-analysis
 * @param name      the fullest name it goes by
 * @param type      decided by votes across mentions and cues, not by the last sentence
 * @param aliases   every distinct surface form, including {@code name}, sorted
 * @param mentions  every occurrence, by document and offset
 * @param sanctions the list entries it matches, best first; empty when none
 */
public record Entity(EntityId id, String name, EntityType type, List<String> aliases, List<EntityMention> mentions,
        List<SanctionHit> sanctions) {
    /** Validates and copies the lists. */
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
        sanctions = List.copyOf(sanctions);
    }

    /** Returns a copy with the given sanctions hits. */
    public Entity withSanctions(List<SanctionHit> hits) {
        return new Entity(id, name, type, aliases, mentions, hits);
    }
}
