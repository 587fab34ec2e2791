package org.claimgraph.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the stage reads from one document before weighting: body paragraphs, stem counts, entity keys, a MinHash
 * signature and a hash of the exact body. Built once per added document and not kept.
 *
 * @param document   the document
 * @param paragraphs its body paragraphs (furniture lines left out)
 * @param stems      counts of the content stems of title and body, by stem hash
 * @param entities   hashes of the entity-key skeletons, given and derived
 * @param common     hashes of the stems and keys that are country names or adjectives (see {@link CommonPlaces})
 * @param signature  MinHash signature of the body's word shingles; empty for an empty body
 * @param bodyHash   hash of the body's folded words, equal for verbatim copies
 * @param language   the guessed language
 * @param credits    whether the page credits another outlet ("Read more on", an original outlet)
 */
record DocumentProfile(StoryDocument document, List<Paragraph> paragraphs, Map<Integer, Integer> stems,
        Set<Integer> entities, Set<Integer> common, int[] signature, long bodyHash, Language language,
        boolean credits) {
    private static final int LEAD_CHARS = 400;
    private static final Pattern CREDIT = Pattern.compile(
            "(?im)^\\s*(read more (on|at)|originally published (on|at|by)|this article first appeared)\\b");

    /** Returns the profile of the document. */
    static DocumentProfile of(StoryDocument document) {
        String text = document.text();
        List<Paragraph> paragraphs = Paragraph.split(text);
        List<String> bodyWords = new ArrayList<>();
        Map<Integer, Integer> stems = new HashMap<>();
        Set<Integer> common = new HashSet<>();
        List<String> stemList = new ArrayList<>(TextFold.contentStems(document.title()));
        stemList.addAll(TextFold.contentStems(document.title()));
        int lead = 0;
        for (Paragraph p : paragraphs) {
            bodyWords.addAll(p.words());
            List<String> stemsOfParagraph = TextFold.contentStems(p.words());
            stemList.addAll(stemsOfParagraph);
            // the headline and the lead say what the story is; they count twice
            int length = p.end() - p.start();
            if (lead < LEAD_CHARS) {
                int share = (int) ((long) stemsOfParagraph.size() * Math.min(length, LEAD_CHARS - lead) / length);
                stemList.addAll(stemsOfParagraph.subList(0, share));
                lead += length;
            }
        }
        for (String stem : stemList) {
            if (stems.merge(Hashing.of(stem), 1, Integer::sum) == 1 && CommonPlaces.isCommonStem(stem)) {
                common.add(Hashing.of(stem));
            }
        }
        Set<String> keys = new LinkedHashSet<>();
        document.entityKeys().forEach(k -> keys.add(EntityKeys.skeleton(k)));
        keys.addAll(EntityKeys.derive(document.title() + "\n" + text));
        Set<Integer> entities = new LinkedHashSet<>();
        for (String key : keys) {
            entities.add(Hashing.of(key));
            if (CommonPlaces.isCommonKey(key)) {
                common.add(Hashing.of(key));
            }
        }
        long bodyHash = Hashing.mix(String.join(" ", bodyWords).hashCode() * 31L + bodyWords.size());
        boolean credits = document.hasCredit() || CREDIT.matcher(text).find();
        List<Paragraph> kept = paragraphs.stream().map(Paragraph::withoutWords).toList();
        return new DocumentProfile(document, kept, stems, entities, common, MinHash.signature(bodyWords), bodyHash,
                Language.guess(text, bodyWords), credits);
    }

    /** Returns the number of content stems in the body paragraphs. */
    int bodyStems() {
        return paragraphs.stream().mapToInt(p -> p.stems().length).sum();
    }

    /** Returns whether the document has no body paragraph at all. */
    boolean isEmpty() {
        return paragraphs.isEmpty();
    }
}
