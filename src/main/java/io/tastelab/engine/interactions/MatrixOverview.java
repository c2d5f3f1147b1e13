package io.tastelab.engine.interactions;

import io.tastelab.engine.format.Counts;
import io.tastelab.engine.task.Progress;

import java.util.Arrays;
import java.util.Locale;

/**
 * The user-item matrix aggregated to a picture of {@code width × height} cells, however large the matrix: users
 * (rows) and items (columns) are ordered — most active users and most popular items first, or in index order —
 * and cut into equal bands; each cell counts the interactions that fall into it. One O(nnz) pass after
 * sorting users and items (O(n log n) each).
 *
 * @param width         cells across (item bands)
 * @param height        cells down (user bands)
 * @param counts        interactions per cell, row-major ({@code counts[y * width + x]})
 * @param maxCount      the largest cell count
 * @param userOrder     user indices in display order (top row first)
 * @param itemOrder     item indices in display order (left column first)
 * @param userActivity  interactions per user, by user index
 * @param itemCounts    interactions per item, by item index
 */
public record MatrixOverview(int width, int height, int[] counts, int maxCount, int[] userOrder, int[] itemOrder,
                             long[] userActivity, long[] itemCounts) {

    /**
     * @param sorted order users by activity and items by popularity (descending, ties by index); otherwise by index
     */
    public static MatrixOverview of(InteractionMatrix matrix, int width, int height, boolean sorted, Progress progress) {
        int users = matrix.userCount();
        int items = matrix.itemCount();
        int cellsAcross = Math.max(1, Math.min(width, Math.max(items, 1)));
        int cellsDown = Math.max(1, Math.min(height, Math.max(users, 1)));
        long[] activity = new long[users];
        for (int u = 0; u < users; u++) {
            activity[u] = matrix.rowLength(u);
        }
        long[] popularity = InteractionPopularity.interactionsPerItem(matrix);
        int[] userOrder = order(activity, sorted);
        int[] itemOrder = order(popularity, sorted);
        int[] itemBand = new int[items];
        for (int rank = 0; rank < items; rank++) {
            itemBand[itemOrder[rank]] = (int) ((long) rank * cellsAcross / items);
        }
        int[] counts = new int[cellsAcross * cellsDown];
        int[] rowPointers = matrix.rowPointersArray();
        int[] columns = matrix.columnIndicesArray();
        for (int rank = 0; rank < users; rank++) {
            int u = userOrder[rank];
            int base = (int) ((long) rank * cellsDown / users) * cellsAcross;
            for (int p = rowPointers[u]; p < rowPointers[u + 1]; p++) {
                counts[base + itemBand[columns[p]]]++;
            }
            if ((rank & 0xFFFF) == 0xFFFF) {
                progress.update(rank, users, "drawing the user-item matrix");
                progress.checkCancelled();
            }
        }
        int max = 0;
        for (int count : counts) {
            max = Math.max(max, count);
        }
        return new MatrixOverview(cellsAcross, cellsDown, counts, max, userOrder, itemOrder, activity, popularity);
    }

    /** Indices by value descending (ties by index), or {@code 0..n-1} when not sorted. */
    static int[] order(long[] values, boolean sorted) {
        int n = values.length;
        if (!sorted) {
            int[] identity = new int[n];
            Arrays.setAll(identity, i -> i);
            return identity;
        }
        // Sort packed (value, index) pairs: one primitive sort, no boxing. Values fit in 32 bits (counts ≤ nnz < 2^31).
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = ((Integer.MAX_VALUE - Math.min(values[i], Integer.MAX_VALUE)) << 32) | i;
        }
        Arrays.sort(keys);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = (int) keys[i];
        }
        return order;
    }

    /** The users of the band at row {@code y} of the picture, in display order. */
    public int[] usersInRow(int y) {
        int users = userOrder.length;
        int from = (int) Math.ceil((double) y * users / height);
        int to = (int) Math.ceil((double) (y + 1) * users / height);
        return Arrays.copyOfRange(userOrder, Math.min(from, users), Math.min(to, users));
    }

    /**
     * One line on the matrix's size, as the matrix pane and {@code tastelab stats} write it:
     * "610 users × 9,742 items, 100,836 interactions — density 1.6999%, sparsity 98.3001%".
     */
    public static String describe(InteractionMatrix matrix) {
        return Counts.of(matrix.userCount(), "user") + " × " + Counts.of(matrix.itemCount(), "item") + ", "
                + Counts.of(matrix.nnz(), "interaction") + String.format(Locale.ROOT, " — density %.4f%%, sparsity %.4f%%",
                100 * matrix.density(), 100 * sparsity(matrix));
    }

    /** The share of cells of the full matrix that hold no interaction. */
    public static double sparsity(InteractionMatrix matrix) {
        return 1 - matrix.density();
    }
}
