package org.claimgraph.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import org.claimgraph.core.Article;
import org.claimgraph.core.DocumentAnalysis;

/** Writes a document and its analysis rows. */
final class DocumentRows {
    private static final String INSERT_DOCUMENT = "INSERT OR IGNORE INTO documents (id, source, url, title, byline, "
            + "published, outlet, original_outlet, language, text, analysed_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_ANALYSIS = "INSERT OR IGNORE INTO document_analyses (document_id, analysis) "
            + "VALUES (?, ?)";

    private DocumentRows() {
    }

    static void insert(Connection connection, DocumentAnalysis analysis, Instant analysedAt) throws SQLException {
        Article a = analysis.article();
        try (PreparedStatement ps = connection.prepareStatement(INSERT_DOCUMENT)) {
            ps.setString(1, a.id().value());
            ps.setString(2, a.source());
            ps.setString(3, a.url());
            ps.setString(4, a.title());
            ps.setString(5, a.byline());
            ps.setString(6, a.published() == null ? null : a.published().toString());
            ps.setString(7, a.outlet());
            ps.setString(8, a.originalOutlet());
            ps.setString(9, a.language());
            ps.setString(10, a.text());
            ps.setString(11, analysedAt.toString());
            if (ps.executeUpdate() == 0) {
                return;
            }
        }
        try (PreparedStatement ps = connection.prepareStatement(INSERT_ANALYSIS)) {
            ps.setString(1, a.id().value());
            ps.setString(2, Json.write(analysis));
            ps.executeUpdate();
        }
    }
}
