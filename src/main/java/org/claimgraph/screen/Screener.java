package org.claimgraph.screen;

import org.claimgraph.screen.lists.SanctionsList;
import org.claimgraph.screen.lists.ListEntry;
import org.claimgraph.screen.lists.EntryType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.claimgraph.core.EntityType;
import org.claimgraph.core.SanctionHit;

/**
 * Checks names against the loaded sanctions lists. Candidates come from an inverted index over every list name
 * and alias (never a scan of the lists); each is scored by the name matcher, and entries scoring at least the
 * threshold are hits, explained. Thread-safe once built.
 */
public final class Screener {
    /** The score from which a name counts as a hit unless another threshold is given. */
    public static final double DEFAULT_THRESHOLD = 0.80;
    private static final Screener NONE = new Screener(List.of(), DEFAULT_THRESHOLD);
    private static final int CANDIDATES = 32;

    private final double threshold;
    private final NameParser parser = new NameParser();
    private final NameMatcher matcher = new NameMatcher();
    private final List<ListEntry> entries = new ArrayList<>();
    private final List<String> entryLists = new ArrayList<>();
    private final List<NameForm> names = new ArrayList<>();
    private final List<Integer> nameEntries = new ArrayList<>();
    private final NameIndex index;
    private final int commonPosting;
    private final ThreadLocal<Retrieval> scratch;

    private Screener(List<SanctionsList> lists, double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold " + threshold + " is out of range; expected (0, 1]");
        }
        this.threshold = threshold;
        for (SanctionsList list : lists) {
            list.entries().forEach(e -> add(list.name(), e));
        }
        this.index = NameIndex.build(names);
        this.commonPosting = Math.max(200, names.size() / 20);
        int size = names.size();
        this.scratch = ThreadLocal.withInitial(() -> new Retrieval(size));
    }

    /** Returns a screener with no lists loaded, which finds no hits. */
    public static Screener none() {
        return NONE;
    }

    /** Returns a screener over every entry of the given lists, at {@link #DEFAULT_THRESHOLD}. */
    public static Screener of(List<SanctionsList> lists) {
        return of(lists, DEFAULT_THRESHOLD);
    }

    /**
     * Returns a screener over every entry of the given lists.
     *
     * @param threshold the lowest score that counts as a hit, in (0, 1]
     * @throws IllegalArgumentException when the threshold is out of range
     */
    public static Screener of(List<SanctionsList> lists, double threshold) {
        return new Screener(List.copyOf(Objects.requireNonNull(lists, "lists")), threshold);
    }

    /** Returns the lowest score that counts as a hit. */
    public double threshold() {
        return threshold;
    }

    /** Returns how many list entries it screens against. */
    public int entryCount() {
        return entries.size();
    }

    /**
     * Returns the list entries the name matches, best first (then by list and entry id); empty when none.
     * Only entries of a kind the entity can be are considered: a person never hits an organisation entry, an
     * organisation never a person; places are not screened.
     *
     * @throws IllegalArgumentException when the name is blank
     */
    public List<SanctionHit> screen(String name, EntityType type) {
        return screen(name, List.of(), type);
    }

    /**
     * Returns the entries the name or any of its aliases matches, best first; see {@link #screen(String,
     * EntityType)}. Aliases let an acronym the article defined count: with the aliases {@code IEMZ Kupol} and
     * {@code Izhevsk Electromechanical Plant}, the expansion is screened too. An explanation says which alias hit.
     *
     * @throws IllegalArgumentException when the name is blank
     */
    public List<SanctionHit> screen(String name, List<String> aliases, EntityType type) {
        NameComparer.requireName(name, "entity");
        Objects.requireNonNull(aliases, "aliases");
        Objects.requireNonNull(type, "type");
        if (entries.isEmpty() || type == EntityType.LOC) {
            return List.of();
        }
        Map<Integer, SanctionHit> best = new HashMap<>();
        for (String variant : AliasVariants.of(name, aliases)) {
            String via = variant.equals(name.strip()) ? "" : "via alias '" + variant + "': ";
            screenOne(parser.parse(variant), type, via, best);
        }
        var hits = new ArrayList<>(best.values());
        hits.sort(Comparator.comparingDouble(SanctionHit::score).reversed().thenComparing(SanctionHit::list)
                .thenComparing(SanctionHit::entryId));
        return hits;
    }

    private void screenOne(NameForm query, EntityType type, String via, Map<Integer, SanctionHit> best) {
        if (query.isEmpty()) {
            return;
        }
        for (int id : candidates(query)) {
            int entry = nameEntries.get(id);
            if (!compatible(type, entries.get(entry).type())) {
                continue;
            }
            Alignment a = matcher.align(query, names.get(id));
            float score = NameMatcher.score(a, false, type == EntityType.PERSON);
            SanctionHit prior = best.get(entry);
            if (score >= threshold && (prior == null || score > prior.score())) {
                best.put(entry, hit(entry, score, via + Explanations.render(a, score)));
            }
        }
    }

    private int[] candidates(NameForm query) {
        Retrieval r = scratch.get();
        for (int i = 0; i < query.size(); i++) {
            if (!NameIndex.indexable(query, i)) {
                continue;
            }
            int stamp = r.nextStamp();
            String[] keys = NameIndex.tokenKeys(query.keys[i]);
            for (int k = 0; k < keys.length; k++) {
                int[] postings = index.postings(keys[k]);
                boolean usable = postings.length <= commonPosting
                        || query.weights[i] >= 1f && postings.length <= 4 * commonPosting;
                if (usable) {
                    r.add(postings, query.weights[i] * (k == 0 ? 1f : 0.5f), stamp);
                }
            }
        }
        return r.best(CANDIDATES);
    }

    private SanctionHit hit(int entry, float score, String explanation) {
        ListEntry e = entries.get(entry);
        double rounded = Math.min(1.0, Math.round(score * 1000) / 1000.0);
        return new SanctionHit(entryLists.get(entry), e.id(), e.name(), e.programme(), rounded, explanation);
    }

    private void add(String listName, ListEntry entry) {
        int entryIndex = entries.size();
        entries.add(entry);
        entryLists.add(listName);
        for (String n : entry.allNames()) {
            NameForm form = parser.parse(n);
            if (!form.isEmpty()) {
                names.add(form);
                nameEntries.add(entryIndex);
            }
        }
    }

    /** Returns whether an entity of the given type can be the party an entry of the given kind designates. */
    static boolean compatible(EntityType type, EntryType entry) {
        return switch (type) {
            case PERSON -> entry == EntryType.PERSON || entry == EntryType.UNKNOWN;
            case ORG -> entry == EntryType.ORGANISATION || entry == EntryType.UNKNOWN;
            case PRODUCT -> entry == EntryType.VESSEL || entry == EntryType.AIRCRAFT || entry == EntryType.UNKNOWN;
            case MISC -> true;
            case LOC -> false;
        };
    }
}
