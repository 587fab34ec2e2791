package org.claimgraph.screen;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The names to screen for one entity: its name, its aliases, and each alias with an acronym replaced by a
 * longer alias that can expand it (an article that calls a firm both "IEMZ Kupol" and "Izhevsk Electromechanical
 * Plant" gives "Izhevsk Electromechanical Plant Kupol"). Pure functions.
 */
final class AliasVariants {
    static final int MAX_VARIANTS = 16;
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private AliasVariants() {
    }

    /** Returns the distinct non-blank names to screen, the entity's name first; at most {@value #MAX_VARIANTS}. */
    static List<String> of(String name, List<String> aliases) {
        var names = new LinkedHashSet<String>();
        names.add(name.strip());
        for (String alias : aliases) {
            if (alias != null && !alias.isBlank() && names.size() < MAX_VARIANTS) {
                names.add(alias.strip());
            }
        }
        var expanded = new LinkedHashSet<>(names);
        for (String n : names) {
            expand(n, names, expanded);
        }
        return new ArrayList<>(expanded).subList(0, Math.min(expanded.size(), MAX_VARIANTS));
    }

    private static void expand(String name, java.util.Set<String> names, java.util.Set<String> out) {
        String[] words = SPACE.split(name);
        for (int w = 0; w < words.length; w++) {
            if (!ACRONYM.matcher(words[w]).matches()) {
                continue;
            }
            for (String longer : names) {
                String[] lw = SPACE.split(longer);
                if (lw.length >= 2 && !longer.contains(words[w])
                        && Character.toUpperCase(lw[0].charAt(0)) == words[w].charAt(0)) {
                    String[] copy = words.clone();
                    copy[w] = longer;
                    out.add(String.join(" ", copy));
                }
            }
        }
    }
}
