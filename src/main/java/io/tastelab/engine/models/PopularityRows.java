package io.tastelab.engine.models;

import io.tastelab.engine.interactions.InteractionMatrix;

import java.util.Arrays;

/**
 * The user rows with every item relabelled by popularity: label 0 is the item with the most entries (ties to the
 * smaller index). A scatter or gather indexed by label then finds the items most rows share in a few contiguous
 * cache lines and pages instead of spread over the whole array; at 62,000 items that is the difference between
 * L1 and L2 (or L3 and memory). Each row lists its labels ascending, and a user's repeated entries of one item
 * keep their order, so every per-item sum over a row adds the same terms in the same order as before.
 *
 * @param itemByLabel the item of each label
 * @param labels      per CSR entry slot (same row pointers as the matrix), the label of an item of that row
 * @param values      the value of that entry, taken from the column values given
 */
record PopularityRows(int[] itemByLabel, int[] labels, float[] values) {

    /**
     * Builds the relabelled rows from the columns: walking the columns in label order and each column's users
     * ascending (a user's repeated entries in CSR order) fills each row in label order.
     *
     * @param rowPointers  the matrix's row pointers (users + 1)
     * @param csc          the matrix's columns
     * @param columnValues a value per CSC entry (the column values, or centered ones)
     */
    static PopularityRows of(int[] rowPointers, InteractionMatrix.Csc csc, float[] columnValues) {
        int[] columnPointers = csc.columnPointers();
        int[] columnUsers = csc.rowIndices();
        int[] itemByLabel = byDescendingCount(columnPointers);
        int users = rowPointers.length - 1;
        int[] cursor = Arrays.copyOf(rowPointers, users);
        int[] labels = new int[columnUsers.length];
        float[] values = new float[columnUsers.length];
        for (int label = 0; label < itemByLabel.length; label++) {
            int item = itemByLabel[label];
            for (int p = columnPointers[item]; p < columnPointers[item + 1]; p++) {
                int slot = cursor[columnUsers[p]]++;
                labels[slot] = label;
                values[slot] = columnValues[p];
            }
        }
        return new PopularityRows(itemByLabel, labels, values);
    }

    /** Whether some user has an item more than once: a row repeats a label (rows list their labels ascending). */
    boolean repeatsAnItem(int[] rowPointers) {
        for (int user = 0; user + 1 < rowPointers.length; user++) {
            for (int q = rowPointers[user] + 1; q < rowPointers[user + 1]; q++) {
                if (labels[q] == labels[q - 1]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Indices 0..n−1 ordered by descending {@code pointers[i + 1] − pointers[i]}, ties to the smaller index. */
    static int[] byDescendingCount(int[] pointers) {
        int n = pointers.length - 1;
        int most = 0;
        for (int i = 0; i < n; i++) {
            most = Math.max(most, pointers[i + 1] - pointers[i]);
        }
        // A counting sort by count, largest first; stable, so equal counts keep index order.
        int[] start = new int[most + 2];
        for (int i = 0; i < n; i++) {
            start[most - (pointers[i + 1] - pointers[i]) + 1]++;
        }
        for (int c = 0; c <= most; c++) {
            start[c + 1] += start[c];
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[start[most - (pointers[i + 1] - pointers[i])]++] = i;
        }
        return order;
    }
}
