package io.tastelab.array;

import java.util.ArrayList;
import java.util.List;

/**
 * NumPy's order of additions for float32/float64 {@code add.reduce}, so that sums and means agree with NumPy
 * to the bit (checked against NumPy 2.4 in {@code NumpySummationTest}):
 * <ul>
 *   <li>a run of elements the inner loop sees at once is summed pairwise
 *       ({@code numpy/_core/src/umath/loops_utils.h.src}): fewer than 8 one by one, up to 128 in eight
 *       interleaved partial sums, longer runs split in two at a multiple of 8;</li>
 *   <li>elements are visited with length-1 axes dropped and the others by decreasing absolute stride; all
 *       elements of a contiguous array, or of a 1-d view, are one run; a strided n-d view is buffered, in runs
 *       of as many whole rows as fit in 8192 elements;</li>
 *   <li>over the last axis, each row is one run; over another axis, each result adds its elements one by one.</li>
 * </ul>
 * Single precision rounds after every addition, as NumPy's float loops do.
 */
final class NumpySummation {
    private static final int BLOCK = 128;
    private static final int BUFFER = 8192;

    private NumpySummation() {
    }

    /** Reads the {@code i}-th element of a run. */
    @FunctionalInterface
    interface Run {
        double get(long i);
    }

    /** The pairwise sum of elements {@code first .. first + n - 1} of {@code run}. */
    static double pairwise(Run run, long first, long n, boolean single) {
        if (n < 8) {
            double res = 0;
            for (long i = 0; i < n; i++) {
                res = add(res, run.get(first + i), single);
            }
            return res;
        }
        if (n <= BLOCK) {
            double r0 = run.get(first);
            double r1 = run.get(first + 1);
            double r2 = run.get(first + 2);
            double r3 = run.get(first + 3);
            double r4 = run.get(first + 4);
            double r5 = run.get(first + 5);
            double r6 = run.get(first + 6);
            double r7 = run.get(first + 7);
            long i = 8;
            for (; i < n - (n % 8); i += 8) {
                r0 = add(r0, run.get(first + i), single);
                r1 = add(r1, run.get(first + i + 1), single);
                r2 = add(r2, run.get(first + i + 2), single);
                r3 = add(r3, run.get(first + i + 3), single);
                r4 = add(r4, run.get(first + i + 4), single);
                r5 = add(r5, run.get(first + i + 5), single);
                r6 = add(r6, run.get(first + i + 6), single);
                r7 = add(r7, run.get(first + i + 7), single);
            }
            double res = add(add(add(r0, r1, single), add(r2, r3, single), single),
                    add(add(r4, r5, single), add(r6, r7, single), single), single);
            for (; i < n; i++) {
                res = add(res, run.get(first + i), single);
            }
            return res;
        }
        long half = n / 2;
        half -= half % 8;
        return add(pairwise(run, first, half, single), pairwise(run, first + half, n - half, single), single);
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
            return add(0, pairwise(i -> a.readDouble(offsets[(int) i]), 0, n, single), single);
        }
        int row = m.shape[m.ndim() - 1];
        long chunk = row == 0 ? BUFFER : row <= BUFFER ? (long) (BUFFER / row) * row : BUFFER;
        double acc = 0;
        for (long first = 0; first < n; first += chunk) {
            acc = add(acc, pairwise(i -> a.readDouble(offsets[(int) i]), first, Math.min(chunk, n - first), single),
                    single);
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
