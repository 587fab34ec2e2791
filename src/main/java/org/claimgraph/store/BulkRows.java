package org.claimgraph.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Fast bulk insertion of ready-made rows for benchmark databases, all in one transaction committed by
 * {@link #close()}. Not for analysed documents: those go through {@link Store#saveDocument}. Not thread-safe.
 */
public final class BulkRows implements AutoCloseable {
    private static final Pattern NAME = Pattern.compile("[a-z_]+");
    private static final int BATCH = 5_000;

    private final Path file;
    private final Connection connection;

    private BulkRows(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * Opens the database (creating and migrating it as {@link SqliteStore#open} does) for bulk insertion.
     *
     * @throws StoreException when it cannot be opened
     */
    public static BulkRows open(Path file) {
        SqliteStore.open(file).close();
        try {
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = OFF");
            }
            connection.setAutoCommit(false);
            return new BulkRows(file, connection);
        } catch (SQLException e) {
            throw new StoreException("cannot open database '" + file + "' for bulk insertion: " + e.getMessage(), e);
        }
    }

    /**
     * Inserts rows into a table; each row holds one value a column, in order.
     *
     * @throws IllegalArgumentException when a table or column name is not a plain lower-case identifier
     * @throws StoreException           when the database rejects a row
     */
    public void insert(String table, List<String> columns, Iterable<Object[]> rows) {
        checkName(table);
        columns.forEach(BulkRows::checkName);
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int pending = 0;
            for (Object[] row : rows) {
                for (int i = 0; i < columns.size(); i++) {
                    ps.setObject(i + 1, row[i]);
                }
                ps.addBatch();
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new StoreException("cannot insert into " + table + " in '" + file + "': " + e.getMessage(), e);
        }
    }

    private static void checkName(String name) {
        if (!NAME.matcher(Objects.requireNonNull(name, "name")).matches()) {
            throw new IllegalArgumentException("name '" + name + "' is not a plain identifier; expected [a-z_]+");
        }
    }

    /** Commits everything inserted, updates the query planner's statistics and closes the connection. */
    @Override
    public void close() {
        try {
            try (Statement s = connection.createStatement()) {
                s.execute("ANALYZE");
            }
            connection.commit();
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot commit bulk rows to '" + file + "': " + e.getMessage(), e);
        }
    }
}
