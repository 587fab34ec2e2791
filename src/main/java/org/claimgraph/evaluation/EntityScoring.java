package org.claimgraph.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.evaluation.SeedGold.GoldEntity;

/**
 * Scores predicted entities against the seed gold, as the gold's note asks: recall over the listed entities (found
 * under one of their aliases with the right type); precision over predicted entities that carry a gold alias (a
 * wrong type or a merge of two gold entities counts against it; extra correct entities do not); and alias merges
 * as pairs of gold aliases put in the same entity.
 */
public final class EntityScoring {
    private EntityScoring() {
    }

    /** Returns name+type scores. */
    public static Scores nameAndType(List<GoldEntity> gold, List<PredictedEntity> predicted) {
        int found = 0;
        for (GoldEntity g : gold) {
            if (predicted.stream().anyMatch(p -> p.type() == g.type() && sharesAlias(p, g))) {
                found++;
            }
        }
        int judged = 0;
        int right = 0;
        for (PredictedEntity p : predicted) {
            List<GoldEntity> matches = gold.stream().filter(g -> sharesAlias(p, g)).toList();
            if (!matches.isEmpty()) {
                judged++;
                if (matches.size() == 1 && matches.get(0).type() == p.type()) {
                    right++;
                }
            }
        }
        return new Scores(right, judged, found, gold.size());
    }

    /** Returns alias-merge scores over pairs of gold aliases that the system extracted at all. */
    public static Scores aliasPairs(List<GoldEntity> gold, List<PredictedEntity> predicted) {
        Set<String> extracted = new HashSet<>();
        predicted.forEach(p -> p.aliases().forEach(a -> extracted.add(key(a))));
        Set<String> goldPairs = new HashSet<>();
        Set<String> goldAliases = new HashSet<>();
        for (GoldEntity g : gold) {
            List<String> present = g.aliases().stream().map(EntityScoring::key).filter(extracted::contains)
                    .distinct().toList();
            goldAliases.addAll(present);
            goldPairs.addAll(pairs(present));
        }
        Set<String> predictedPairs = new HashSet<>();
        for (PredictedEntity p : predicted) {
            predictedPairs.addAll(pairs(p.aliases().stream().map(EntityScoring::key).filter(goldAliases::contains)
                    .distinct().toList()));
        }
        Set<String> both = new HashSet<>(goldPairs);
        both.retainAll(predictedPairs);
        return Scores.of(both.size(), predictedPairs.size(), goldPairs.size());
    }

    /** Returns the gold entities whose extracted aliases are split over several predicted entities. */
    public static List<String> unmergedGroups(List<GoldEntity> gold, List<PredictedEntity> predicted) {
        List<String> split = new ArrayList<>();
        for (GoldEntity g : gold) {
            Set<PredictedEntity> holders = new HashSet<>();
            for (String alias : g.aliases()) {
                predicted.stream().filter(p -> p.aliases().stream().anyMatch(a -> key(a).equals(key(alias))))
                        .forEach(holders::add);
            }
            if (holders.size() > 1) {
                split.add(g.name());
            }
        }
        return split;
    }

    /** Returns the predicted entities that hold aliases of two or more gold entities. */
    public static List<String> falseMerges(List<GoldEntity> gold, List<PredictedEntity> predicted) {
        return predicted.stream().filter(p -> gold.stream().filter(g -> sharesAlias(p, g)).count() > 1)
                .map(PredictedEntity::name).toList();
    }

    static boolean sharesAlias(PredictedEntity p, GoldEntity g) {
        return p.aliases().stream().anyMatch(a -> g.aliases().stream().anyMatch(b -> key(a).equals(key(b))));
    }

    private static List<String> pairs(List<String> items) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                String a = items.get(i);
                String b = items.get(j);
                pairs.add(a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a);
            }
        }
        return pairs;
    }

    static String key(String alias) {
        return alias.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[\\s\\-]+", " ").strip();
    }
}
