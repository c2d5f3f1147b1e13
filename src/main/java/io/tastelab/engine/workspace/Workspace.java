package io.tastelab.engine.workspace;

import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.catalog.Item;
import io.tastelab.engine.interactions.InteractionMatrix;
import io.tastelab.engine.interactions.InteractionPopularity;
import io.tastelab.engine.task.Progress;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A workspace: one SQLite file holding the catalog (items, attributes, popularity), users, interactions and
 * settings.
 *
 * <p>Every change runs in its own transaction and is committed before the method returns, so a crash (even
 * SIGKILL) loses at most the change in flight, never a committed one, and never leaves half of one. The file
 * is in WAL mode with {@code synchronous=NORMAL}: safe against the application dying at any moment; after a
 * power cut the last transactions may be rolled back, but the file stays consistent. Every statement is
 * parameterized.
 *
 * <p>Thread-safe: calls are serialized on one connection. An import ({@link #beginImport()}) holds the
 * workspace for its whole duration on the thread that began it; other threads wait.
 */
public final class Workspace implements AutoCloseable {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int BUSY_TIMEOUT_MS = 1500;

    private final Path file;
    /** Where the file is now: {@link #file} except while a new workspace is built under a temporary name. */
    private final Path location;
    private final boolean readOnly;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    /** The format of the file as opened (an older one stays as it is when opened read-only). */
    private final int schemaVersion;

    private Workspace(Path file, Path location, boolean readOnly, Connection connection, int schemaVersion) {
        this.file = file;
        this.location = location;
        this.readOnly = readOnly;
        this.connection = connection;
        this.schemaVersion = schemaVersion;
    }

    /**
     * Creates a new, empty workspace file. The file is built under a temporary name in the same folder and moved
     * into place once its schema is committed, so a crash never leaves an empty or half-made file at {@code file}.
     *
     * @throws WorkspaceException if the file exists already or cannot be written
     */
    public static Workspace create(Path file) {
        try (NewWorkspace created = NewWorkspace.begin(file)) {
            return created.publish();
        }
    }

    /**
     * Creates the schema in a new file at {@code location}, committed, and returns it open; {@code file} is the name
     * the user knows it by (see {@link NewWorkspace}).
     */
    static Workspace createAt(Path file, Path location) {
        Connection connection = connect(location, false);
        try {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String sql : Schema.CREATE) {
                    statement.execute(sql);
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO schema_version (version) VALUES (?)")) {
                insert.setInt(1, Schema.VERSION);
                insert.executeUpdate();
            }
            ChangeTracking.install(connection);
            connection.commit();
            return new Workspace(file, location, false, connection, Schema.VERSION);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw translate(file, "create", e);
        }
    }

    /** Opens an existing workspace for reading and writing. */
    public static Workspace open(Path file) {
        return open(file, false);
    }

    /**
     * Opens an existing workspace.
     *
     * @param readOnly open without write access; edits then fail with a {@link WorkspaceException}
     * @throws WorkspaceException naming the file when it is missing, not an SQLite file, not a TasteLab
     *                            workspace, damaged, read-only (when writing was asked for) or locked by
     *                            another program
     */
    public static Workspace open(Path file, boolean readOnly) {
        if (!Files.exists(file)) {
            throw new WorkspaceException("no such workspace file: " + file);
        }
        if (Files.isDirectory(file)) {
            throw new WorkspaceException(file + " is a folder, not a workspace file");
        }
        requireSqliteHeader(file);
        if (!readOnly && (!Files.isWritable(file) || !Files.isWritable(file.toAbsolutePath().getParent()))) {
            throw new WorkspaceException("workspace " + file + " is read-only (no permission to write it or its folder); "
                    + "open it read-only or save a copy elsewhere");
        }
        Connection connection = connect(file, readOnly);
        try {
            connection.setAutoCommit(false);
            int version;
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT version FROM schema_version")) {
                if (!rows.next()) {
                    throw new WorkspaceException(file + " is not a TasteLab workspace: its schema version is missing");
                }
                version = rows.getInt(1);
            } catch (SQLException e) {
                if (e.getMessage() != null && e.getMessage().contains("no such table")) {
                    throw new WorkspaceException(file + " is an SQLite database but not a TasteLab workspace", e);
                }
                throw e;
            }
            connection.rollback();
            if (version > Schema.VERSION) {
                throw new WorkspaceException(file + " was written by a newer TasteLab (workspace format " + version
                        + "; this version reads up to " + Schema.VERSION + ")");
            }
            if (!readOnly && version < Schema.VERSION) {
                upgrade(connection, version);
            }
            if (!readOnly) {
                // Take the write lock once now, so that "another program is using it" is reported at open, not at the first edit.
                try (Statement statement = connection.createStatement()) {
                    statement.execute("INSERT INTO settings (key, value) VALUES ('last_opened', datetime('now')) "
                            + "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
                }
                // A file written before change tracking (or by a tool that dropped a trigger) gets it now.
                ChangeTracking.install(connection);
                connection.commit();
            }
            return new Workspace(file, file, readOnly, connection, readOnly ? version : Schema.VERSION);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw translate(file, "open", e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /**
     * Brings an older workspace to {@link Schema#VERSION} in one transaction: a crash leaves it at its old version,
     * which the next opening upgrades again. Opened read-only, an older file is read as it is.
     */
    private static void upgrade(Connection connection, int from) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (from < 2) {
                for (String sql : Schema.UPGRADE_TO_2) {
                    statement.execute(sql);
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE schema_version SET version = ?")) {
            update.setInt(1, Schema.VERSION);
            update.executeUpdate();
        }
        connection.commit();
    }

    /**
     * Whether a file is meant as a workspace rather than a CSV: its name ends in {@code .tastelab}, {@code .sqlite}
     * or {@code .db}, or it starts with the SQLite header.
     */
    public static boolean looksLikeWorkspace(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".tastelab") || name.endsWith(".sqlite") || name.endsWith(".db")) {
            return true;
        }
        byte[] header = new byte[SQLITE_HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(header, 0, header.length) == header.length && Arrays.equals(header, SQLITE_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    private static void requireSqliteHeader(Path file) {
        byte[] header = new byte[SQLITE_HEADER.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(header, 0, header.length);
        } catch (IOException e) {
            throw new WorkspaceException("cannot read workspace " + file + ": " + e.getMessage(), e);
        }
        if (read == 0) {
            throw new WorkspaceException(file + " is empty, not a TasteLab workspace");
        }
        if (read < header.length || !Arrays.equals(header, SQLITE_HEADER)) {
            throw new WorkspaceException(file + " is not a TasteLab workspace (not an SQLite database file)");
        }
    }

    private static Connection connect(Path file, boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        config.setReadOnly(readOnly);
        if (!readOnly) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        }
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
        } catch (SQLException e) {
            throw translate(file, "open", e);
        }
    }

    /** Turns an SQLite error into a message that names the file and says what it means for the user. */
    static WorkspaceException translate(Path file, String action, SQLException e) {
        int code = e.getErrorCode() & 0xFF;
        String detail = e.getMessage();
        if (code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return new WorkspaceException("workspace " + file + " is locked by another program (or another TasteLab window); "
                    + "close it there and try again", e);
        }
        if (code == SQLiteErrorCode.SQLITE_READONLY.code) {
            return new WorkspaceException("workspace " + file + " is read-only; save a copy to keep changes", e);
        }
        if (code == SQLiteErrorCode.SQLITE_CORRUPT.code) {
            return new WorkspaceException("workspace " + file + " is damaged and cannot be read (" + detail + ")", e);
        }
        if (code == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return new WorkspaceException(file + " is not a TasteLab workspace (not an SQLite database file)", e);
        }
        if (code == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
            return new WorkspaceException("cannot open workspace " + file + " (" + detail + ")", e);
        }
        if (code == SQLiteErrorCode.SQLITE_FULL.code) {
            return new WorkspaceException("cannot " + action + " workspace " + file + ": the disk is full", e);
        }
        return new WorkspaceException("cannot " + action + " workspace " + file + ": " + detail, e);
    }

    public Path file() {
        return file;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** Work on the connection inside a transaction. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T read(String action, SqlWork<T> work) {
        lock.lock();
        try {
            try {
                T result = work.run(connection);
                connection.rollback();
                return result;
            } catch (SQLException e) {
                rollbackQuietly();
                throw translate(file, action, e);
            }
        } finally {
            lock.unlock();
        }
    }

    private <T> T write(String action, SqlWork<T> work) {
        requireWritable();
        lock.lock();
        try {
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException e) {
                rollbackQuietly();
                throw translate(file, action, e);
            } catch (RuntimeException e) {
                rollbackQuietly();
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }

    private void requireWritable() {
        if (readOnly) {
            throw new WorkspaceException("workspace " + file + " is open read-only; save a copy to keep changes");
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The original error is the one worth reporting.
        }
    }

    // ---------------------------------------------------------------- catalog

    /** Reads the whole catalog, in catalog order. */
    public Catalog loadCatalog() {
        return read("read", connection -> {
            Map<Long, List<String>> genres = new HashMap<>();
            Map<Long, List<String>> tags = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT item_key, name, value FROM item_attributes WHERE name IN (?, ?) ORDER BY item_key, name, ordinal")) {
                query.setString(1, Schema.GENRE);
                query.setString(2, Schema.TAG);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        Map<Long, List<String>> target = Schema.GENRE.equals(rows.getString(2)) ? genres : tags;
                        target.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>()).add(rows.getString(3));
                    }
                }
            }
            List<Item> items = new ArrayList<>();
            long[] counts = new long[16];
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT key, id, title, category, creator, year, language, available, popularity FROM items ORDER BY position, key");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long key = rows.getLong(1);
                    int yearValue = rows.getInt(6);
                    Integer year = rows.wasNull() ? null : yearValue;
                    items.add(new Item(rows.getString(2), rows.getString(3), rows.getString(4),
                            genres.getOrDefault(key, List.of()), rows.getString(5), year, rows.getString(7),
                            tags.getOrDefault(key, List.of()), rows.getInt(8) != 0));
                    if (items.size() > counts.length) {
                        counts = Arrays.copyOf(counts, counts.length * 2);
                    }
                    counts[items.size() - 1] = rows.getLong(9);
                }
            }
            return Catalog.of(items, Arrays.copyOf(counts, items.size()));
        });
    }

    /**
     * Saves one catalog edit: {@code after} is {@code before} with a change applied (an item edited, added or
     * removed, popularity changed; or an undo of such). Writes only what changed, in one transaction.
     * Deleting an item deletes its interactions too.
     */
    public void saveCatalogEdit(Catalog before, Catalog after) {
        write("save", connection -> {
            CatalogWriter.saveEdit(connection, before, after);
            return null;
        });
    }

    /** Replaces the whole catalog (items not in {@code catalog} are deleted with their interactions), in one transaction. */
    public void replaceCatalog(Catalog catalog) {
        lock.lock();
        try {
            Catalog current = loadCatalog();
            saveCatalogEdit(current, catalog);
        } finally {
            lock.unlock();
        }
    }

    // ---------------------------------------------------------------- settings

    public Optional<String> setting(String key) {
        return read("read", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
                query.setString(1, key);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    public void putSetting(String key, String value) {
        write("save", connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(
                    "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                upsert.setString(1, key);
                upsert.setString(2, value);
                upsert.executeUpdate();
            }
            return null;
        });
    }

    // ---------------------------------------------------------------- counts and interactions

    /** How many items, users and interactions the workspace holds. */
    public record Counts(long items, long users, long interactions) {
    }

    public Counts counts() {
        return read("read", connection -> new Counts(count(connection, "items"), count(connection, "users"),
                count(connection, "interactions")));
    }

    private static long count(Connection connection, String table) throws SQLException {
        // The table name is one of three constants above, never user input.
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * Reads every interaction into a sparse user-item matrix whose columns are {@code catalog}'s item indices
     * (the catalog as loaded from this workspace) and whose rows are the users in the order they were added.
     * Comes from the fast-open copy when it was made from exactly the data the workspace holds now; otherwise
     * reads SQLite and, before returning, stores a new copy (see {@link #readInteractions} to store it later).
     */
    public InteractionMatrix loadInteractions(Catalog catalog, Progress progress) {
        Loaded loaded = readInteractions(catalog, progress);
        loaded.storeCache(progress);
        return loaded.matrix();
    }

    /**
     * Reads SQLite only, never the fast-open copy, with several connections from {@code parallelFrom} rows on: what
     * the copy must equal.
     */
    InteractionMatrix loadInteractionsFromSqlite(Catalog catalog, Progress progress, int parallelFrom) {
        return readInteractions(catalog, progress, parallelFrom, Optional.empty()).matrix();
    }

    /**
     * The interactions as {@link #loadInteractions(Catalog, Progress)} gives them, without storing a new fast-open
     * copy yet: the app shows the matrix first and stores the copy as a background task of its own.
     */
    public Loaded readInteractions(Catalog catalog, Progress progress) {
        return readInteractions(catalog, progress, InteractionReader.PARALLEL_FROM, InteractionCache.of(location));
    }

    Loaded readInteractions(Catalog catalog, Progress progress, int parallelFrom, Optional<InteractionCache> cache) {
        for (int attempt = 1; ; attempt++) {
            try {
                return read("read", connection -> {
                    boolean tracked = ChangeTracking.token(connection).isPresent();
                    InteractionReader.Snapshot range = InteractionReader.Snapshot.withoutCount(connection);
                    InteractionCache.Key partial = new InteractionCache.Key(schemaVersion, range.token(), range.maxRowid(), -1);
                    java.util.concurrent.FutureTask<Optional<io.tastelab.engine.interactions.InteractionMatrixFile.Stored>> copy = null;
                    if (tracked && cache.isPresent()) {
                        progress.update(0, 1, "reading the fast-open copy of the interactions");
                        // The copy is read while this connection counts the rows: the count finishes the key.
                        copy = new java.util.concurrent.FutureTask<>(() -> cache.get().read(partial.withoutRows()));
                        Thread.ofPlatform().daemon().name("tastelab-read-copy").start(copy);
                    }
                    long rows = InteractionReader.Snapshot.countRows(connection);
                    InteractionCache.Key key = new InteractionCache.Key(schemaVersion, range.token(), range.maxRowid(), rows);
                    if (copy != null) {
                        Optional<io.tastelab.engine.interactions.InteractionMatrixFile.Stored> stored = awaitCopy(copy);
                        if (stored.isPresent() && cache.get().fits(stored.get(), key, catalog)) {
                            return new Loaded(stored.get().matrix(), true, null);
                        }
                    }
                    InteractionMatrix matrix = InteractionReader.read(connection, location, catalog, progress, parallelFrom);
                    return new Loaded(matrix, false, tracked && cache.isPresent()
                            ? new PendingStore(cache.get(), key, catalog) : null);
                });
            } catch (WorkspaceException e) {
                // Another process committed while the parts were read; a fresh transaction sees one state again.
                if (!(e.getCause() instanceof InteractionReader.SnapshotMovedException) || attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private static <T> T awaitCopy(java.util.concurrent.FutureTask<T> copy) throws SQLException {
        try {
            return copy.get();
        } catch (InterruptedException e) {
            copy.cancel(true);
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while reading the interactions", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("reading the fast-open copy failed", e.getCause());
        }
    }

    private record PendingStore(InteractionCache cache, InteractionCache.Key key, Catalog catalog) {
    }

    /** Interactions read, and whether and where a fast-open copy of them is still to be stored. */
    public static final class Loaded {
        private final InteractionMatrix matrix;
        private final boolean fromCache;
        private volatile PendingStore pending;

        private Loaded(InteractionMatrix matrix, boolean fromCache, PendingStore pending) {
            this.matrix = matrix;
            this.fromCache = fromCache;
            this.pending = pending;
        }

        public InteractionMatrix matrix() {
            return matrix;
        }

        /** Whether the matrix came from the fast-open copy rather than from SQLite. */
        public boolean fromCache() {
            return fromCache;
        }

        /** Whether {@link #storeCache} has a copy to write. */
        public boolean cacheToStore() {
            return pending != null;
        }

        /**
         * Writes the fast-open copy, if one is due; a failure (read-only or full disk) only means the next opening
         * reads SQLite again, so it is logged, not thrown.
         *
         * @return whether a copy was written
         */
        public boolean storeCache(Progress progress) {
            PendingStore store = pending;
            pending = null;
            if (store == null) {
                return false;
            }
            progress.update(0, 1, "saving a fast-open copy of the interactions");
            try {
                store.cache().store(store.key(), store.catalog(), matrix);
                return true;
            } catch (java.io.IOException | RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(Workspace.class).warn("could not save the interaction cache {}: {}",
                        store.cache().file(), e.toString());
                return false;
            }
        }
    }

    /** One interaction as stored: ids, value, and the timestamp in seconds ({@code null} when unknown). */
    @FunctionalInterface
    public interface InteractionSink {
        void accept(String userId, String itemId, double value, Long timestamp) throws java.io.IOException;
    }

    /**
     * Streams every interaction, in the order they were added, with the user's and the item's ids (for export:
     * nothing is held in memory). Reports progress every 100,000 rows and stops at a cancel.
     *
     * @return how many interactions were passed on
     */
    public long forEachInteraction(InteractionSink sink, Progress progress) {
        long total = counts().interactions();
        return read("export", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT users.id, items.id, interactions.value, "
                    + "interactions.timestamp FROM interactions JOIN users ON users.key = interactions.user_key "
                    + "JOIN items ON items.key = interactions.item_key ORDER BY interactions.rowid");
                 ResultSet rows = query.executeQuery()) {
                long done = 0;
                while (rows.next()) {
                    long time = rows.getLong(4);
                    sink.accept(rows.getString(1), rows.getString(2), rows.getDouble(3), rows.wasNull() ? null : time);
                    if (++done % 100_000 == 0) {
                        progress.update(done, total, "exporting interactions");
                    }
                }
                progress.update(done, total, "exported interactions");
                return done;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /**
     * Sets every item's popularity from the interactions (see {@link InteractionPopularity}), in one transaction.
     *
     * @param decay time decay, or {@code null} for none
     * @return the catalog with the new counts, and the interactions read on the way (its columns are that
     *         catalog's item indices), so a caller need not read them again
     */
    public Derived derivePopularity(InteractionPopularity.Measure measure, double threshold,
                                    InteractionPopularity.TimeDecay decay, Progress progress) {
        requireWritable();
        lock.lock();
        try {
            Catalog before = loadCatalog();
            InteractionMatrix matrix = loadInteractions(before, progress);
            Catalog after = before.withPopularityCounts(
                    InteractionPopularity.asCounts(InteractionPopularity.compute(matrix, measure, threshold, decay)));
            saveCatalogEdit(before, after);
            return new Derived(after, matrix);
        } finally {
            lock.unlock();
        }
    }

    /** A catalog with popularity derived from {@code matrix}, whose columns are the catalog's item indices. */
    public record Derived(Catalog catalog, InteractionMatrix matrix) {
    }

    // ---------------------------------------------------------------- import

    /**
     * Starts an import: everything written through the returned writer is one transaction, committed by
     * {@link ImportWriter#commit()} and rolled back by {@link ImportWriter#close()} without a commit (a cancel,
     * an error, bad rows the user did not choose to skip). Holds the workspace until closed; close it on the
     * thread that began it.
     */
    public ImportWriter beginImport() {
        requireWritable();
        lock.lock();
        try {
            return new ImportWriter(this, connection);
        } catch (SQLException e) {
            rollbackQuietly();
            lock.unlock();
            throw translate(file, "import into", e);
        } catch (RuntimeException e) {
            rollbackQuietly();
            lock.unlock();
            throw e;
        }
    }

    void endImport(boolean commit) {
        try {
            if (commit) {
                connection.commit();
                try (Statement statement = connection.createStatement()) {
                    // A big import leaves a WAL as large as the data; fold it into the main file now.
                    statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                }
            } else {
                connection.rollback();
            }
        } catch (SQLException e) {
            rollbackQuietly();
            throw translate(file, "import into", e);
        } finally {
            lock.unlock();
        }
    }

    // ---------------------------------------------------------------- copies and closing

    /**
     * Writes a consistent copy of this workspace to {@code target} (Save As), which must not exist yet.
     * Uses SQLite's {@code VACUUM INTO}, so the copy is compact and complete even while this one is open.
     */
    public void copyTo(Path target) {
        if (Files.exists(target)) {
            throw new WorkspaceException("cannot save a copy to " + target + ": the file exists already");
        }
        lock.lock();
        try {
            try (PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
                connection.commit();
                connection.setAutoCommit(true);
                vacuum.setString(1, target.toAbsolutePath().toString());
                vacuum.execute();
            } finally {
                connection.setAutoCommit(false);
            }
        } catch (SQLException e) {
            throw translate(target, "write", e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.rollback();
            connection.close();
        } catch (SQLException e) {
            throw translate(file, "close", e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Closes with everything in the main file (the write-ahead log folded in and removed), so that the file alone
     * is the whole workspace and may be moved (see {@link NewWorkspace}).
     */
    void closeSelfContained() {
        lock.lock();
        try {
            connection.rollback();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement();
                 ResultSet mode = statement.executeQuery("PRAGMA journal_mode = DELETE")) {
                if (!mode.next() || !"delete".equalsIgnoreCase(mode.getString(1))) {
                    throw new SQLException("could not fold the write-ahead log into the file");
                }
            }
            connection.close();
        } catch (SQLException e) {
            closeQuietly(connection);
            throw translate(file, "create", e);
        } finally {
            lock.unlock();
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Already failing; the first error is reported.
        }
    }

    static void setNullableInt(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }
}
