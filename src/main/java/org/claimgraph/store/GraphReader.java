package org.claimgraph.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimgraph.core.Article;
import org.claimgraph.core.Claim;
import org.claimgraph.core.ClaimGraph;
import org.claimgraph.core.ClaimId;
import org.claimgraph.core.DocumentId;
import org.claimgraph.core.EdgeKind;
import org.claimgraph.core.Entity;
import org.claimgraph.core.EntityId;
import org.claimgraph.core.EntityMention;
import org.claimgraph.core.EntityType;
import org.claimgraph.core.ProvenanceEdge;
import org.claimgraph.core.Quantity;
import org.claimgraph.core.Reuse;
import org.claimgraph.core.ReuseKind;
import org.claimgraph.core.SanctionHit;
import org.claimgraph.core.Span;
import org.claimgraph.core.Stance;
import org.claimgraph.core.Statement;
import org.claimgraph.core.Story;
import org.claimgraph.core.StoryId;

/** Reads the whole graph back from its tables, in the order it was written. */
final class GraphReader {
    private final Connection connection;

    GraphReader(Connection connection) {
        this.connection = connection;
    }

    ClaimGraph read() throws SQLException {
        return new ClaimGraph(articles(), stories(), reuses(), entities(), claims(), edges());
    }

    private List<Article> articles() throws SQLException {
        List<Article> all = new ArrayList<>();
        Map<String, Article> cited = citedSources();
        forEach("SELECT id, source, url, title, byline, published, outlet, original_outlet, language, text "
                + "FROM documents ORDER BY id", rs -> {
                    String published = rs.getString(6);
                    Article fromRow = new Article(new DocumentId(rs.getString(1)), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), published == null ? null : LocalDate.parse(published),
                            rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), List.of());
                    Article full = cited.get(fromRow.id().value());
                    all.add(full == null ? fromRow : fromRow.withCitedSources(full.citedSources()));
                });
        return all;
    }

    /** Returns each document's article as stored in its analysis, for the fields without columns of their own. */
    private Map<String, Article> citedSources() throws SQLException {
        Map<String, Article> byId = new HashMap<>();
        forEach("SELECT document_id, json_extract(analysis, '$.annotated.article') FROM document_analyses",
                rs -> byId.put(rs.getString(1), Json.read(rs.getString(2), Article.class)));
        return byId;
    }

    private List<Story> stories() throws SQLException {
        Map<String, List<DocumentId>> members = new HashMap<>();
        forEach("SELECT story_id, document_id FROM story_documents ORDER BY story_id, position",
                rs -> members.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new DocumentId(rs.getString(2))));
        List<Story> stories = new ArrayList<>();
        forEach("SELECT id, title, first_published, last_published FROM stories ORDER BY rowid", rs -> stories.add(
                new Story(new StoryId(rs.getString(1)), rs.getString(2), members.getOrDefault(rs.getString(1),
                        List.of()), date(rs.getString(3)), date(rs.getString(4)))));
        return stories;
    }

    private List<Reuse> reuses() throws SQLException {
        List<Reuse> reuses = new ArrayList<>();
        forEach("SELECT copy_id, original_id, kind, similarity, passages FROM reuses ORDER BY rowid",
                rs -> reuses.add(new Reuse(new DocumentId(rs.getString(1)), new DocumentId(rs.getString(2)),
                        ReuseKind.valueOf(rs.getString(3)), rs.getDouble(4),
                        Json.read(rs.getString(5), GraphTables.PASSAGES))));
        return reuses;
    }

    private List<Entity> entities() throws SQLException {
        Map<String, List<EntityMention>> mentions = new HashMap<>();
        forEach("SELECT entity_id, document_id, start_char, end_char, text FROM entity_mentions ORDER BY rowid",
                rs -> mentions.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new EntityMention(
                        new DocumentId(rs.getString(2)), new Span(rs.getInt(3), rs.getInt(4)), rs.getString(5))));
        Map<String, List<SanctionHit>> hits = new HashMap<>();
        forEach("SELECT entity_id, list_name, entry_id, entry_name, programme, score, explanation FROM sanction_hits "
                + "ORDER BY entity_id, position", rs -> hits.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new SanctionHit(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getDouble(6), rs.getString(7))));
        List<Entity> entities = new ArrayList<>();
        forEach("SELECT id, name, type, aliases FROM entities ORDER BY position", rs -> entities.add(new Entity(
                new EntityId(rs.getString(1)), rs.getString(2), EntityType.valueOf(rs.getString(3)),
                Json.read(rs.getString(4), GraphTables.STRINGS), mentions.getOrDefault(rs.getString(1), List.of()),
                hits.getOrDefault(rs.getString(1), List.of()))));
        return entities;
    }

    private List<Claim> claims() throws SQLException {
        Map<String, List<Statement>> evidence = new HashMap<>();
        forEach("SELECT claim_id, statement FROM evidence ORDER BY claim_id, position",
                rs -> evidence.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(Json.read(rs.getString(2), Statement.class)));
        Map<String, List<ClaimId>> contradictions = new HashMap<>();
        forEach("SELECT claim_id, other_id FROM contradictions ORDER BY claim_id, other_id",
                rs -> contradictions.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new ClaimId(rs.getString(2))));
        List<Claim> claims = new ArrayList<>();
        forEach("SELECT id, subject, predicate, object, value, stance, attributed_to, origin, independent_sources "
                + "FROM claims ORDER BY position", rs -> claims.add(new Claim(new ClaimId(rs.getString(1)),
                        rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5) == null ? null : Json.read(rs.getString(5), Quantity.class),
                        Stance.valueOf(rs.getString(6)), Json.read(rs.getString(7), GraphTables.STRINGS),
                        rs.getString(8), evidence.getOrDefault(rs.getString(1), List.of()), rs.getInt(9),
                        contradictions.getOrDefault(rs.getString(1), List.of()))));
        return claims;
    }

    private List<ProvenanceEdge> edges() throws SQLException {
        List<ProvenanceEdge> edges = new ArrayList<>();
        forEach("SELECT from_node, to_node, kind FROM provenance_edges ORDER BY rowid", rs -> edges.add(
                new ProvenanceEdge(rs.getString(1), rs.getString(2), EdgeKind.valueOf(rs.getString(3)))));
        return edges;
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private void forEach(String sql, RowReader reader) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                reader.read(rs);
            }
        }
    }

    /** Reads one row. */
    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }
}
