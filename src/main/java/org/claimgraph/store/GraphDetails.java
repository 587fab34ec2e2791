package org.claimgraph.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.core.ProvenanceEdge;

/** The detail queries behind {@link GraphQueries}: one story, entity or document with what hangs off it. */
final class GraphDetails {
    /** At most this many mentions, claims or edges are listed on one detail page. */
    static final int MAX_ROWS = 500;
    /** Characters of context shown either side of a mention in a dossier. */
    private static final int CONTEXT_CHARS = 120;
    /**
     * Extra characters fetched before a mention: stored offsets count UTF-16 units while the database counts
     * characters, so each emoji or other supplementary character before a mention moves it this much earlier.
     */
    private static final int CONTEXT_SLACK = 40;
    private static final String CLAIM_COLUMNS = "c.id, c.subject, c.predicate, c.object, c.value, c.stance, "
            + "c.attributed_to, c.origin, c.independent_sources";

    private final GraphQueries queries;

    GraphDetails(GraphQueries queries) {
        this.queries = queries;
    }

    Optional<Map<String, Object>> story(String id) {
        List<Map<String, Object>> found = queries.rows("SELECT id, title, first_published, last_published "
                + "FROM stories WHERE id = ?", List.of(id));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> story = new LinkedHashMap<>(found.get(0));
        List<Map<String, Object>> documents = queries.rows("SELECT d.id, d.title, d.source, d.url, d.outlet, "
                + "d.original_outlet, d.published, r.original_id AS rewrite_of, r.kind AS reuse_kind, r.similarity "
                + "FROM story_documents sd JOIN documents d ON d.id = sd.document_id LEFT JOIN reuses r ON "
                + "r.copy_id = d.id WHERE sd.story_id = ? ORDER BY sd.position", List.of(id));
        story.put("documents", documents);
        story.put("claims", withLinks(queries.rows("SELECT DISTINCT " + CLAIM_COLUMNS + ", c.position FROM "
                + "story_documents sd JOIN evidence e ON e.document_id = sd.document_id JOIN claims c ON c.id = "
                + "e.claim_id WHERE sd.story_id = ? ORDER BY c.position LIMIT " + MAX_ROWS, List.of(id))));
        story.put("timeline", timeline(documents));
        story.put("provenance", provenance(documents));
        return Optional.of(story);
    }

    /** The story's pages by publication date (undated last, then in story order), from its document rows. */
    private static List<Map<String, Object>> timeline(List<Map<String, Object>> documents) {
        List<Map<String, Object>> events = new ArrayList<>();
        for (Map<String, Object> d : documents) {
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("date", d.get("published"));
            event.put("document", d.get("id"));
            event.put("title", d.get("title"));
            event.put("outlet", d.get("outlet"));
            events.add(event);
        }
        // a stable sort keeps story order among pages of the same date; ISO dates sort as text
        events.sort(Comparator.comparing((Map<String, Object> e) -> (String) e.get("date"),
                Comparator.nullsLast(Comparator.naturalOrder())));
        return events;
    }

    Optional<Map<String, Object>> entity(String id) {
        List<Map<String, Object>> found = queries.rows("SELECT id, name, type, aliases, mention_count AS mentions "
                + "FROM entities WHERE id = ?", List.of(id));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> entity = new LinkedHashMap<>(found.get(0));
        String name = (String) entity.get("name");
        entity.put("sanctions", queries.rows("SELECT list_name AS list, entry_id, entry_name, programme, score, "
                + "explanation FROM sanction_hits WHERE entity_id = ? ORDER BY position", List.of(id)));
        List<Map<String, Object>> mentions = queries.rows("SELECT m.document_id AS document, m.start_char AS start, "
                + "m.end_char AS end, m.text, max(0, m.start_char - " + (CONTEXT_CHARS + CONTEXT_SLACK) + ") AS "
                + "window_start, substr(d.text, max(1, m.start_char - " + (CONTEXT_CHARS + CONTEXT_SLACK - 1) + "), "
                + "min(m.start_char, " + (CONTEXT_CHARS + CONTEXT_SLACK) + ") + m.end_char - m.start_char + "
                + CONTEXT_CHARS + ") AS window FROM entity_mentions m JOIN documents d ON d.id = m.document_id "
                + "WHERE m.entity_id = ? ORDER BY m.rowid LIMIT " + MAX_ROWS, List.of(id));
        mentions.forEach(GraphDetails::cutContext);
        entity.put("mention_list", mentions);
        // one query and one set of links for both lists: claims about the entity and relations it is part of
        List<Map<String, Object>> all = withLinks(queries.rows("SELECT " + CLAIM_COLUMNS + ", c.position FROM "
                + "claims c WHERE c.rowid IN (SELECT rowid FROM claims WHERE subject = ? UNION ALL SELECT rowid FROM "
                + "claims WHERE object = ?) ORDER BY +c.position LIMIT " + 2 * MAX_ROWS,
                List.of(name, name)));
        List<Map<String, Object>> claims = new ArrayList<>();
        List<Map<String, Object>> relations = new ArrayList<>();
        for (Map<String, Object> claim : all) {
            List<Map<String, Object>> list = claim.get("object") == null ? claims : relations;
            if (list.size() < MAX_ROWS) {
                list.add(claim);
            }
        }
        entity.put("claims", claims);
        entity.put("relations", relations);
        return Optional.of(entity);
    }

    /**
     * Replaces a mention row's text window with the {@link #CONTEXT_CHARS} before and after the mention, found in the
     * window at or before its expected place (characters before it may count twice in the stored offsets).
     */
    private static void cutContext(Map<String, Object> mention) {
        String window = (String) mention.remove("window");
        int expected = ((Number) mention.get("start")).intValue() - ((Number) mention.remove("window_start"))
                .intValue();
        String text = (String) mention.get("text");
        int at = window == null ? -1 : window.lastIndexOf(text, Math.min(expected, window.length()));
        if (at < 0) {
            mention.put("before", "");
            mention.put("after", "");
            return;
        }
        mention.put("before", window.substring(Math.max(0, at - CONTEXT_CHARS), at));
        int end = at + text.length();
        mention.put("after", window.substring(end, Math.min(window.length(), end + CONTEXT_CHARS)));
    }

    Optional<Map<String, Object>> document(String id, String entityId) {
        List<Map<String, Object>> found = queries.rows("SELECT d.id, d.source, d.url, d.title, d.byline, "
                + "d.published, d.outlet, d.original_outlet, d.language, d.text, (SELECT story_id FROM story_documents"
                + " WHERE document_id = d.id) AS story FROM documents d WHERE d.id = ?", List.of(id));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> document = new LinkedHashMap<>(found.get(0));
        document.put("mentions", entityId == null ? List.of() : queries.rows("SELECT start_char AS start, end_char "
                + "AS end, text FROM entity_mentions WHERE document_id = ? AND entity_id = ? ORDER BY start_char",
                List.of(id, entityId)));
        return Optional.of(document);
    }

    /** Adds each claim's evidence (documents and sentences) and the claims that contradict it; two queries. */
    private List<Map<String, Object>> withLinks(List<Map<String, Object>> claims) {
        if (claims.isEmpty()) {
            return claims;
        }
        String ids = Json.write(claims.stream().map(c -> c.get("id")).toList());
        Map<Object, List<Map<String, Object>>> evidence = byClaim(queries.rows("SELECT e.claim_id, e.document_id AS "
                + "document, e.sentence AS text, e.stance, e.start_char AS start, e.end_char AS \"end\", "
                + "e.attribution FROM evidence e WHERE e.claim_id IN (SELECT value FROM json_each(?)) "
                + "ORDER BY e.claim_id, e.position", List.of(ids)));
        Map<Object, List<Map<String, Object>>> against = byClaim(queries.rows("SELECT x.claim_id, c.id, c.subject, "
                + "c.predicate, c.stance, c.origin FROM contradictions x JOIN claims c ON c.id = x.other_id WHERE "
                + "x.claim_id IN (SELECT value FROM json_each(?))", List.of(ids)));
        List<Map<String, Object>> linked = new ArrayList<>();
        for (Map<String, Object> row : claims) {
            Map<String, Object> claim = new LinkedHashMap<>(row);
            claim.remove("position");
            claim.put("evidence", evidence.getOrDefault(claim.get("id"), List.of()));
            claim.put("contradicted_by", against.getOrDefault(claim.get("id"), List.of()));
            linked.add(claim);
        }
        return linked;
    }

    private static Map<Object, List<Map<String, Object>>> byClaim(List<Map<String, Object>> rows) {
        Map<Object, List<Map<String, Object>>> grouped = new HashMap<>();
        for (Map<String, Object> row : rows) {
            grouped.computeIfAbsent(row.remove("claim_id"), k -> new ArrayList<>()).add(row);
        }
        return grouped;
    }

    /**
     * The story's provenance graph: the edges from its pages (cites, republishes, copies) and the relays of the
     * attribution chains of its own evidence. Relays stored for the same sources by other stories stay out, since
     * a source such as a wire service relays different people in different stories.
     */
    private List<Map<String, Object>> provenance(List<Map<String, Object>> documents) {
        String pages = Json.write(documents.stream().map(d -> d.get("id")).toList());
        List<Map<String, Object>> edges = new ArrayList<>(queries.rows("SELECT from_node AS source, to_node AS "
                + "target, kind FROM provenance_edges WHERE from_node IN (SELECT 'doc:' || value FROM json_each(?)) "
                + "LIMIT " + MAX_ROWS, List.of(pages)));
        Set<ProvenanceEdge> relays = new LinkedHashSet<>();
        for (Map<String, Object> row : queries.rows("SELECT DISTINCT attribution FROM evidence WHERE document_id IN "
                + "(SELECT value FROM json_each(?))", List.of(pages))) {
            if (row.get("attribution") instanceof List<?> chain) {
                relays.addAll(ProvenanceEdge.relaysOf(chain.stream().map(String::valueOf).toList()));
            }
        }
        for (ProvenanceEdge relay : relays) {
            if (edges.size() >= MAX_ROWS) {
                break;
            }
            Map<String, Object> edge = new LinkedHashMap<>();
            edge.put("source", relay.from());
            edge.put("target", relay.to());
            edge.put("kind", relay.kind().name());
            edges.add(edge);
        }
        return edges;
    }
}
