package io.tastelab.engine.interactions;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Users' interactions with items as a sparse user-item matrix, held twice: row-major (CSR, a user's history
 * is one contiguous slice) and column-major (CSC, an item's audience is one contiguous slice). Never dense:
 * memory is O(users + items + interactions). Built from coordinate lists in O(nnz) by counting sort; within
 * a row entries keep their input order, within a column they are sorted by user.
 *
 * <p>Rows are users (index {@code 0 .. userCount-1}, ids in {@link #userId(int)}); columns are item
 * indices of the catalog the matrix was loaded with. Duplicate (user, item) pairs are kept as separate
 * entries (a user can rate, then re-rate, or view an item many times).
 *
 * <p>Immutable after construction (the accessors hand out copies or read-only views), hence thread-safe.
 */
public final class InteractionMatrix {

    /** Marks an entry without a timestamp in {@link #timestamps()}. */
    public static final long NO_TIMESTAMP = Long.MIN_VALUE;

    private final String[] userIds;
    private final int itemCount;
    private final int[] rowPointers;
    private final int[] columnIndices;
    private final float[] values;
    private final long[] timestamps;
    private final byte[] kinds;
    private final int[] columnPointers;
    private final int[] rowIndices;
    private final float[] columnValues;
    private volatile Map<String, Integer> userIndex;

    private InteractionMatrix(String[] userIds, int itemCount, int[] rowPointers, int[] columnIndices, float[] values,
                              long[] timestamps, byte[] kinds, int[] columnPointers, int[] rowIndices, float[] columnValues) {
        this.userIds = userIds;
        this.itemCount = itemCount;
        this.rowPointers = rowPointers;
        this.columnIndices = columnIndices;
        this.values = values;
        this.timestamps = timestamps;
        this.kinds = kinds;
        this.columnPointers = columnPointers;
        this.rowIndices = rowIndices;
        this.columnValues = columnValues;
    }

    /** An empty matrix with these users and items. */
    public static InteractionMatrix empty(String[] userIds, int itemCount) {
        return fromCoordinates(userIds, itemCount, new int[0], new int[0], new float[0], null, null, 0);
    }

    /**
     * Builds the matrix from the first {@code nnz} entries of coordinate (COO) arrays, in O(nnz + users + items).
     *
     * @param users      row (user index) of each entry
     * @param items      column (item index) of each entry
     * @param values     rating or event weight of each entry
     * @param timestamps seconds since the epoch of each entry ({@link #NO_TIMESTAMP} where unknown), or {@code null}
     * @param kinds      0 explicit / 1 implicit for each entry, or {@code null} when all are explicit
     * @throws IllegalArgumentException on an index out of range
     */
    public static InteractionMatrix fromCoordinates(String[] userIds, int itemCount, int[] users, int[] items, float[] values,
                                                    long[] timestamps, byte[] kinds, int nnz) {
        int userCount = userIds.length;
        int[] rowPointers = new int[userCount + 1];
        int[] columnPointers = new int[itemCount + 1];
        for (int e = 0; e < nnz; e++) {
            int u = users[e];
            int i = items[e];
            if (u < 0 || u >= userCount) {
                throw new IllegalArgumentException("entry " + e + ": user index " + u + " is outside 0.." + (userCount - 1));
            }
            if (i < 0 || i >= itemCount) {
                throw new IllegalArgumentException("entry " + e + ": item index " + i + " is outside 0.." + (itemCount - 1));
            }
            rowPointers[u + 1]++;
            columnPointers[i + 1]++;
        }
        for (int u = 0; u < userCount; u++) {
            rowPointers[u + 1] += rowPointers[u];
        }
        for (int i = 0; i < itemCount; i++) {
            columnPointers[i + 1] += columnPointers[i];
        }
        int[] columnIndices = new int[nnz];
        float[] rowValues = new float[nnz];
        long[] rowTimestamps = timestamps == null ? null : new long[nnz];
        byte[] rowKinds = kinds == null ? null : new byte[nnz];
        int[] next = Arrays.copyOf(rowPointers, userCount);
        for (int e = 0; e < nnz; e++) {
            int slot = next[users[e]]++;
            columnIndices[slot] = items[e];
            rowValues[slot] = values[e];
            if (rowTimestamps != null) {
                rowTimestamps[slot] = timestamps[e];
            }
            if (rowKinds != null) {
                rowKinds[slot] = kinds[e];
            }
        }
        // Scanning CSR row by row fills each column in increasing user order.
        int[] rowIndices = new int[nnz];
        float[] columnValues = new float[nnz];
        int[] nextInColumn = Arrays.copyOf(columnPointers, itemCount);
        for (int u = 0; u < userCount; u++) {
            for (int p = rowPointers[u]; p < rowPointers[u + 1]; p++) {
                int slot = nextInColumn[columnIndices[p]]++;
                rowIndices[slot] = u;
                columnValues[slot] = rowValues[p];
            }
        }
        return new InteractionMatrix(userIds.clone(), itemCount, rowPointers, columnIndices, rowValues, rowTimestamps,
                rowKinds, columnPointers, rowIndices, columnValues);
    }

    /**
     * Wraps CSR and CSC arrays as they were written by {@link InteractionMatrixFile}, after checking that they
     * describe one matrix: lengths, pointers that start at 0, never decrease and end at nnz, indices in range, and
     * the same number of entries in each row and column both ways. O(nnz), no sorting; the arrays are kept, not
     * copied.
     *
     * @throws IllegalArgumentException naming what does not fit
     */
    static InteractionMatrix fromCompressed(String[] userIds, int itemCount, int[] rowPointers, int[] columnIndices,
                                            float[] values, long[] timestamps, byte[] kinds, int[] columnPointers,
                                            int[] rowIndices, float[] columnValues) {
        int users = userIds.length;
        int nnz = columnIndices.length;
        if (rowPointers.length != users + 1 || columnPointers.length != itemCount + 1 || values.length != nnz
                || rowIndices.length != nnz || columnValues.length != nnz
                || (timestamps != null && timestamps.length != nnz) || (kinds != null && kinds.length != nnz)) {
            throw new IllegalArgumentException("array lengths do not fit " + users + " users, " + itemCount + " items, " + nnz + " entries");
        }
        requirePointers(rowPointers, nnz, "row");
        requirePointers(columnPointers, nnz, "column");
        int[] perColumn = new int[itemCount];
        for (int e = 0; e < nnz; e++) {
            int i = columnIndices[e];
            if (i < 0 || i >= itemCount) {
                throw new IllegalArgumentException("entry " + e + ": item index " + i + " is outside 0.." + (itemCount - 1));
            }
            perColumn[i]++;
        }
        for (int i = 0; i < itemCount; i++) {
            if (perColumn[i] != columnPointers[i + 1] - columnPointers[i]) {
                throw new IllegalArgumentException("column " + i + " has " + perColumn[i] + " entries by rows but "
                        + (columnPointers[i + 1] - columnPointers[i]) + " by columns");
            }
        }
        for (int i = 0; i < itemCount; i++) {
            int previous = -1;
            for (int p = columnPointers[i]; p < columnPointers[i + 1]; p++) {
                int u = rowIndices[p];
                if (u < previous || u >= users || rowPointers[u] == rowPointers[u + 1]) {
                    throw new IllegalArgumentException("column " + i + ": user index " + u + " is out of order or has no entries");
                }
                previous = u;
            }
        }
        return new InteractionMatrix(userIds, itemCount, rowPointers, columnIndices, values, timestamps, kinds,
                columnPointers, rowIndices, columnValues);
    }

    private static void requirePointers(int[] pointers, int nnz, String what) {
        if (pointers[0] != 0 || pointers[pointers.length - 1] != nnz) {
            throw new IllegalArgumentException(what + " pointers do not run from 0 to " + nnz);
        }
        for (int k = 1; k < pointers.length; k++) {
            if (pointers[k] < pointers[k - 1]) {
                throw new IllegalArgumentException(what + " pointer " + k + " decreases");
            }
        }
    }

    public int userCount() {
        return userIds.length;
    }

    public int itemCount() {
        return itemCount;
    }

    /** Number of stored entries (interactions). */
    public int nnz() {
        return columnIndices.length;
    }

    /** Stored entries over all cells, {@code nnz / (users × items)}; 0 for an empty shape. */
    public double density() {
        double cells = (double) userIds.length * itemCount;
        return cells == 0 ? 0 : nnz() / cells;
    }

    public String userId(int user) {
        return userIds[user];
    }

    /** The row of the user with this id, if any. */
    public Optional<Integer> userIndex(String id) {
        Map<String, Integer> index = userIndex;
        if (index == null) {
            index = HashMap.newHashMap(userIds.length);
            for (int u = 0; u < userIds.length; u++) {
                index.put(userIds[u], u);
            }
            userIndex = index;
        }
        return Optional.ofNullable(index.get(Objects.requireNonNull(id)));
    }

    /** How many entries the user has (their activity). */
    public int rowLength(int user) {
        return rowPointers[user + 1] - rowPointers[user];
    }

    /** How many entries the item has. */
    public int columnLength(int item) {
        return columnPointers[item + 1] - columnPointers[item];
    }

    /** The item indices of a user's entries, in input order. */
    public int[] rowItems(int user) {
        return Arrays.copyOfRange(columnIndices, rowPointers[user], rowPointers[user + 1]);
    }

    /** The values of a user's entries, aligned with {@link #rowItems(int)}. */
    public float[] rowValues(int user) {
        return Arrays.copyOfRange(values, rowPointers[user], rowPointers[user + 1]);
    }

    /** The timestamps of a user's entries, aligned with {@link #rowItems(int)} ({@link #NO_TIMESTAMP} where unknown). */
    public long[] rowTimestamps(int user) {
        if (timestamps == null) {
            long[] none = new long[rowLength(user)];
            Arrays.fill(none, NO_TIMESTAMP);
            return none;
        }
        return Arrays.copyOfRange(timestamps, rowPointers[user], rowPointers[user + 1]);
    }

    /** The users (ascending) of an item's entries. */
    public int[] columnUsers(int item) {
        return Arrays.copyOfRange(rowIndices, columnPointers[item], columnPointers[item + 1]);
    }

    /** The values of an item's entries, aligned with {@link #columnUsers(int)}. */
    public float[] columnValues(int item) {
        return Arrays.copyOfRange(columnValues, columnPointers[item], columnPointers[item + 1]);
    }

    /** Whether any entry carries a timestamp array (individual entries may still be {@link #NO_TIMESTAMP}). */
    public boolean hasTimestamps() {
        return timestamps != null;
    }

    // Raw CSR/CSC arrays for engine code in this package and for heavy loops elsewhere; callers must not modify them.

    int[] rowPointersArray() {
        return rowPointers;
    }

    int[] columnIndicesArray() {
        return columnIndices;
    }

    float[] valuesArray() {
        return values;
    }

    long[] timestampsArray() {
        return timestamps;
    }

    byte[] kindsArray() {
        return kinds;
    }

    float[] columnValuesArray() {
        return columnValues;
    }

    int[] columnPointersArray() {
        return columnPointers;
    }

    int[] rowIndicesArray() {
        return rowIndices;
    }

    /** Copies of the CSR arrays: row pointers (users + 1), column indices and values (nnz each). */
    public Csr csr() {
        return new Csr(rowPointers.clone(), columnIndices.clone(), values.clone());
    }

    /** Copies of the CSC arrays: column pointers (items + 1), row indices and values (nnz each). */
    public Csc csc() {
        return new Csc(columnPointers.clone(), rowIndices.clone(), columnValues.clone());
    }

    /**
     * The matrix's own CSR arrays, not copies: for code that only reads them, such as a trainer, which at 25M
     * interactions would otherwise copy 200 MB. Writing into them would change this matrix for every holder.
     */
    public Csr sharedCsr() {
        return new Csr(rowPointers, columnIndices, values);
    }

    /** The matrix's own CSC arrays, not copies (read only, as {@link #sharedCsr()}). */
    public Csc sharedCsc() {
        return new Csc(columnPointers, rowIndices, columnValues);
    }

    /** A copy of the timestamps in CSR order, or {@code null} when none were given. */
    public long[] timestamps() {
        return timestamps == null ? null : timestamps.clone();
    }

    /** Kind of each entry in CSR order (0 explicit, 1 implicit), or {@code null} when all are explicit. */
    public byte[] kinds() {
        return kinds == null ? null : kinds.clone();
    }

    /** Compressed sparse rows. */
    public record Csr(int[] rowPointers, int[] columnIndices, float[] values) {
    }

    /** Compressed sparse columns. */
    public record Csc(int[] columnPointers, int[] rowIndices, float[] values) {
    }
}
