package io.tastelab.engine.workspace;

import io.tastelab.engine.catalog.CatalogValidation;
import io.tastelab.engine.catalog.Item;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one import into a workspace as a single transaction: items (added, or updated when the id exists),
 * users (added on first sight) and interactions (appended). Nothing is visible to anyone, nor survives a
 * crash, until {@link #commit()}; {@link #close()} without a commit rolls everything back.
 *
 * <p>Not thread-safe: one import runs on one thread, which must also close it.
 */
public final class ImportWriter implements AutoCloseable {

    private static final int BATCH = 20_000;

    private final Workspace workspace;
    private final Connection connection;
    private final Map<String, Long> itemKeys = new HashMap<>();
    private final Map<String, Long> userKeys = new HashMap<>();
    private final PreparedStatement insertUser;
    private final PreparedStatement insertInteraction;
    private long nextUserKey;
    private int nextPosition;
    private int pendingUsers;
    private int pendingInteractions;
    private long itemsWritten;
    private long usersAdded;
    private long interactionsAdded;
    private boolean finished;

    ImportWriter(Workspace workspace, Connection connection) throws SQLException {
        this.workspace = workspace;
        this.connection = connection;
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT key, id FROM items")) {
                while (rows.next()) {
                    itemKeys.put(rows.getString(2), rows.getLong(1));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(position) + 1, 0) FROM items")) {
                rows.next();
                nextPosition = rows.getInt(1);
            }
            long maxUser = 0;
            try (ResultSet rows = statement.executeQuery("SELECT key, id FROM users")) {
                while (rows.next()) {
                    userKeys.put(rows.getString(2), rows.getLong(1));
                    maxUser = Math.max(maxUser, rows.getLong(1));
                }
            }
            nextUserKey = maxUser + 1;
            // A bigger page cache keeps the B-tree of a multi-million-row import in memory (negative = KiB).
            statement.execute("PRAGMA cache_size = -262144");
        }
        insertUser = connection.prepareStatement("INSERT INTO users (key, id) VALUES (?, ?)");
        insertInteraction = connection.prepareStatement(
                "INSERT INTO interactions (user_key, item_key, value, timestamp, kind) VALUES (?, ?, ?, ?, ?)");
    }

    /** Whether the workspace (including this import so far) has any items. */
    public boolean hasItems() {
        return !itemKeys.isEmpty();
    }

    /** The key of the item with this id, or -1 when there is none. */
    public long itemKey(String id) {
        Long key = itemKeys.get(id);
        return key == null ? -1 : key;
    }

    /**
     * Adds an item, or updates the one with the same id (keeping its place and interactions).
     *
     * @param extra further attributes to keep with the item (e.g. {@code isbn}), name to values
     * @return the item's key
     */
    public long putItem(Item item, long popularity, Map<String, List<String>> extra) throws SQLException {
        CatalogValidation.requireValid(item);
        CatalogValidation.requireValidPopularity(item.id(), popularity);
        itemsWritten++;
        Long existing = itemKeys.get(item.id());
        if (existing != null) {
            CatalogWriter.update(connection, item.id(), item, popularity, positionOf(existing));
            CatalogWriter.writeAttributes(connection, existing, item, extra);
            return existing;
        }
        long key = CatalogWriter.insert(connection, item, popularity, nextPosition++, extra);
        itemKeys.put(item.id(), key);
        return key;
    }

    private int positionOf(long key) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT position FROM items WHERE key = ?")) {
            query.setLong(1, key);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** The key of the user with this id, adding the user on first sight. */
    public long userKey(String id) throws SQLException {
        Long key = userKeys.get(id);
        if (key != null) {
            return key;
        }
        long newKey = nextUserKey++;
        userKeys.put(id, newKey);
        insertUser.setLong(1, newKey);
        insertUser.setString(2, id);
        insertUser.addBatch();
        usersAdded++;
        if (++pendingUsers == BATCH) {
            insertUser.executeBatch();
            pendingUsers = 0;
        }
        return newKey;
    }

    /**
     * Appends one interaction.
     *
     * @param timestamp seconds since the epoch, or {@code null} when unknown
     */
    public void addInteraction(long userKey, long itemKey, double value, Long timestamp, InteractionKind kind) throws SQLException {
        insertInteraction.setLong(1, userKey);
        insertInteraction.setLong(2, itemKey);
        insertInteraction.setDouble(3, value);
        if (timestamp == null) {
            insertInteraction.setNull(4, Types.INTEGER);
        } else {
            insertInteraction.setLong(4, timestamp);
        }
        insertInteraction.setInt(5, kind.code());
        insertInteraction.addBatch();
        interactionsAdded++;
        if (++pendingInteractions == BATCH) {
            insertInteraction.executeBatch();
            pendingInteractions = 0;
        }
    }

    public long itemsWritten() {
        return itemsWritten;
    }

    public long usersAdded() {
        return usersAdded;
    }

    public long interactionsAdded() {
        return interactionsAdded;
    }

    /** Makes the whole import durable and visible at once. */
    public void commit() {
        if (finished) {
            throw new IllegalStateException("import already finished");
        }
        try {
            insertUser.executeBatch();
            insertInteraction.executeBatch();
        } catch (SQLException e) {
            finish(false);
            throw Workspace.translate(workspace.file(), "import into", e);
        }
        finish(true);
    }

    /** Rolls the import back unless it was committed. */
    @Override
    public void close() {
        if (!finished) {
            finish(false);
        }
    }

    private void finish(boolean commit) {
        finished = true;
        try {
            insertUser.close();
            insertInteraction.close();
        } catch (SQLException ignored) {
            // Closing statements cannot lose data; the transaction outcome below is what matters.
        }
        workspace.endImport(commit);
    }
}
