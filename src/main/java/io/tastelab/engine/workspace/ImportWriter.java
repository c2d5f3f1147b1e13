package io.tastelab.engine.workspace;

import io.tastelab.engine.catalog.CatalogValidation;
import io.tastelab.engine.catalog.Item;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Writes one import into a workspace as a single transaction: items (added, or updated when the id exists),
 * users (added on first sight) and interactions (appended). Nothing is visible to anyone, nor survives a
 * crash, until {@link #commit()}; {@link #close()} without a commit rolls everything back.
 *
 * <p>Parsing and SQLite share the work: rows are gathered in chunks of primitive arrays on the caller's thread
 * and written by one background thread, so reading the next chunk overlaps inserting the last. The connection
 * is only ever used by one thread at a time: before any other statement the writer waits for the queue to drain.
 *
 * <p>Not thread-safe: one import runs on one thread, which must also close it.
 */
public final class ImportWriter implements AutoCloseable {

    private static final int CHUNK = 16_384;
    private static final int CHUNKS_IN_FLIGHT = 4;
    /** Page cache during an import (negative = KiB), and SQLite's default afterwards. */
    private static final int IMPORT_CACHE_KIB = -262_144;
    private static final int DEFAULT_CACHE_KIB = -2000;

    private final Workspace workspace;
    private final Connection connection;
    private final Map<String, Long> itemKeys = new HashMap<>();
    private final Map<String, Long> userKeys = new HashMap<>();
    private final PreparedStatement insertUser;
    private final PreparedStatement insertInteraction;
    private final PreparedStatement insertPlaceholder;
    private final ExecutorService sqlThread = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("tastelab-import-writer").factory());
    private final Semaphore chunksInFlight = new Semaphore(CHUNKS_IN_FLIGHT);
    private final ArrayDeque<Future<?>> submitted = new ArrayDeque<>();
    private Chunk chunk = new Chunk();
    private long nextUserKey;
    private long nextItemKey;
    private int nextPosition;
    private long itemsWritten;
    private long usersAdded;
    private long interactionsAdded;
    private boolean finished;
    /** The {@code imports} row of the file being read, or 0; with how many interactions each row brought. */
    private long source;
    private final Map<Long, Long> interactionsBySource = new HashMap<>();

    ImportWriter(Workspace workspace, Connection connection) throws SQLException {
        this.workspace = workspace;
        this.connection = connection;
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT key, id FROM items")) {
                while (rows.next()) {
                    itemKeys.put(rows.getString(2), rows.getLong(1));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(position) + 1, 0), COALESCE(MAX(key) + 1, 1) FROM items")) {
                rows.next();
                nextPosition = rows.getInt(1);
                nextItemKey = rows.getLong(2);
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
            statement.execute("PRAGMA cache_size = " + IMPORT_CACHE_KIB);
        }
        insertUser = connection.prepareStatement("INSERT INTO users (key, id) VALUES (?, ?)");
        insertInteraction = connection.prepareStatement(
                "INSERT INTO interactions (user_key, item_key, value, timestamp, kind, import_id) VALUES (?, ?, ?, ?, ?, ?)");
        insertPlaceholder = connection.prepareStatement(
                "INSERT INTO items (key, id, position, title, category) VALUES (?, ?, ?, ?, ?)");
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
        drain();
        itemsWritten++;
        Long existing = itemKeys.get(item.id());
        if (existing != null) {
            CatalogWriter.update(connection, item.id(), item, popularity, positionOf(existing));
            CatalogWriter.writeAttributes(connection, existing, item, extra);
            return existing;
        }
        long key = CatalogWriter.insert(connection, item, popularity, nextPosition++, extra);
        itemKeys.put(item.id(), key);
        nextItemKey = Math.max(nextItemKey, key + 1);
        return key;
    }

    /**
     * Adds an item known only by its id (ratings without an items file), queued with the interactions.
     *
     * @return the new item's key
     * @throws IllegalArgumentException when the id exists already or is blank
     */
    public long addPlaceholderItem(String id, String title, String category) {
        CatalogValidation.requireValid(io.tastelab.engine.catalog.Item.of(id, title, category));
        if (itemKeys.containsKey(id)) {
            throw new IllegalArgumentException("item '" + id + "' exists already");
        }
        long key = nextItemKey++;
        itemKeys.put(id, key);
        chunk.placeholders.add(new Placeholder(key, id, nextPosition++, title, category));
        itemsWritten++;
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
        chunk.usersAdded.add(new NewUser(newKey, id));
        usersAdded++;
        return newKey;
    }

    /**
     * Appends one interaction.
     *
     * @param timestamp seconds since the epoch, or {@code null} when unknown
     */
    public void addInteraction(long userKey, long itemKey, double value, Long timestamp, InteractionKind kind) throws SQLException {
        Chunk c = chunk;
        int r = c.size++;
        c.users[r] = userKey;
        c.items[r] = itemKey;
        c.values[r] = value;
        c.hasTimestamp[r] = timestamp != null;
        c.timestamps[r] = timestamp == null ? 0 : timestamp;
        c.kinds[r] = (byte) kind.code();
        interactionsAdded++;
        if (source > 0) {
            interactionsBySource.merge(source, 1L, Long::sum);
        }
        if (c.size == CHUNK) {
            submitChunk();
        }
    }

    private void submitChunk() throws SQLException {
        Chunk full = chunk;
        full.source = source;
        chunk = new Chunk();
        checkFailures(false);
        chunksInFlight.acquireUninterruptibly();
        submitted.add(sqlThread.submit(() -> {
            try {
                write(full);
            } finally {
                chunksInFlight.release();
            }
            return null;
        }));
    }

    /** On the writer thread: users, placeholder items, then the interactions of one chunk. */
    private void write(Chunk c) throws SQLException {
        for (NewUser user : c.usersAdded) {
            insertUser.setLong(1, user.key());
            insertUser.setString(2, user.id());
            insertUser.addBatch();
        }
        insertUser.executeBatch();
        for (Placeholder item : c.placeholders) {
            insertPlaceholder.setLong(1, item.key());
            insertPlaceholder.setString(2, item.id());
            insertPlaceholder.setInt(3, item.position());
            insertPlaceholder.setString(4, item.title());
            insertPlaceholder.setString(5, item.category());
            insertPlaceholder.addBatch();
        }
        insertPlaceholder.executeBatch();
        for (int r = 0; r < c.size; r++) {
            insertInteraction.setLong(1, c.users[r]);
            insertInteraction.setLong(2, c.items[r]);
            insertInteraction.setDouble(3, c.values[r]);
            if (c.hasTimestamp[r]) {
                insertInteraction.setLong(4, c.timestamps[r]);
            } else {
                insertInteraction.setNull(4, Types.INTEGER);
            }
            insertInteraction.setInt(5, c.kinds[r]);
            if (c.source > 0) {
                insertInteraction.setLong(6, c.source);
            } else {
                insertInteraction.setNull(6, Types.INTEGER);
            }
            insertInteraction.addBatch();
        }
        insertInteraction.executeBatch();
    }

    /** Rethrows the first failure of the writer thread; with {@code wait}, first waits for everything queued. */
    private void checkFailures(boolean wait) throws SQLException {
        while (!submitted.isEmpty() && (wait || submitted.peek().isDone())) {
            try {
                submitted.poll().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while saving the import", e);
            } catch (ExecutionException e) {
                waitQuietly();
                if (e.getCause() instanceof SQLException sql) {
                    throw sql;
                }
                throw new SQLException(e.getCause().getMessage(), e.getCause());
            }
        }
    }

    /** Writes everything gathered so far and waits until it is written. */
    private void drain() throws SQLException {
        if (chunk.size > 0 || !chunk.usersAdded.isEmpty() || !chunk.placeholders.isEmpty()) {
            submitChunk();
        }
        checkFailures(true);
    }

    private void waitQuietly() {
        for (Future<?> future : submitted) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException ignored) {
                // The first failure is the one reported.
            }
        }
        submitted.clear();
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

    /** An interactions file imported before, recognised by its content. */
    public record EarlierImport(long id, String fileName, long size, String importedAt, long interactions) {
    }

    /** The import of a file with this SHA-256 and size, if there was one. */
    public Optional<EarlierImport> findImport(String sha256, long size) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, file_name, size, imported_at, interactions FROM imports WHERE sha256 = ? AND size = ? ORDER BY id LIMIT 1")) {
            query.setString(1, sha256);
            query.setLong(2, size);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(new EarlierImport(rows.getLong(1), rows.getString(2), rows.getLong(3),
                        rows.getString(4), rows.getLong(5))) : Optional.empty();
            }
        }
    }

    /** Deletes an earlier import's interactions and its record, in this import's transaction. */
    public void forgetImport(EarlierImport earlier) throws SQLException {
        drain();
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM interactions WHERE import_id = ?")) {
            delete.setLong(1, earlier.id());
            ChangeTracking.deleteInBulk(connection, delete);
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM imports WHERE id = ?")) {
            delete.setLong(1, earlier.id());
            delete.executeUpdate();
        }
    }

    /** Records an interactions file about to be read; the interactions added from now on belong to it. */
    public void beginFile(String fileName, long size, String sha256) throws SQLException {
        drain();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO imports (file_name, size, sha256, imported_at, "
                + "interactions) VALUES (?, ?, ?, strftime('%Y-%m-%d %H:%M:%S UTC', 'now'), 0)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, fileName);
            insert.setLong(2, size);
            insert.setString(3, sha256);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                source = keys.getLong(1);
            }
        }
    }

    /**
     * Which of {@code keys} ({@code {user key, item key, timestamp or Long.MIN_VALUE}}) the current file's
     * interactions written so far hold. One pass over the table; used only for the rare rows whose fingerprint
     * repeated.
     */
    public Set<List<Long>> existingInCurrentFile(Set<List<Long>> keys) throws SQLException {
        drain();
        Set<List<Long>> found = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT user_key, item_key, COALESCE(timestamp, ?) FROM interactions WHERE import_id = ?")) {
            query.setLong(1, Long.MIN_VALUE);
            query.setLong(2, source);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    List<Long> key = List.of(rows.getLong(1), rows.getLong(2), rows.getLong(3));
                    if (keys.contains(key)) {
                        found.add(key);
                    }
                }
            }
        }
        return found;
    }

    /**
     * Sets every item's popularity to its number of distinct users over all interactions, this import's included,
     * in the import's transaction: the counts and the interactions they come from commit together or not at all.
     */
    public void setPopularityToDistinctUsers() throws SQLException {
        drain();
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE items SET popularity = 0 WHERE popularity <> 0");
            statement.executeUpdate("UPDATE items SET popularity = counted.users FROM "
                    + "(SELECT item_key, COUNT(DISTINCT user_key) AS users FROM interactions GROUP BY item_key) AS counted "
                    + "WHERE items.key = counted.item_key");
        }
    }

    /** Makes the whole import durable and visible at once. */
    public void commit() {
        if (finished) {
            throw new IllegalStateException("import already finished");
        }
        try {
            drain();
            try (PreparedStatement update = connection.prepareStatement("UPDATE imports SET interactions = ? WHERE id = ?")) {
                for (Map.Entry<Long, Long> entry : interactionsBySource.entrySet()) {
                    update.setLong(1, entry.getValue());
                    update.setLong(2, entry.getKey());
                    update.executeUpdate();
                }
            }
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

    private record NewUser(long key, String id) {
    }

    private record Placeholder(long key, String id, int position, String title, String category) {
    }

    /** Rows gathered for the writer thread. */
    private static final class Chunk {
        final long[] users = new long[CHUNK];
        final long[] items = new long[CHUNK];
        final double[] values = new double[CHUNK];
        final long[] timestamps = new long[CHUNK];
        final boolean[] hasTimestamp = new boolean[CHUNK];
        final byte[] kinds = new byte[CHUNK];
        int size;
        /** The {@code imports} row these interactions came from, or 0. */
        long source;
        final java.util.ArrayList<NewUser> usersAdded = new java.util.ArrayList<>();
        final java.util.ArrayList<Placeholder> placeholders = new java.util.ArrayList<>();
    }

    private void finish(boolean commit) {
        finished = true;
        waitQuietly();
        sqlThread.shutdown();
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA cache_size = " + DEFAULT_CACHE_KIB);
        } catch (SQLException ignored) {
            // Only memory use; the import's outcome is decided below.
        }
        try {
            insertUser.close();
            insertInteraction.close();
            insertPlaceholder.close();
        } catch (SQLException ignored) {
            // Closing statements cannot lose data; the transaction outcome below is what matters.
        }
        workspace.endImport(commit);
    }
}
