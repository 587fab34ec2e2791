package org.claimgraph.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Read-side queries for the web layer: paged lists, full-text search over documents (the database's own FTS5 index)
 * and the detail of one story or entity. Rows come back as ordered column-to-value maps ready to render as JSON;
 * JSON columns (aliases, values, statements) are parsed into maps and lists. Not thread-safe: give each thread its
 * own store.
 */
public final class GraphQueries {
    /** The longest search string accepted, in characters. */
    public static final int MAX_QUERY_CHARS = 200;

    private static final String STORY_COLUMNS = "s.id, s.title, s.first_published, s.last_published, "
            + "(SELECT count(*) FROM story_documents sd WHERE sd.story_id = s.id) AS documents, "
            + "(SELECT count(DISTINCT c.origin) FROM story_documents sd JOIN evidence e ON e.document_id = "
            + "sd.document_id JOIN claims c ON c.id = e.claim_id WHERE sd.story_id = s.id) AS independent_sources";
    private static final String FTS_ROWIDS = "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?";

    private final Connection connection;
    private final GraphDetails details;
    // prepared once per connection: the web pages run the same few dozen statements over and over
    private final Map<String, PreparedStatement> prepared = new HashMap<>();
    private final Map<String, String[]> labels = new HashMap<>();

    GraphQueries(Connection connection) {
        this.connection = connection;
        this.details = new GraphDetails(this);
    }

    /**
     * One page of rows and whether more follow.
     *
     * @param items  the rows of this page
     * @param offset how many rows were skipped
     * @param limit  the page size asked for
     * @param more   whether a next page exists
     */
    public record Page(List<Map<String, Object>> items, int offset, int limit, boolean more) {
        /** Validates and copies the rows. */
        public Page {
            items = List.copyOf(items);
            if (offset < 0 || limit < 1) {
                throw new IllegalArgumentException("page offset " + offset + " limit " + limit
                        + " is invalid; expected offset >= 0 and limit >= 1");
            }
        }
    }

    /** Returns stories, newest first (undated last), with document and independent-source counts. */
    public Page stories(String query, int offset, int limit) {
        String where = query == null ? "" : " WHERE s.id IN (SELECT sd.story_id FROM story_documents sd JOIN "
                + "documents d ON d.id = sd.document_id WHERE d.rowid IN (" + FTS_ROWIDS + "))";
        return page("SELECT " + STORY_COLUMNS + " FROM stories s" + where
                + " ORDER BY s.last_published DESC, s.id", ftsParams(query), offset, limit);
    }

    /** Returns documents matching the full-text query (best first), or all documents newest first. */
    public Page documents(String query, int offset, int limit) {
        String columns = "d.id, d.title, d.source, d.url, d.outlet, d.published";
        if (query == null) {
            return page("SELECT " + columns + " FROM documents d ORDER BY d.published DESC, d.id", List.of(),
                    offset, limit);
        }
        return page("SELECT " + columns + " FROM documents_fts f JOIN documents d ON d.rowid = f.rowid "
                + "WHERE documents_fts MATCH ? ORDER BY f.rank", ftsParams(query), offset, limit);
    }

    /** Returns entities whose name or an alias contains the query, most mentioned first. */
    public Page entities(String query, int offset, int limit) {
        String where = query == null ? "" : " WHERE name LIKE ? ESCAPE '\\' OR aliases LIKE ? ESCAPE '\\'";
        return page("SELECT id, name, type, aliases, mention_count AS mentions, (SELECT count(*) FROM sanction_hits h "
                + "WHERE h.entity_id = entities.id) AS sanctions FROM entities" + where + " ORDER BY position",
                likeParams(query, 2), offset, limit);
    }

    /** Returns claims whose subject, predicate or object contains the query, in report order. */
    public Page claims(String query, int offset, int limit) {
        String where = query == null ? "" : " WHERE subject LIKE ? ESCAPE '\\' OR predicate LIKE ? ESCAPE '\\' "
                + "OR object LIKE ? ESCAPE '\\'";
        return page("SELECT id, subject, predicate, object, value, stance, origin, independent_sources FROM claims"
                + where + " ORDER BY position", likeParams(query, 3), offset, limit);
    }

    /** Returns one story with its documents, claims, timeline and provenance edges, or empty when unknown. */
    public Optional<Map<String, Object>> story(String id) {
        Objects.requireNonNull(id, "id");
        return details.story(id);
    }

    /** Returns one entity with its mentions, claims, relations and sanctions hits, or empty when unknown. */
    public Optional<Map<String, Object>> entity(String id) {
        Objects.requireNonNull(id, "id");
        return details.entity(id);
    }

    /** Returns one document with its text and the mentions of one entity (or none), or empty when unknown. */
    public Optional<Map<String, Object>> document(String id, String entityId) {
        Objects.requireNonNull(id, "id");
        return details.document(id, entityId);
    }

    /**
     * Turns free text into an FTS5 query that matches documents containing every word, whatever operators or quotes
     * the text holds: each whitespace-separated word becomes a quoted string.
     *
     * @throws IllegalArgumentException when the text is longer than {@link #MAX_QUERY_CHARS} or has no word
     */
    public static String ftsQuery(String text) {
        checkLength(text);
        StringBuilder fts = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            String clean = word.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
            if (!clean.isEmpty()) {
                fts.append(fts.length() == 0 ? "" : " ").append('"').append(clean).append('"');
            }
        }
        if (fts.length() == 0) {
            throw new IllegalArgumentException("search '" + text + "' has no letters or digits; expected a word");
        }
        return fts.toString();
    }

    private static void checkLength(String text) {
        if (text.length() > MAX_QUERY_CHARS) {
            throw new IllegalArgumentException("search of " + text.length() + " characters is too long; expected at "
                    + "most " + MAX_QUERY_CHARS);
        }
    }

    private static List<Object> ftsParams(String query) {
        return query == null ? List.of() : List.of(ftsQuery(query));
    }

    private static List<Object> likeParams(String query, int times) {
        if (query == null) {
            return List.of();
        }
        checkLength(query);
        String like = "%" + query.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            params.add(like);
        }
        return params;
    }

    private Page page(String sql, List<Object> params, int offset, int limit) {
        List<Object> all = new ArrayList<>(params);
        all.add(limit + 1);
        all.add(offset);
        List<Map<String, Object>> rows = rows(sql + " LIMIT ? OFFSET ?", all);
        boolean more = rows.size() > limit;
        return new Page(more ? rows.subList(0, limit) : rows, offset, limit, more);
    }

    /** Runs one query and returns its rows as column-to-value maps, JSON columns parsed. */
    List<Map<String, Object>> rows(String sql, List<Object> params) {
        try {
            PreparedStatement ps = prepared.get(sql);
            if (ps == null) {
                ps = connection.prepareStatement(sql);
                prepared.put(sql, ps);
            }
            ps.clearParameters();
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                String[] columns = labels.get(sql);
                if (columns == null) {
                    columns = labels(rs.getMetaData());
                    labels.put(sql, columns);
                }
                List<Map<String, Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 0; c < columns.length; c++) {
                        row.put(columns[c], parse(columns[c], rs.getObject(c + 1)));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot query the graph: " + e.getMessage(), e);
        }
    }

    private static String[] labels(ResultSetMetaData meta) throws SQLException {
        String[] columns = new String[meta.getColumnCount()];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = meta.getColumnLabel(c + 1);
        }
        return columns;
    }

    private static Object parse(String column, Object value) {
        boolean json = column.equals("aliases") || column.equals("value") || column.equals("statement")
                || column.equals("attributed_to") || column.equals("attribution") || column.equals("passages");
        return json && value instanceof String s ? Json.read(s, Object.class) : value;
    }
}
