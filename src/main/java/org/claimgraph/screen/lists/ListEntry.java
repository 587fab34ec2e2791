package org.claimgraph.screen.lists;

import java.util.List;
import java.util.Objects;

/**
 * One designated party on a sanctions list.
 *
 * @param id         the entry's id on its list (OFAC's ent_num, the FollowTheMoney entity id)
 * @param name       the primary name as the list spells it
 * @param aliases    the other names the list gives (a.k.a., f.k.a., other scripts), without {@code name}
 * @param type       person, organisation, vessel, aircraft, or unknown
 * @param programmes the sanctions programmes, in list order; empty when the list gives none
 */
public record ListEntry(String id, String name, List<String> aliases, EntryType type, List<String> programmes) {
    /** Validates the fields and copies the lists. */
    public ListEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (id.isBlank()) {
            throw new IllegalArgumentException("list entry id is blank; expected a non-empty id");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("list entry '" + id + "' has a blank name; expected a name");
        }
        aliases = List.copyOf(aliases);
        programmes = List.copyOf(programmes);
    }

    /** Returns the primary name followed by the aliases. */
    public List<String> allNames() {
        var all = new java.util.ArrayList<String>(aliases.size() + 1);
        all.add(name);
        all.addAll(aliases);
        return all;
    }

    /** Returns the programmes joined with {@code "; "}, or an empty string when there are none. */
    public String programme() {
        return String.join("; ", programmes);
    }
}
