package org.claimgraph.stories;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Similarity of a page to another page and to a story: words, entity keys and time together. */
final class StoryScorer {
    /** Below this similarity of entity keys, a page shares no real names with a story. */
    static final double MIN_SHARED_NAMES = 0.1;
    /** Pages this similar in words are copies whatever their names. */
    private static final double DUPLICATE_LIKE = 0.5;
    /** How much a page that shares no names counts towards joining (chosen on the seeds and ECB+ train). */
    private static final double NO_SHARED_NAMES_FACTOR = 0.75;

    private final StoryOptions options;

    /** Creates a scorer with the given options. */
    StoryScorer(StoryOptions options) {
        this.options = options;
    }

    /** Returns the similarity of two pages in [0, 1], by words and entity keys, or entity keys across languages. */
    double pair(IndexedDocument a, IndexedDocument b) {
        return mix(a, a.terms().dot(b.terms()), a.entities().dot(b.entities()), b.language());
    }

    /** Returns the similarity of a page to a story, given its similarity to the story's closest member. */
    double story(IndexedDocument doc, StoryState story, double bestMember) {
        double centroid = mix(doc, doc.terms().dot(story.termCentroid()), doc.entities().dot(story.entityCentroid()),
                story.language());
        double text = (1 - options.centroidWeight()) * bestMember + options.centroidWeight() * centroid;
        // a page about the same event names some of the same actors or products; shared vocabulary alone ("China",
        // "drones", "Russia") is how different stories about the same countries look alike
        double names = doc.entities().dot(story.entityCentroid());
        double evidence = names < MIN_SHARED_NAMES && bestMember < DUPLICATE_LIKE ? NO_SHARED_NAMES_FACTOR : 1;
        return Math.min(1, text * evidence * timeFactor(doc.published(), story.first(), story.last()));
    }

    /** Returns the similarity of two stories' centroids, with the gap between their time spans. */
    double stories(StoryState a, StoryState b) {
        Language other = a.language().sharesWordsWith(b.language()) ? a.language() : b.language();
        double text = mixLanguages(a.language(), a.termCentroid().dot(b.termCentroid()),
                a.entityCentroid().dot(b.entityCentroid()), other);
        double time = b.first() == null ? 1 : Math.min(timeFactor(b.first(), a.first(), a.last()),
                timeFactor(b.last(), a.first(), a.last()));
        return text * Math.max(time, 0);
    }

    private double mix(IndexedDocument a, double terms, double entities, Language other) {
        return mixLanguages(a.language(), terms, entities, other);
    }

    private double mixLanguages(Language language, double terms, double entities, Language other) {
        if (other != null && !language.sharesWordsWith(other)) {
            return options.crossLanguageFactor() * entities;
        }
        return (1 - options.entityWeight()) * terms + options.entityWeight() * entities;
    }

    /** Returns 1 inside the story's time span widened by the window, decaying exponentially beyond it. */
    double timeFactor(LocalDate date, LocalDate first, LocalDate last) {
        if (date == null || first == null) {
            return 1;
        }
        long gap = date.isBefore(first) ? ChronoUnit.DAYS.between(date, first)
                : date.isAfter(last) ? ChronoUnit.DAYS.between(last, date) : 0;
        long beyond = Math.max(0, gap - options.timeWindowDays());
        return Math.exp(-beyond / (double) options.timeDecayDays());
    }
}
