package org.claimgraph.provenance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimgraph.core.DocumentId;
import org.claimgraph.core.Entity;
import org.claimgraph.core.Story;

/** Canonical names: every alias of a corpus entity maps to its name; every document to its story. */
final class Canon {
    private final Map<String, String> nameByAlias = new HashMap<>();
    private final Map<DocumentId, String> storyByDocument = new HashMap<>();

    Canon(List<Entity> entities, List<Story> stories) {
        for (Entity e : entities) {
            for (String alias : e.aliases()) {
                nameByAlias.putIfAbsent(key(alias), e.name());
            }
            nameByAlias.putIfAbsent(key(e.name()), e.name());
        }
        for (Story s : stories) {
            s.documents().forEach(d -> storyByDocument.put(d, s.id().value()));
        }
    }

    String name(String surface) {
        return nameByAlias.getOrDefault(key(surface), surface);
    }

    String storyOf(DocumentId doc) {
        return storyByDocument.getOrDefault(doc, doc.value());
    }

    private static String key(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replace('’', '\'').replaceAll("[\\s-]+", " ").strip();
    }
}
