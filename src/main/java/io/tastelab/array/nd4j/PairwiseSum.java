package io.tastelab.array.nd4j;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import io.tastelab.array.KernelThreads;

/**
 * NumPy's pairwise summation ({@code numpy/_core/src/umath/loops_utils.h.src}) over a run of float32 or float64
 * elements in memory, in the elements' own precision: fewer than 8 one by one, up to 128 in eight interleaved
 * partial sums, longer runs split in two at a multiple of 8. One copy per precision, so that each adds in its
 * own type without boxing or conversions.
 *
 * <p>The two halves of the first split of a long run are summed on two threads: the tree of additions, and so
 * the result, stays NumPy's to the bit. (Copying subtrees into heap arrays first, where C2 compiles the loop
 * better, was measured slower: the copy costs as much as it saves, the sum being bound by memory.)
 */
final class PairwiseSum {
    /** Runs this long have their first split's halves summed on two threads. */
    private static final long PARALLEL_MIN = 1L << 17;
    private static final boolean PARALLEL = KernelThreads.threads() > 1;

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
        if (n < 8) {
            float res = 0f;
            for (long i = 0; i < n; i++) {
                res += s.getAtIndex(ValueLayout.JAVA_FLOAT, first + i);
            }
            return res;
        }
        if (n <= 128) {
            float r0 = s.getAtIndex(ValueLayout.JAVA_FLOAT, first);
            float r1 = s.getAtIndex(ValueLayout.JAVA_FLOAT, first + 1);
            float r2 = s.getAtIndex(ValueLayout.JAVA_FLOAT, first + 2);
            float r3 = s.getAtIndex(ValueLayout.JAVA_FLOAT, first + 3);
            float r4 = s.getAtIndex(ValueLayout.JAVA_FLOAT, first + 4);
            float r5 = s.getAtIndex(ValueLayout.JAVA_FLOAT, first + 5);
            float r6 = s.getAtIndex(ValueLayout.JAVA_FLOAT, first + 6);
            float r7 = s.getAtIndex(ValueLayout.JAVA_FLOAT, first + 7);
            long i = 8;
            for (; i < n - (n % 8); i += 8) {
                long k = first + i;
                r0 += s.getAtIndex(ValueLayout.JAVA_FLOAT, k);
                r1 += s.getAtIndex(ValueLayout.JAVA_FLOAT, k + 1);
                r2 += s.getAtIndex(ValueLayout.JAVA_FLOAT, k + 2);
                r3 += s.getAtIndex(ValueLayout.JAVA_FLOAT, k + 3);
                r4 += s.getAtIndex(ValueLayout.JAVA_FLOAT, k + 4);
                r5 += s.getAtIndex(ValueLayout.JAVA_FLOAT, k + 5);
                r6 += s.getAtIndex(ValueLayout.JAVA_FLOAT, k + 6);
                r7 += s.getAtIndex(ValueLayout.JAVA_FLOAT, k + 7);
            }
            float res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
            for (; i < n; i++) {
                res += s.getAtIndex(ValueLayout.JAVA_FLOAT, first + i);
            }
            return res;
        }
        long half = n / 2;
        half -= half % 8;
        return floats(s, first, half) + floats(s, first + half, n - half);
    }

    private static double doubles(MemorySegment s, long first, long n) {
        if (n < 8) {
            double res = 0;
            for (long i = 0; i < n; i++) {
                res += s.getAtIndex(ValueLayout.JAVA_DOUBLE, first + i);
            }
            return res;
        }
        if (n <= 128) {
            double r0 = s.getAtIndex(ValueLayout.JAVA_DOUBLE, first);
            double r1 = s.getAtIndex(ValueLayout.JAVA_DOUBLE, first + 1);
            double r2 = s.getAtIndex(ValueLayout.JAVA_DOUBLE, first + 2);
            double r3 = s.getAtIndex(ValueLayout.JAVA_DOUBLE, first + 3);
            double r4 = s.getAtIndex(ValueLayout.JAVA_DOUBLE, first + 4);
            double r5 = s.getAtIndex(ValueLayout.JAVA_DOUBLE, first + 5);
            double r6 = s.getAtIndex(ValueLayout.JAVA_DOUBLE, first + 6);
            double r7 = s.getAtIndex(ValueLayout.JAVA_DOUBLE, first + 7);
            long i = 8;
            for (; i < n - (n % 8); i += 8) {
                long k = first + i;
                r0 += s.getAtIndex(ValueLayout.JAVA_DOUBLE, k);
                r1 += s.getAtIndex(ValueLayout.JAVA_DOUBLE, k + 1);
                r2 += s.getAtIndex(ValueLayout.JAVA_DOUBLE, k + 2);
                r3 += s.getAtIndex(ValueLayout.JAVA_DOUBLE, k + 3);
                r4 += s.getAtIndex(ValueLayout.JAVA_DOUBLE, k + 4);
                r5 += s.getAtIndex(ValueLayout.JAVA_DOUBLE, k + 5);
                r6 += s.getAtIndex(ValueLayout.JAVA_DOUBLE, k + 6);
                r7 += s.getAtIndex(ValueLayout.JAVA_DOUBLE, k + 7);
            }
            double res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
            for (; i < n; i++) {
                res += s.getAtIndex(ValueLayout.JAVA_DOUBLE, first + i);
            }
            return res;
        }
        long half = n / 2;
        half -= half % 8;
        return doubles(s, first, half) + doubles(s, first + half, n - half);
    }
}
