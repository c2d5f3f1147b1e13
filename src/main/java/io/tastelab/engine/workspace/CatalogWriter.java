package io.tastelab.engine.workspace;

import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.catalog.Item;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes the difference between two catalog snapshots, inside the caller's transaction. */
final class CatalogWriter {

    private CatalogWriter() {
    }

    static void saveEdit(Connection connection, Catalog before, Catalog after) throws SQLException {
        int n = before.size();
        if (after.size() == n && sameIdsInOrderOrRenamedInPlace(before, after)) {
            for (int i = 0; i < n; i++) {
                if (before.item(i) != after.item(i) || before.popularity(i) != after.popularity(i)) {
                    update(connection, before.item(i).id(), after.item(i), after.popularity(i), i);
                }
            }
            return;
        }
        int removedAt = singleRemoval(before, after);
        if (removedAt >= 0) {
            delete(connection, before.item(removedAt).id());
            try (PreparedStatement shift = connection.prepareStatement("UPDATE items SET position = position - 1 WHERE position > ?")) {
                shift.setInt(1, removedAt);
                shift.executeUpdate();
            }
            return;
        }
        // General case: delete what is gone, then write every item whose content or position changed.
        Set<String> kept = new HashSet<>();
        for (Item item : after.items()) {
            kept.add(item.id());
        }
        for (Item item : before.items()) {
            if (!kept.contains(item.id())) {
                delete(connection, item.id());
            }
        }
        for (int i = 0; i < after.size(); i++) {
            Item item = after.item(i);
            var previous = before.indexOf(item.id());
            if (previous.isEmpty()) {
                insert(connection, item, after.popularity(i), i, Map.of());
            } else {
                int j = previous.get();
                if (j != i || !before.item(j).equals(item) || before.popularity(j) != after.popularity(i)) {
                    update(connection, item.id(), item, after.popularity(i), i);
                }
            }
        }
    }

    /** Same size and at most ids renamed in place (an edit of one item's id keeps its position). */
    private static boolean sameIdsInOrderOrRenamedInPlace(Catalog before, Catalog after) {
        int renamed = 0;
        for (int i = 0; i < before.size(); i++) {
            if (!before.item(i).id().equals(after.item(i).id())) {
                renamed++;
                if (renamed > 1 || before.contains(after.item(i).id())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The index removed from {@code before} to make {@code after}, or -1 when the edit is something else. */
    private static int singleRemoval(Catalog before, Catalog after) {
        if (after.size() != before.size() - 1) {
            return -1;
        }
        int i = 0;
        while (i < after.size() && before.item(i) == after.item(i) && before.popularity(i) == after.popularity(i)) {
            i++;
        }
        for (int j = i; j < after.size(); j++) {
            if (before.item(j + 1) != after.item(j) || before.popularity(j + 1) != after.popularity(j)) {
                return -1;
            }
        }
        return i;
    }

    static long insert(Connection connection, Item item, long popularity, int position, Map<String, List<String>> extra)
            throws SQLException {
        long key;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO items (id, position, title, category, creator, year, language, available, popularity) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING key")) {
            insert.setString(1, item.id());
            insert.setInt(2, position);
            bindFields(insert, 3, item, popularity);
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                key = rows.getLong(1);
            }
        }
        writeAttributes(connection, key, item, extra);
        return key;
    }

    static void update(Connection connection, String oldId, Item item, long popularity, int position) throws SQLException {
        long key;
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE items SET position = ?, title = ?, category = ?, creator = ?, year = ?, language = ?, available = ?, "
                        + "popularity = ?, id = ? WHERE id = ? RETURNING key")) {
            update.setInt(1, position);
            bindFields(update, 2, item, popularity);
            update.setString(9, item.id());
            update.setString(10, oldId);
            try (ResultSet rows = update.executeQuery()) {
                if (!rows.next()) {
                    throw new SQLException("item '" + oldId + "' is not in the workspace (was it changed by another program?)");
                }
                key = rows.getLong(1);
            }
        }
        try (PreparedStatement clear = connection.prepareStatement("DELETE FROM item_attributes WHERE item_key = ? AND name IN (?, ?)")) {
            clear.setLong(1, key);
            clear.setString(2, Schema.GENRE);
            clear.setString(3, Schema.TAG);
            clear.executeUpdate();
        }
        writeAttributes(connection, key, item, Map.of());
    }

    private static void bindFields(PreparedStatement statement, int first, Item item, long popularity) throws SQLException {
        statement.setString(first, item.title());
        statement.setString(first + 1, item.category());
        statement.setString(first + 2, item.creator());
        Workspace.setNullableInt(statement, first + 3, item.year());
        statement.setString(first + 4, item.language());
        statement.setInt(first + 5, item.available() ? 1 : 0);
        statement.setLong(first + 6, popularity);
    }

    static void writeAttributes(Connection connection, long key, Item item, Map<String, List<String>> extra) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT OR REPLACE INTO item_attributes (item_key, name, ordinal, value) VALUES (?, ?, ?, ?)")) {
            addAttributes(insert, key, Schema.GENRE, item.genres());
            addAttributes(insert, key, Schema.TAG, item.tags());
            for (Map.Entry<String, List<String>> entry : extra.entrySet()) {
                addAttributes(insert, key, entry.getKey(), entry.getValue());
            }
            insert.executeBatch();
        }
    }

    private static void addAttributes(PreparedStatement insert, long key, String name, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            insert.setLong(1, key);
            insert.setString(2, name);
            insert.setInt(3, i);
            insert.setString(4, values.get(i));
            insert.addBatch();
        }
    }

    static void delete(Connection connection, String id) throws SQLException {
        Long key = null;
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM items WHERE id = ? RETURNING key")) {
            delete.setString(1, id);
            try (ResultSet rows = delete.executeQuery()) {
                if (rows.next()) {
                    key = rows.getLong(1);
                }
            }
        }
        if (key != null) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM interactions WHERE item_key = ?")) {
                delete.setLong(1, key);
                delete.executeUpdate();
            }
        }
    }
}
