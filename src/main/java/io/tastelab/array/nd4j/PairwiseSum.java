package io.tastelab.array.nd4j;

import io.tastelab.array.KernelThreads;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * NumPy's pairwise summation ({@code numpy/_core/src/umath/loops_utils.h.src}) over a run of float32 or float64
 * elements in memory, in the elements' own precision: fewer than 8 one by one, up to 128 in eight interleaved
 * partial sums, longer runs split in two at a multiple of 8. One copy per precision, so that each adds in its
 * own type without boxing or conversions.
 *
 * <p>The two halves of the first split of a long run are summed on two threads: the tree of additions, and so
 * the result, stays NumPy's to the bit. Subtrees of at most {@link #BLOCK} elements are copied to a heap array
 * and summed there, where two sibling leaves of 128 (every pair in a run of 2^k elements) are added in one loop,
 * 16 partial sums at once: the same additions in the same order, with twice the independent work per iteration.
 * Measured on 2^21 float32 elements, one thread: 0.32 ns per element through the native segment, 0.22 so (NumPy
 * 0.17-0.20 in the same minutes); the heap copy alone, with one leaf at a time, gained nothing.
 */
final class PairwiseSum {
    /** Runs this long have their first split's halves summed on two threads. */
    private static final long PARALLEL_MIN = 1L << 17;
    private static final boolean PARALLEL = KernelThreads.threads() > 1;
    /**
     * Subtrees up to this many elements are summed from a heap copy. Small copies keep reading memory often enough
     * for the hardware prefetcher: 2^23 float32 elements (beyond the L3 cache), one thread, 0.27-0.32 ns per element
     * with 512, 0.42-0.44 with 4096; 2^21 (in the L3 cache) 0.22 and 0.24-0.26.
     */
    private static final int BLOCK = 512;
    private static final int LEAF = 128;

    private static final ThreadLocal<float[]> FLOATS = ThreadLocal.withInitial(() -> new float[BLOCK]);
    private static final ThreadLocal<double[]> DOUBLES = ThreadLocal.withInitial(() -> new double[BLOCK]);

    private PairwiseSum() {
    }

    static float ofFloats(MemorySegment s, long first, long n) {
        if (PARALLEL && n >= PARALLEL_MIN) {
            long half = n / 2;
            long split = half - half % 8;
            float[] halves = new float[2];
            KernelThreads.both(() -> halves[0] = floats(s, first, split),
                    () -> halves[1] = floats(s, first + split, n - split));
            return halves[0] + halves[1];
        }
        return floats(s, first, n);
    }

    static double ofDoubles(MemorySegment s, long first, long n) {
        if (PARALLEL && n >= PARALLEL_MIN) {
            long half = n / 2;
            long split = half - half % 8;
            double[] halves = new double[2];
            KernelThreads.both(() -> halves[0] = doubles(s, first, split),
                    () -> halves[1] = doubles(s, first + split, n - split));
            return halves[0] + halves[1];
        }
        return doubles(s, first, n);
    }

    private static float floats(MemorySegment s, long first, long n) {
        if (n <= BLOCK) {
            float[] d = FLOATS.get();
            MemorySegment.copy(s, ValueLayout.JAVA_FLOAT, first * Float.BYTES, d, 0, (int) n);
            return floats(d, 0, (int) n);
        }
        long half = n / 2;
        half -= half % 8;
        return floats(s, first, half) + floats(s, first + half, n - half);
    }

    private static float floats(float[] d, int first, int n) {
        if (n < 8) {
            float res = 0f;
            for (int i = 0; i < n; i++) {
                res += d[first + i];
            }
            return res;
        }
        if (n <= LEAF) {
            return floatLeaf(d, first, n);
        }
        if (n == 2 * LEAF) {
            return twoFloatLeaves(d, first);
        }
        int half = n / 2;
        half -= half % 8;
        return floats(d, first, half) + floats(d, first + half, n - half);
    }

    /** Up to 128 elements in eight interleaved partial sums, the rest one by one. */
    private static float floatLeaf(float[] d, int first, int n) {
        float r0 = d[first];
        float r1 = d[first + 1];
        float r2 = d[first + 2];
        float r3 = d[first + 3];
        float r4 = d[first + 4];
        float r5 = d[first + 5];
        float r6 = d[first + 6];
        float r7 = d[first + 7];
        int i = 8;
        for (int end = n - n % 8; i < end; i += 8) {
            int k = first + i;
            r0 += d[k];
            r1 += d[k + 1];
            r2 += d[k + 2];
            r3 += d[k + 3];
            r4 += d[k + 4];
            r5 += d[k + 5];
            r6 += d[k + 6];
            r7 += d[k + 7];
        }
        float res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
        for (; i < n; i++) {
            res += d[first + i];
        }
        return res;
    }

    /** {@code floatLeaf(d, a, 128) + floatLeaf(d, a + 128, 128)}, both leaves in one loop. */
    private static float twoFloatLeaves(float[] d, int a) {
        int b = a + LEAF;
        float r0 = d[a];
        float r1 = d[a + 1];
        float r2 = d[a + 2];
        float r3 = d[a + 3];
        float r4 = d[a + 4];
        float r5 = d[a + 5];
        float r6 = d[a + 6];
        float r7 = d[a + 7];
        float s0 = d[b];
        float s1 = d[b + 1];
        float s2 = d[b + 2];
        float s3 = d[b + 3];
        float s4 = d[b + 4];
        float s5 = d[b + 5];
        float s6 = d[b + 6];
        float s7 = d[b + 7];
        for (int i = 8; i < LEAF; i += 8) {
            int k = a + i;
            int m = b + i;
            r0 += d[k];
            r1 += d[k + 1];
            r2 += d[k + 2];
            r3 += d[k + 3];
            r4 += d[k + 4];
            r5 += d[k + 5];
            r6 += d[k + 6];
            r7 += d[k + 7];
            s0 += d[m];
            s1 += d[m + 1];
            s2 += d[m + 2];
            s3 += d[m + 3];
            s4 += d[m + 4];
            s5 += d[m + 5];
            s6 += d[m + 6];
            s7 += d[m + 7];
        }
        return (((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)))
                + (((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7)));
    }

    private static double doubles(MemorySegment s, long first, long n) {
        if (n <= BLOCK) {
            double[] d = DOUBLES.get();
            MemorySegment.copy(s, ValueLayout.JAVA_DOUBLE, first * Double.BYTES, d, 0, (int) n);
            return doubles(d, 0, (int) n);
        }
        long half = n / 2;
        half -= half % 8;
        return doubles(s, first, half) + doubles(s, first + half, n - half);
    }

    private static double doubles(double[] d, int first, int n) {
        if (n < 8) {
            double res = 0;
            for (int i = 0; i < n; i++) {
                res += d[first + i];
            }
            return res;
        }
        if (n <= LEAF) {
            return doubleLeaf(d, first, n);
        }
        if (n == 2 * LEAF) {
            return twoDoubleLeaves(d, first);
        }
        int half = n / 2;
        half -= half % 8;
        return doubles(d, first, half) + doubles(d, first + half, n - half);
    }

    private static double doubleLeaf(double[] d, int first, int n) {
        double r0 = d[first];
        double r1 = d[first + 1];
        double r2 = d[first + 2];
        double r3 = d[first + 3];
        double r4 = d[first + 4];
        double r5 = d[first + 5];
        double r6 = d[first + 6];
        double r7 = d[first + 7];
        int i = 8;
        for (int end = n - n % 8; i < end; i += 8) {
            int k = first + i;
            r0 += d[k];
            r1 += d[k + 1];
            r2 += d[k + 2];
            r3 += d[k + 3];
            r4 += d[k + 4];
            r5 += d[k + 5];
            r6 += d[k + 6];
            r7 += d[k + 7];
        }
        double res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
        for (; i < n; i++) {
            res += d[first + i];
        }
        return res;
    }

    private static double twoDoubleLeaves(double[] d, int a) {
        int b = a + LEAF;
        double r0 = d[a];
        double r1 = d[a + 1];
        double r2 = d[a + 2];
        double r3 = d[a + 3];
        double r4 = d[a + 4];
        double r5 = d[a + 5];
        double r6 = d[a + 6];
        double r7 = d[a + 7];
        double s0 = d[b];
        double s1 = d[b + 1];
        double s2 = d[b + 2];
        double s3 = d[b + 3];
        double s4 = d[b + 4];
        double s5 = d[b + 5];
        double s6 = d[b + 6];
        double s7 = d[b + 7];
        for (int i = 8; i < LEAF; i += 8) {
            int k = a + i;
            int m = b + i;
            r0 += d[k];
            r1 += d[k + 1];
            r2 += d[k + 2];
            r3 += d[k + 3];
            r4 += d[k + 4];
            r5 += d[k + 5];
            r6 += d[k + 6];
            r7 += d[k + 7];
            s0 += d[m];
            s1 += d[m + 1];
            s2 += d[m + 2];
            s3 += d[m + 3];
            s4 += d[m + 4];
            s5 += d[m + 5];
            s6 += d[m + 6];
            s7 += d[m + 7];
        }
        return (((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)))
                + (((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7)));
    }
}
