package io.tastelab.engine.models;

import io.tastelab.engine.interactions.InteractionMatrix;
import java.util.function.Supplier;

/**
 * One thread's gathering of an item's co-occurrences for item-kNN: for each user of item j, the products of j's
 * value with the values of the user's other items, summed per item (by popularity label) with the co-count beside
 * each sum. Both of {@link ItemKnn}'s similarity loops gather through it, one label range at a time.
 */
final class CooccurrenceScatter {

    private final int[] rowPointers;
    private final int[] rowLabels;
    private final float[] rowValues;
    private final int[] columnPointers;
    private final int[] columnUsers;
    private final float[] columnValues;
    /**
     * Indexed by popularity label l: the dot product at 2l and the co-count at 2l + 1 (exact in a double), side by
     * side so the scatter touches one cache line per entry, not one in each of two arrays. Most entries are of
     * popular items, so most of the scatter stays in the low labels' few cache lines (at 25M the whole array is
     * 1 MB, past L1 and most of L2).
     */
    private final double[] sums;
    private final int[] touched;
    /** Per user of the current item, in column order: its CSC entry, its next row slot and the row's end. */
    private final int[] cursors;
    private int active;

    private CooccurrenceScatter(InteractionMatrix.Csr csr, InteractionMatrix.Csc csc, PopularityRows rows,
            float[] columnValues, int items, int longestColumn) {
        this.rowPointers = csr.rowPointers();
        this.rowLabels = rows.labels();
        this.rowValues = rows.values();
        this.columnPointers = csc.columnPointers();
        this.columnUsers = csc.rowIndices();
        this.columnValues = columnValues;
        this.sums = new double[2 * items];
        this.touched = new int[items + 1];
        this.cursors = new int[3 * longestColumn];
    }

    /** A factory of per-thread scatters over the same matrix (each holds an accumulator of all items). */
    static Supplier<CooccurrenceScatter> perThread(InteractionMatrix.Csr csr, InteractionMatrix.Csc csc,
            PopularityRows rows, float[] columnValues, int items) {
        int[] columnPointers = csc.columnPointers();
        int longestColumn = 0;
        for (int j = 0; j < items; j++) {
            longestColumn = Math.max(longestColumn, columnPointers[j + 1] - columnPointers[j]);
        }
        int capacity = longestColumn;
        return () -> new CooccurrenceScatter(csr, csc, rows, columnValues, items, capacity);
    }

    /** Starts item j: every one of its users' rows, from its first label. */
    void startItem(int j) {
        int count = 0;
        for (int p = columnPointers[j]; p < columnPointers[j + 1]; p++) {
            int user = columnUsers[p];
            cursors[3 * count] = p;
            cursors[3 * count + 1] = rowPointers[user];
            cursors[3 * count + 2] = rowPointers[user + 1];
            count++;
        }
        active = count;
    }

    /** Whether some row of the current item has labels left to gather. */
    boolean hasRowsLeft() {
        return active > 0;
    }

    /**
     * Gathers every label below {@code rangeEnd} that the rows have not reached yet, and returns how many distinct
     * labels it touched (listed first in {@link #touched()}; their sums are in {@link #sums()}, which the caller
     * clears as it reads them). Rows list their labels ascending, so each range takes the next run of every row, and
     * a pair's sum still adds its users' products in column order: bit for bit the sum of one pass over all labels.
     */
    int gatherBelow(int rangeEnd) {
        double[] sum = sums;
        int[] labels = rowLabels;
        float[] values = rowValues;
        int touchedCount = 0;
        int kept = 0;
        for (int a = 0; a < active; a++) {
            int p = cursors[3 * a];
            int q = cursors[3 * a + 1];
            int end = cursors[3 * a + 2];
            float valueJ = columnValues[p];
            for (; q < end; q++) {
                int label = labels[q];
                if (label >= rangeEnd) {
                    break;
                }
                int at = 2 * label;
                double count = sum[at + 1];
                // Noted without a branch: whether an item is new is a coin flip while most are, and at 25M the
                // mispredictions cost a third of the scatter's time (JFR).
                touched[touchedCount] = label;
                touchedCount += count == 0 ? 1 : 0;
                sum[at] += valueJ * values[q];
                sum[at + 1] = count + 1;
            }
            if (q < end) { // rows that are done drop out, the rest keep their column order
                cursors[3 * kept] = p;
                cursors[3 * kept + 1] = q;
                cursors[3 * kept + 2] = end;
                kept++;
            }
        }
        active = kept;
        return touchedCount;
    }

    double[] sums() {
        return sums;
    }

    int[] touched() {
        return touched;
    }
}
