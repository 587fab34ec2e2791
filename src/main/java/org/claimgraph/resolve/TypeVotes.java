package org.claimgraph.resolve;

import java.util.EnumMap;
import java.util.Map;
import org.claimgraph.core.EntityType;
import org.claimgraph.core.Mention;

/**
 * Votes for an entity's type. Domain recognisers (designations, organisation cues) outvote statistical NER, which
 * flips between PERSON and LOCATION for unfamiliar company names.
 */
final class TypeVotes {
    private final Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
    private boolean strong;

    void add(Mention mention) {
        // one domain cue ("a subsidiary of", a model number) outweighs many statistical guesses on an unknown name
        boolean statistical = "corenlp".equals(mention.recogniser());
        strong |= !statistical;
        add(mention.type(), statistical ? 1 : 10);
    }

    void add(EntityType type, int weight) {
        votes.merge(type, weight, Integer::sum);
    }

    void addAll(TypeVotes other) {
        other.votes.forEach((type, weight) -> add(type, weight));
        strong |= other.strong;
    }

    /** Returns whether any vote came from a domain recogniser rather than statistical NER. */
    boolean hasStrong() {
        return strong;
    }

    /** Returns whether the votes disagree, as they do for names the statistical model does not know. */
    boolean isMixed() {
        return votes.size() > 1;
    }

    EntityType winner() {
        return votes.entrySet().stream().max(Map.Entry.<EntityType, Integer>comparingByValue()
                .thenComparing(e -> -e.getKey().ordinal())).map(Map.Entry::getKey).orElse(EntityType.MISC);
    }
}
