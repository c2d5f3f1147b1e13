package io.tastelab.engine.evaluation;

/**
 * Sorts a prefix of an {@code int[]} of positions by a comparator over positions, without boxing them (a
 * split sorts every user's row; {@code Integer[]} would allocate an object per interaction). Stable merge
 * sort, O(n log n).
 */
final class PositionSort {

    private PositionSort() {
    }

    /** Compares two positions: negative when {@code a} comes first. */
    @FunctionalInterface
    interface PositionComparator {
        int compare(int a, int b);
    }

    static void sort(int[] positions, int length, PositionComparator comparator) {
        if (length < 2) {
            return;
        }
        int[] scratch = new int[length];
        mergeSort(positions, scratch, 0, length, comparator);
    }

    private static void mergeSort(int[] values, int[] scratch, int from, int to, PositionComparator comparator) {
        if (to - from <= 16) {
            for (int i = from + 1; i < to; i++) {
                int value = values[i];
                int j = i - 1;
                while (j >= from && comparator.compare(values[j], value) > 0) {
                    values[j + 1] = values[j];
                    j--;
                }
                values[j + 1] = value;
            }
            return;
        }
        int middle = (from + to) >>> 1;
        mergeSort(values, scratch, from, middle, comparator);
        mergeSort(values, scratch, middle, to, comparator);
        if (comparator.compare(values[middle - 1], values[middle]) <= 0) {
            return;
        }
        System.arraycopy(values, from, scratch, from, to - from);
        int left = from;
        int right = middle;
        for (int out = from; out < to; out++) {
            if (right >= to || (left < middle && comparator.compare(scratch[left], scratch[right]) <= 0)) {
                values[out] = scratch[left++];
            } else {
                values[out] = scratch[right++];
            }
        }
    }
}
