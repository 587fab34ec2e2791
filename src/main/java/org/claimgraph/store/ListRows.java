package org.claimgraph.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes stored sanctions lists. */
final class ListRows {
    private ListRows() {
    }

    static void upsert(Connection connection, StoredList list) throws SQLException {
        String sql = "INSERT INTO sanction_lists (name, file_name, sha256, loaded_at, content) VALUES (?, ?, ?, ?, ?) "
                + "ON CONFLICT (name) DO UPDATE SET file_name = excluded.file_name, sha256 = excluded.sha256, "
                + "loaded_at = excluded.loaded_at, content = excluded.content";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, list.name());
            ps.setString(2, list.fileName());
            ps.setString(3, list.sha256());
            ps.setString(4, list.loadedAt().toString());
            ps.setBytes(5, list.content());
            ps.executeUpdate();
        }
    }

    static List<StoredList> all(Connection connection) throws SQLException {
        String sql = "SELECT name, file_name, sha256, loaded_at, content FROM sanction_lists ORDER BY name";
        List<StoredList> lists = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                lists.add(new StoredList(rs.getString(1), rs.getString(2), rs.getString(3),
                        Instant.parse(rs.getString(4)), rs.getBytes(5)));
            }
        }
        return lists;
    }
}
