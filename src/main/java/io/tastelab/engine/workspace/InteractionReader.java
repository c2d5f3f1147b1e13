package io.tastelab.engine.workspace;

import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.interactions.InteractionMatrix;
import io.tastelab.engine.task.Progress;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the interactions table into coordinate arrays and builds the sparse matrix. */
final class InteractionReader {

    private InteractionReader() {
    }

    /** Below this many rows one connection reads everything. */
    static final int PARALLEL_FROM = 2_000_000;

    /**
     * Reads the committed interactions (call outside a write transaction: the extra readers see committed data only).
     *
     * @param parallelFrom from how many rows on several connections read at once
     */
    static InteractionMatrix read(Connection connection, java.nio.file.Path file, Catalog catalog, Progress progress,
                                  int parallelFrom) throws SQLException {
        int[] itemIndexByKey = itemIndexByKey(connection, catalog);
        List<String> ids = new ArrayList<>();
        int[] userIndexByKey;
        try (PreparedStatement query = connection.prepareStatement("SELECT key, id FROM users ORDER BY key");
             ResultSet rows = query.executeQuery()) {
            long[] keys = new long[1024];
            while (rows.next()) {
                if (ids.size() == keys.length) {
                    keys = Arrays.copyOf(keys, keys.length * 2);
                }
                keys[ids.size()] = rows.getLong(1);
                ids.add(rows.getString(2));
            }
            long maxKey = ids.isEmpty() ? 0 : keys[ids.size() - 1];
            userIndexByKey = new int[Math.toIntExact(maxKey + 1)];
            Arrays.fill(userIndexByKey, -1);
            for (int u = 0; u < ids.size(); u++) {
                userIndexByKey[(int) keys[u]] = u;
            }
        }
        Snapshot snapshot = Snapshot.of(connection);
        long total = snapshot.rows;
        long minRowid = snapshot.minRowid;
        long maxRowid = snapshot.maxRowid;
        int capacity = Math.toIntExact(total);
        Columns columns = new Columns(capacity);
        // Reading through JDBC costs about half a microsecond a row; on big tables several connections read
        // disjoint rowid ranges at once (SQLite in WAL mode serves concurrent readers).
        int parts = total < parallelFrom ? 1 : Math.clamp(Runtime.getRuntime().availableProcessors(), 2, 4);
        long[] bounds = new long[parts + 1];
        for (int k = 0; k <= parts; k++) {
            bounds[k] = minRowid + (maxRowid - minRowid + 1) * k / parts;
        }
        int[] starts = new int[parts + 1];
        for (int k = 1; k < parts; k++) {
            starts[k] = Math.toIntExact(countBelow(connection, bounds[k]));
        }
        starts[parts] = capacity;
        int[] filled = new int[parts];
        List<java.util.concurrent.Future<Integer>> others = new ArrayList<>();
        java.util.concurrent.ExecutorService pool = parts == 1 ? null
                : java.util.concurrent.Executors.newFixedThreadPool(parts - 1, Thread.ofPlatform().daemon().name("tastelab-read-", 0).factory());
        try {
            for (int k = 1; k < parts; k++) {
                int part = k;
                others.add(pool.submit(() -> {
                    try (Connection extra = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(),
                            readOnlyConfig())) {
                        // One read transaction per connection; it must see what the main one sees, or a writer
                        // committed in between and the parts would mix two states of the table.
                        extra.setAutoCommit(false);
                        if (!Snapshot.of(extra).equals(snapshot)) {
                            throw new SnapshotMovedException();
                        }
                        return readRange(extra, bounds[part], bounds[part + 1], columns, starts[part], starts[part + 1],
                                userIndexByKey, itemIndexByKey, Progress.NONE, total);
                    }
                }));
            }
            filled[0] = readRange(connection, bounds[0], bounds[1], columns, starts[0], starts[1], userIndexByKey,
                    itemIndexByKey, progress, total);
            for (int k = 1; k < parts; k++) {
                filled[k] = others.get(k - 1).get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while reading interactions", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new SQLException(e.getCause().getMessage(), e.getCause());
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        // Rows of deleted users or items were skipped: close the gaps between the parts.
        int n = filled[0];
        for (int k = 1; k < parts; k++) {
            columns.move(starts[k], n, filled[k]);
            n += filled[k];
        }
        boolean anyTimestamp = false;
        boolean anyImplicit = false;
        for (int e = 0; e < n && !(anyTimestamp && anyImplicit); e++) {
            anyTimestamp |= columns.timestamps[e] != InteractionMatrix.NO_TIMESTAMP;
            anyImplicit |= columns.kinds[e] != 0;
        }
        int[] users = columns.users;
        int[] items = columns.items;
        float[] values = columns.values;
        long[] timestamps = columns.timestamps;
        byte[] kinds = columns.kinds;
        progress.update(n, total, "building the user-item matrix");
        return InteractionMatrix.fromCoordinates(ids.toArray(String[]::new), catalog.size(), users, items, values,
                anyTimestamp ? timestamps : null, anyImplicit ? kinds : null, n);
    }

    /** What identifies the state of the interactions a read transaction sees. */
    record Snapshot(long token, long rows, long minRowid, long maxRowid) {
        static Snapshot of(Connection connection) throws SQLException {
            Snapshot range = withoutCount(connection);
            return range.withRows(countRows(connection));
        }

        /** Token and rowid range, instant; {@code rows} is -1 until {@link #withRows}. */
        static Snapshot withoutCount(Connection connection) throws SQLException {
            long token = ChangeTracking.token(connection).orElse(0);
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT COALESCE(MIN(rowid), 0), COALESCE(MAX(rowid), -1) FROM interactions");
                 ResultSet rows = query.executeQuery()) {
                rows.next();
                return new Snapshot(token, -1, rows.getLong(1), rows.getLong(2));
            }
        }

        /** Counting reads the whole table (about 0.3 s for 25M rows on a quiet machine). */
        static long countRows(Connection connection) throws SQLException {
            try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM interactions");
                 ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }

        Snapshot withRows(long count) {
            return new Snapshot(token, count, minRowid, maxRowid);
        }
    }

    /** Another process committed a change while the parts were being read; the caller reads again. */
    static final class SnapshotMovedException extends SQLException {
        SnapshotMovedException() {
            super("the interactions changed while they were being read");
        }
    }

    /** Coordinate arrays the readers fill, each part its own slice. */
    private static final class Columns {
        final int[] users;
        final int[] items;
        final float[] values;
        final long[] timestamps;
        final byte[] kinds;

        Columns(int capacity) {
            users = new int[capacity];
            items = new int[capacity];
            values = new float[capacity];
            timestamps = new long[capacity];
            kinds = new byte[capacity];
        }

        void move(int from, int to, int length) {
            if (from != to) {
                System.arraycopy(users, from, users, to, length);
                System.arraycopy(items, from, items, to, length);
                System.arraycopy(values, from, values, to, length);
                System.arraycopy(timestamps, from, timestamps, to, length);
                System.arraycopy(kinds, from, kinds, to, length);
            }
        }
    }

    private static java.util.Properties readOnlyConfig() {
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(1500);
        return config.toProperties();
    }

    private static long countBelow(Connection connection, long rowid) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM interactions WHERE rowid < ?")) {
            query.setLong(1, rowid);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /**
     * Reads rows with {@code from <= rowid < to} into {@code columns[start, end)}, skipping rows whose user or item no
     * longer exists, and returns how many it stored.
     */
    private static int readRange(Connection connection, long from, long to, Columns columns, int start, int end,
                                 int[] userIndexByKey, int[] itemIndexByKey, Progress progress, long total) throws SQLException {
        int n = start;
        // Keys packed into one column and a sentinel for a missing timestamp: four JNI reads per row instead of
        // six (with wasNull), about a third faster on millions of rows.
        try (PreparedStatement query = connection.prepareStatement("SELECT (user_key << 32) | item_key, value, "
                + "COALESCE(timestamp, ?), kind FROM interactions WHERE rowid >= ? AND rowid < ? ORDER BY rowid")) {
            query.setLong(1, InteractionMatrix.NO_TIMESTAMP);
            query.setLong(2, from);
            query.setLong(3, to);
            query.setFetchSize(10_000);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next() && n < end) {
                    long keys = rows.getLong(1);
                    long userKey = keys >>> 32;
                    long itemKey = keys & 0xFFFF_FFFFL;
                    int user = userKey < userIndexByKey.length ? userIndexByKey[(int) userKey] : -1;
                    int item = itemKey < itemIndexByKey.length ? itemIndexByKey[(int) itemKey] : -1;
                    if (user < 0 || item < 0) {
                        continue;
                    }
                    columns.users[n] = user;
                    columns.items[n] = item;
                    columns.values[n] = rows.getFloat(2);
                    columns.timestamps[n] = rows.getLong(3);
                    columns.kinds[n] = (byte) rows.getInt(4);
                    n++;
                    if (((n - start) & 0xFFFFF) == 0) {
                        progress.update(n - start, end - start, "reading interactions");
                        progress.checkCancelled();
                    }
                }
            }
        }
        return n - start;
    }

    private static int[] itemIndexByKey(Connection connection, Catalog catalog) throws SQLException {
        List<long[]> pairs = new ArrayList<>();
        long maxKey = 0;
        try (PreparedStatement query = connection.prepareStatement("SELECT key, id FROM items");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                long key = rows.getLong(1);
                var index = catalog.indexOf(rows.getString(2));
                if (index.isPresent()) {
                    pairs.add(new long[] {key, index.get()});
                    maxKey = Math.max(maxKey, key);
                }
            }
        }
        int[] byKey = new int[Math.toIntExact(maxKey + 1)];
        Arrays.fill(byKey, -1);
        for (long[] pair : pairs) {
            byKey[(int) pair[0]] = (int) pair[1];
        }
        return byKey;
    }
}
