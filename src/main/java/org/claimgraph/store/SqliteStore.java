package org.claimgraph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.claimgraph.core.ClaimGraph;
import org.claimgraph.core.DocumentAnalysis;
import org.claimgraph.core.DocumentId;
import org.flywaydb.core.Flyway;

/**
 * The embedded default store: one SQLite file, created and migrated on first use. Each document is written in its
 * own transaction, so a run killed half-way leaves whole documents or none.
 */
public final class SqliteStore implements Store {
    /** Up to this much of the file is read through a memory map (address space, not heap). */
    private static final long MMAP_BYTES = 1L << 30;

    private final Path file;
    private final Connection connection;
    private final GraphTables graph;

    private SqliteStore(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
        this.graph = new GraphTables(connection);
    }

    /**
     * Opens the database file, creating it and its schema if needed and applying pending migrations.
     *
     * @throws StoreException when the file cannot be created or is not a Claimgraph database
     */
    public static SqliteStore open(Path file) {
        Objects.requireNonNull(file, "file");
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new StoreException("database directory '" + parent + "' does not exist; expected an "
                        + "existing directory for " + file, null);
            }
            Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration")
                    .loggers("slf4j").load().migrate();
            Connection connection = DriverManager.getConnection(url);
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA foreign_keys = ON");
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = NORMAL");
                s.execute("PRAGMA busy_timeout = 10000");
                // reads through a shared memory map instead of a read() call per page missing from each
                // connection's own small page cache: the web server keeps one connection per worker
                s.execute("PRAGMA mmap_size = " + MMAP_BYTES);
                // sorts and DISTINCTs of the page queries build their temporary trees in memory, not in files
                s.execute("PRAGMA temp_store = MEMORY");
            }
            return new SqliteStore(file, connection);
        } catch (SQLException | RuntimeException e) {
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException("cannot open database '" + file + "': " + e.getMessage(), e);
        }
    }

    @Override
    public boolean hasDocument(DocumentId id) {
        return query("check document " + id, "SELECT 1 FROM documents WHERE id = ?", ps -> {
            ps.setString(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    @Override
    public void saveDocument(DocumentAnalysis analysis, Instant analysedAt) {
        inTransaction("save document " + analysis.id(), () -> DocumentRows.insert(connection, analysis, analysedAt));
    }

    @Override
    public List<DocumentAnalysis> loadAnalyses() {
        return query("load analyses", "SELECT analysis FROM document_analyses ORDER BY document_id", ps -> {
            List<DocumentAnalysis> all = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    all.add(Json.read(rs.getString(1), DocumentAnalysis.class));
                }
            }
            return all;
        });
    }

    @Override
    public int documentCount() {
        return query("count documents", "SELECT count(*) FROM documents", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    @Override
    public void replaceGraph(ClaimGraph claimGraph) {
        inTransaction("replace graph", () -> graph.replace(claimGraph));
    }

    @Override
    public ClaimGraph loadGraph() {
        try {
            return graph.load();
        } catch (SQLException e) {
            throw new StoreException("cannot load graph from '" + file + "': " + e.getMessage(), e);
        }
    }

    @Override
    public void saveList(StoredList list) {
        inTransaction("save list " + list.name(), () -> ListRows.upsert(connection, list));
    }

    @Override
    public List<StoredList> lists() {
        try {
            return ListRows.all(connection);
        } catch (SQLException e) {
            throw new StoreException("cannot read sanctions lists from '" + file + "': " + e.getMessage(), e);
        }
    }

    /** Returns the read-side queries of the web layer over this store's connection; same thread rules as the store. */
    public GraphQueries queries() {
        return new GraphQueries(connection);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close database '" + file + "': " + e.getMessage(), e);
        }
    }

    private void inTransaction(String what, SqlWork work) {
        try {
            connection.setAutoCommit(false);
            try {
                work.run();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot " + what + " in '" + file + "': " + e.getMessage(), e);
        }
    }

    private <T> T query(String what, String sql, SqlQuery<T> body) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            return body.run(ps);
        } catch (SQLException e) {
            throw new StoreException("cannot " + what + " in '" + file + "': " + e.getMessage(), e);
        }
    }

    /** A unit of database work inside a transaction. */
    @FunctionalInterface
    interface SqlWork {
        void run() throws SQLException;
    }

    /** A query over a prepared statement. */
    @FunctionalInterface
    private interface SqlQuery<T> {
        T run(PreparedStatement ps) throws SQLException;
    }
}
