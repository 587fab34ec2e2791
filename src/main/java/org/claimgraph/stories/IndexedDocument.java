package org.claimgraph.stories;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimgraph.core.DocumentId;

/**
 * What the index keeps of one document: compact weighted vectors, the paragraph prints for passage alignment and the
 * MinHash signature; never the text.
 *
 * @param id         the document's id
 * @param ordinal    its position in the order documents were added
 * @param published  its date, or {@code null}
 * @param terms      unit vector of its heaviest stems, tf-idf weighted
 * @param entities   unit vector of its entity keys, idf weighted
 * @param paragraphs its body paragraphs
 * @param signature  its MinHash signature
 * @param language   its guessed language
 * @param credits    whether it credits another outlet
 */
record IndexedDocument(DocumentId id, int ordinal, LocalDate published, SparseVector terms, SparseVector entities,
        List<Paragraph> paragraphs, int[] signature, Language language, boolean credits) {
    static final int TERM_LIMIT = 200;
    static final int ENTITY_LIMIT = 64;
    /** Weight factor of country names and adjectives, which say little about the story. */
    static final double COMMON_FACTOR = 0.25;

    /** Returns the indexed form of a profile, weighted with the given statistics. */
    static IndexedDocument of(DocumentProfile profile, int ordinal, TermStatistics statistics) {
        Map<Integer, Double> terms = new HashMap<>();
        profile.stems().forEach((stem, tf) -> terms.put(stem,
                (1 + Math.log(tf)) * statistics.stemIdf(stem) * commonness(profile, stem)));
        Map<Integer, Double> entities = new HashMap<>();
        profile.entities().forEach(e -> entities.put(e, statistics.entityIdf(e) * commonness(profile, e)));
        StoryDocument doc = profile.document();
        return new IndexedDocument(doc.id(), ordinal, doc.published(), SparseVector.unitOf(terms, TERM_LIMIT),
                SparseVector.unitOf(entities, ENTITY_LIMIT), profile.paragraphs(), profile.signature(),
                profile.language(), profile.credits());
    }

    private static double commonness(DocumentProfile profile, int hash) {
        return profile.common().contains(hash) ? COMMON_FACTOR : 1;
    }

    /** Returns the number of content stems in the body paragraphs. */
    int bodyStems() {
        return paragraphs.stream().mapToInt(p -> p.stems().length).sum();
    }
}
