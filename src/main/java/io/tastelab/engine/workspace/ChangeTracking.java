package io.tastelab.engine.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.OptionalLong;

/**
 * A change token kept inside the workspace file: a random 64-bit number that SQLite triggers replace whenever a
 * user, an item's identity or place, or an existing interaction changes, in the same transaction as the change,
 * whoever makes it (this TasteLab, an older one, the {@code sqlite3} shell). New interactions are appended with
 * growing rowids, so {@code MAX(rowid)} and {@code COUNT(*)} tell them apart without a per-row trigger, which
 * would double the cost of a 25M-row import. The token, the rowid range and the count together name one state
 * of the data an {@link InteractionCache} was built from (see resources/decisions/interaction-cache.md).
 */
final class ChangeTracking {

    private ChangeTracking() {
    }

    private static final String BUMP = "UPDATE change_token SET token = random()";

    /** The triggers by name; an interactions delete trigger is suspended around bulk deletes ({@link #deleteInBulk}). */
    private static final List<String[]> TRIGGERS = List.of(
            new String[] {"interactions_deleted", "AFTER DELETE ON interactions"},
            new String[] {"interactions_updated", "AFTER UPDATE ON interactions"},
            new String[] {"users_inserted", "AFTER INSERT ON users"},
            new String[] {"users_deleted", "AFTER DELETE ON users"},
            new String[] {"users_updated", "AFTER UPDATE ON users"},
            new String[] {"items_inserted", "AFTER INSERT ON items"},
            new String[] {"items_deleted", "AFTER DELETE ON items"},
            // Popularity, titles and other attributes do not change the matrix; an item's key, id or place does.
            new String[] {"items_moved", "AFTER UPDATE ON items WHEN OLD.key IS NOT NEW.key OR OLD.id IS NOT NEW.id "
                    + "OR OLD.position IS NOT NEW.position"});

    private static String createTrigger(String[] trigger) {
        return "CREATE TRIGGER IF NOT EXISTS " + trigger[0] + " " + trigger[1] + " BEGIN " + BUMP + "; END";
    }

    /**
     * Adds the token table and the triggers where any is missing (a workspace written before they existed, or by a
     * tool that dropped one), with a fresh token: whatever happened while they were missing is then a change.
     * Runs in the caller's write transaction.
     */
    static void install(Connection connection) throws SQLException {
        if (isComplete(connection)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS change_token (id INTEGER PRIMARY KEY CHECK (id = 1), token INTEGER NOT NULL)");
            statement.execute("INSERT OR IGNORE INTO change_token (id, token) VALUES (1, random())");
            for (String[] trigger : TRIGGERS) {
                statement.execute(createTrigger(trigger));
            }
            statement.execute(BUMP);
        }
    }

    /** Whether the token row and every trigger are there. */
    static boolean isComplete(Connection connection) throws SQLException {
        int triggers = 0;
        boolean table = false;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT type, name FROM sqlite_schema WHERE type IN ('table', 'trigger')")) {
            while (rows.next()) {
                String name = rows.getString(2);
                if (rows.getString(1).equals("table")) {
                    table |= name.equals("change_token");
                } else if (TRIGGERS.stream().anyMatch(t -> t[0].equals(name))) {
                    triggers++;
                }
            }
        }
        if (!table || triggers != TRIGGERS.size()) {
            return false;
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM change_token WHERE id = 1")) {
            return rows.next() && rows.getLong(1) == 1;
        }
    }

    /** The state of the interaction data as seen by the caller's read transaction; empty when it is not tracked. */
    static OptionalLong token(Connection connection) throws SQLException {
        if (!isComplete(connection)) {
            return OptionalLong.empty();
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT token FROM change_token WHERE id = 1")) {
            return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
        }
    }

    /**
     * Runs a delete of many interactions with the per-row trigger suspended and one token change instead, all in
     * the caller's transaction (a crash rolls back the drop with the rest).
     */
    static int deleteInBulk(Connection connection, PreparedStatement delete) throws SQLException {
        boolean tracked = isComplete(connection);
        try (Statement statement = connection.createStatement()) {
            if (tracked) {
                statement.execute("DROP TRIGGER interactions_deleted");
            }
            int deleted = delete.executeUpdate();
            if (tracked) {
                statement.execute(createTrigger(TRIGGERS.get(0)));
                statement.execute(BUMP);
            }
            return deleted;
        }
    }
}
