package org.claimgraph.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.claimgraph.core.AlignedPassage;
import org.claimgraph.core.Claim;
import org.claimgraph.core.ClaimGraph;
import org.claimgraph.core.ClaimId;
import org.claimgraph.core.Entity;
import org.claimgraph.core.EntityMention;
import org.claimgraph.core.ProvenanceEdge;
import org.claimgraph.core.Reuse;
import org.claimgraph.core.SanctionHit;
import org.claimgraph.core.Story;

/** Writes the derived graph tables; {@link GraphReader} reads them back. Plain JDBC, portable SQL. */
final class GraphTables {
    static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    static final TypeReference<List<AlignedPassage>> PASSAGES = new TypeReference<>() { };
    private static final List<String> DERIVED = List.of("provenance_edges", "contradictions", "evidence", "claims",
            "sanction_hits", "entity_mentions", "entities", "reuses", "story_documents", "stories");

    private final Connection connection;

    GraphTables(Connection connection) {
        this.connection = connection;
    }

    void replace(ClaimGraph graph) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String table : DERIVED) {
                s.executeUpdate("DELETE FROM " + table);
            }
        }
        writeStories(graph.stories());
        writeReuses(graph.reuses());
        writeEntities(graph.entities());
        writeClaims(graph.claims());
        writeEdges(graph.edges());
    }

    ClaimGraph load() throws SQLException {
        return new GraphReader(connection).read();
    }

    private void writeStories(List<Story> stories) throws SQLException {
        try (PreparedStatement story = connection.prepareStatement("INSERT INTO stories VALUES (?, ?, ?, ?)");
                PreparedStatement member = connection.prepareStatement(
                        "INSERT INTO story_documents VALUES (?, ?, ?)")) {
            for (Story s : stories) {
                story.setString(1, s.id().value());
                story.setString(2, s.title());
                story.setString(3, s.firstPublished() == null ? null : s.firstPublished().toString());
                story.setString(4, s.lastPublished() == null ? null : s.lastPublished().toString());
                story.addBatch();
                for (int i = 0; i < s.documents().size(); i++) {
                    member.setString(1, s.id().value());
                    member.setString(2, s.documents().get(i).value());
                    member.setInt(3, i);
                    member.addBatch();
                }
            }
            story.executeBatch();
            member.executeBatch();
        }
    }

    private void writeReuses(List<Reuse> reuses) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO reuses VALUES (?, ?, ?, ?, ?)")) {
            for (Reuse r : reuses) {
                ps.setString(1, r.copy().value());
                ps.setString(2, r.original().value());
                ps.setString(3, r.kind().name());
                ps.setDouble(4, r.similarity());
                ps.setString(5, Json.write(r.passages()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void writeEntities(List<Entity> entities) throws SQLException {
        try (PreparedStatement entity = connection.prepareStatement("INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?)");
                PreparedStatement mention = connection.prepareStatement(
                        "INSERT INTO entity_mentions VALUES (?, ?, ?, ?, ?)");
                PreparedStatement hit = connection.prepareStatement(
                        "INSERT INTO sanction_hits VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < entities.size(); i++) {
                Entity e = entities.get(i);
                entity.setString(1, e.id().value());
                entity.setString(2, e.name());
                entity.setString(3, e.type().name());
                entity.setString(4, Json.write(e.aliases()));
                entity.setInt(5, e.mentions().size());
                entity.setInt(6, i);
                entity.addBatch();
                for (EntityMention m : e.mentions()) {
                    mention.setString(1, e.id().value());
                    mention.setString(2, m.document().value());
                    mention.setInt(3, m.span().start());
                    mention.setInt(4, m.span().end());
                    mention.setString(5, m.text());
                    mention.addBatch();
                }
                for (int j = 0; j < e.sanctions().size(); j++) {
                    SanctionHit h = e.sanctions().get(j);
                    hit.setString(1, e.id().value());
                    hit.setString(2, h.list());
                    hit.setString(3, h.entryId());
                    hit.setString(4, h.entryName());
                    hit.setString(5, h.programme());
                    hit.setDouble(6, h.score());
                    hit.setString(7, h.explanation());
                    hit.setInt(8, j);
                    hit.addBatch();
                }
            }
            entity.executeBatch();
            mention.executeBatch();
            hit.executeBatch();
        }
    }

    private void writeClaims(List<Claim> claims) throws SQLException {
        try (PreparedStatement claim = connection.prepareStatement(
                "INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement evidence = connection.prepareStatement("INSERT INTO evidence (claim_id, "
                        + "document_id, statement, position, sentence, stance, start_char, end_char, attribution) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement contra = connection.prepareStatement("INSERT INTO contradictions VALUES (?, ?)")) {
            for (int i = 0; i < claims.size(); i++) {
                Claim c = claims.get(i);
                claim.setString(1, c.id().value());
                claim.setString(2, c.subject());
                claim.setString(3, c.predicate());
                claim.setString(4, c.object());
                claim.setString(5, c.value() == null ? null : Json.write(c.value()));
                claim.setString(6, c.stance().name());
                claim.setString(7, Json.write(c.attributedTo()));
                claim.setString(8, c.origin());
                claim.setInt(9, c.independentSources());
                claim.setInt(10, i);
                claim.addBatch();
                for (int j = 0; j < c.evidence().size(); j++) {
                    addEvidence(evidence, c.id(), c.evidence().get(j), j);
                }
                for (ClaimId other : c.contradictedBy()) {
                    contra.setString(1, c.id().value());
                    contra.setString(2, other.value());
                    contra.addBatch();
                }
            }
            claim.executeBatch();
            evidence.executeBatch();
            contra.executeBatch();
        }
    }

    /** One evidence row: the whole statement as JSON, and the parts the web pages list as their own columns. */
    private static void addEvidence(PreparedStatement evidence, ClaimId claim,
            org.claimgraph.core.Statement statement, int position) throws SQLException {
        evidence.setString(1, claim.value());
        evidence.setString(2, statement.document().value());
        evidence.setString(3, Json.write(statement));
        evidence.setInt(4, position);
        evidence.setString(5, statement.text());
        evidence.setString(6, statement.stance().name());
        evidence.setInt(7, statement.span().start());
        evidence.setInt(8, statement.span().end());
        evidence.setString(9, Json.write(statement.attribution()));
        evidence.addBatch();
    }

    private void writeEdges(List<ProvenanceEdge> edges) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT OR IGNORE INTO provenance_edges VALUES (?, ?, ?)")) {
            for (ProvenanceEdge e : edges) {
                ps.setString(1, e.from());
                ps.setString(2, e.to());
                ps.setString(3, e.kind().name());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
