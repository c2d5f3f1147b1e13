package io.tastelab.array;

import io.tastelab.array.nd4j.NdStorage;

import java.util.ArrayList;
import java.util.List;

/**
 * NumPy's order of additions for float32/float64 {@code add.reduce}, so that sums and means agree with NumPy
 * to the bit (checked against NumPy 2.4 in {@code NumpySummationTest}):
 * <ul>
 *   <li>a run of elements the inner loop sees at once is summed pairwise ({@link NdStorage#pairwiseSum}:
 *       fewer than 8 one by one, up to 128 in eight interleaved partial sums, longer runs split in two at a
 *       multiple of 8);</li>
 *   <li>elements are visited with length-1 axes dropped and the others by decreasing absolute stride; all
 *       elements of a contiguous array, or of a 1-d view, are one run; a strided n-d view is buffered, in runs
 *       of as many whole rows as fit in 8192 elements;</li>
 *   <li>over the last axis, each row is one run; over another axis, each result adds its elements one by one.</li>
 * </ul>
 * Single precision rounds after every addition, as NumPy's float loops do.
 */
final class NumpySummation {
    private static final int BUFFER = 8192;

    private NumpySummation() {
    }

    /** The pairwise sum of the elements of {@code a} at {@code offsets[first .. first + n - 1]}. */
    static double pairwise(NdArray a, long[] offsets, int first, int n, boolean single) {
        double[] run = new double[n];
        for (int i = 0; i < n; i++) {
            run[i] = a.readDouble(offsets[first + i]);
        }
        return NdStorage.pairwiseSum(run, single);
    }

    /**
     * The sum of all elements of {@code a} (float32 or float64) as NumPy computes {@code a.sum()}: the result
     * starts from the identity 0 and adds each run's pairwise sum.
     */
    static double sumAll(NdArray a) {
        boolean single = a.dtype == DType.FLOAT32;
        long n = a.size();
        NdArray m = a.isContiguous() ? a : inMemoryOrder(a);
        if (m.isContiguous()) {
            return add(0, a.storage.pairwiseSum(m.offset, n), single);
        }
        long[] offsets = m.offsets();
        if (m.ndim() == 1) {
            return add(0, pairwise(a, offsets, 0, (int) n, single), single);
        }
        int row = m.shape[m.ndim() - 1];
        int chunk = row == 0 ? BUFFER : row <= BUFFER ? (BUFFER / row) * row : BUFFER;
        double acc = 0;
        for (int first = 0; first < n; first += chunk) {
            acc = add(acc, pairwise(a, offsets, first, (int) Math.min(chunk, n - first), single), single);
        }
        return acc;
    }

    /**
     * {@code a} in the order NumPy's iterator visits it: length-1 axes dropped, the others by decreasing
     * absolute stride (so a transposed contiguous array reads as contiguous). Negative strides stay: NumPy
     * sums {@code x[::-1]} from its first logical element.
     */
    static NdArray inMemoryOrder(NdArray a) {
        List<Integer> axes = new ArrayList<>();
        for (int d = 0; d < a.ndim(); d++) {
            if (a.shape[d] != 1) {
                axes.add(d);
            }
        }
        axes.sort((p, q) -> Long.compare(Math.abs(a.strides[q]), Math.abs(a.strides[p])));
        int[] shape = new int[axes.size()];
        long[] strides = new long[axes.size()];
        for (int d = 0; d < shape.length; d++) {
            shape[d] = a.shape[axes.get(d)];
            strides[d] = a.strides[axes.get(d)];
        }
        return a.view(shape, strides, a.offset);
    }

    static double add(double x, double y, boolean single) {
        return single ? (double) ((float) x + (float) y) : x + y;
    }
}
