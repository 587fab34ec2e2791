package org.claimgraph.provenance;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One spelling for a source name that pages write in different cases ("der Spiegel" and "Der Spiegel" on one
 * page): the most capitalised, else the first seen. Without it one outlet would count as two independent sources.
 * Not thread-safe while being built.
 */
final class SourceSpellings {
    private final Map<String, String> preferred = new HashMap<>();

    /** Records a spelling of a source name; {@code null} is ignored. */
    void add(String name) {
        if (name == null) {
            return;
        }
        preferred.merge(key(name), name, (kept, other) -> capitals(other) > capitals(kept) ? other : kept);
    }

    /** Returns the chosen spelling of a name, the name itself when it was never recorded, {@code null} for null. */
    String of(String name) {
        return name == null ? null : preferred.getOrDefault(key(name), name);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static long capitals(String name) {
        return name.chars().filter(Character::isUpperCase).count();
    }
}
