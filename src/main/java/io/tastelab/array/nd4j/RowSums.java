package io.tastelab.array.nd4j;

import io.tastelab.array.KernelThreads;
import io.tastelab.array.Simd;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;

/**
 * Rows of a float32 or float64 buffer added into a row of results, as NumPy sums over an outer axis
 * ({@code x.sum(axis=0)} of a C-ordered matrix): each result takes its elements one by one in row order,
 * {@code acc[g] = (((acc[g] + r0[g]) + r1[g]) + ...)}, rounding after every step.
 *
 * <p>Bound by reading memory. Float32 runs {@link RowSumVectors}' SIMD loop straight from native memory where the
 * vector module is there ({@link Simd#ENABLED}). Otherwise: C2 does not vectorize loops over native memory, so rows
 * come to the heap by bulk copies first; two rows are copied and then added in one pass (one load and store of the results per two rows,
 * three rows of buffers still in the L1 cache), and large sums split their columns across the kernel threads, each
 * part adding into its own array. Measured on 2048×2048 float32 (2 cores, medians of 25 runs of 50): one row at a
 * time on one thread 0.87–0.96 ms, two rows at a time on two threads 0.71–0.79 ms, NumPy 0.5–1.05 in the same
 * minutes (the machine's load moves); four rows at a time was slower on one thread (1.1–1.2 ms) and not faster on two.
 * Which column goes to which thread does not change a result: every result is added in the same order. One copy
 * of the code per precision (as {@link PairwiseSum}), so that each adds in its own type without conversions.
 */
final class RowSums {
    /** Below this many elements the work stays on the calling thread. */
    private static final long PARALLEL_MIN = 1L << 18;
    /** Columns per part at least, and part boundaries on 64-byte lines (16 floats, 8 doubles are both whole lines). */
    private static final int PART_MIN_COLUMNS = 256;
    private static final int ALIGN = 16;

    private static final ThreadLocal<float[][]> FLOAT_ROWS = ThreadLocal.withInitial(() -> new float[2][0]);
    private static final ThreadLocal<double[][]> DOUBLE_ROWS = ThreadLocal.withInitial(() -> new double[2][0]);

    private RowSums() {
    }

    /** Adds {@code rows} rows of float32 elements, row i starting at element {@code first + i * step}, into acc. */
    static void addFloatRows(MemorySegment data, float[] acc, long first, long step, int rows) {
        int parts = parts(acc.length, rows);
        if (parts == 1) {
            addFloatColumns(data, acc, 0, acc.length, first, step, rows);
            return;
        }
        KernelThreads.forEachPart(parts, part -> addFloatColumns(data, acc, boundary(acc.length, parts, part),
                boundary(acc.length, parts, part + 1), first, step, rows));
    }

    /** Adds {@code rows} rows of float64 elements, row i starting at element {@code first + i * step}, into acc. */
    static void addDoubleRows(MemorySegment data, double[] acc, long first, long step, int rows) {
        int parts = parts(acc.length, rows);
        if (parts == 1) {
            addDoubleColumns(data, acc, 0, acc.length, first, step, rows);
            return;
        }
        KernelThreads.forEachPart(parts, part -> addDoubleColumns(data, acc, boundary(acc.length, parts, part),
                boundary(acc.length, parts, part + 1), first, step, rows));
    }

    private static int parts(int width, int rows) {
        if (KernelThreads.threads() == 1 || (long) width * rows < PARALLEL_MIN) {
            return 1;
        }
        return Math.max(1, Math.min(KernelThreads.threads(), width / PART_MIN_COLUMNS));
    }

    private static int boundary(int width, int parts, int part) {
        return part == parts ? width : (int) ((long) width * part / parts) / ALIGN * ALIGN;
    }

    private static void addFloatColumns(MemorySegment data, float[] acc, int from, int to, long first, long step,
            int rows) {
        int width = to - from;
        // A part adds into an array of its own, so that no two threads write to the same cache line meanwhile.
        float[] sums = Arrays.copyOfRange(acc, from, to);
        if (Simd.ENABLED) {
            RowSumVectors.addFloatRows(data, sums, first + from, step, rows);
            System.arraycopy(sums, 0, acc, from, width);
            return;
        }
        float[][] buffers = FLOAT_ROWS.get();
        if (buffers[0].length < width) {
            buffers = new float[][] {new float[width], new float[width]};
            FLOAT_ROWS.set(buffers);
        }
        float[] row0 = buffers[0];
        float[] row1 = buffers[1];
        long bytesPerStep = step * Float.BYTES;
        int i = 0;
        for (; i + 1 < rows; i += 2) {
            long at = (first + i * step + from) * Float.BYTES;
            MemorySegment.copy(data, ValueLayout.JAVA_FLOAT, at, row0, 0, width);
            MemorySegment.copy(data, ValueLayout.JAVA_FLOAT, at + bytesPerStep, row1, 0, width);
            addTwo(sums, row0, row1, width);
        }
        if (i < rows) {
            MemorySegment.copy(data, ValueLayout.JAVA_FLOAT, (first + i * step + from) * Float.BYTES, row0, 0, width);
            addOne(sums, row0, width);
        }
        System.arraycopy(sums, 0, acc, from, width);
    }

    private static void addDoubleColumns(MemorySegment data, double[] acc, int from, int to, long first, long step,
            int rows) {
        int width = to - from;
        double[] sums = Arrays.copyOfRange(acc, from, to);
        double[][] buffers = DOUBLE_ROWS.get();
        if (buffers[0].length < width) {
            buffers = new double[][] {new double[width], new double[width]};
            DOUBLE_ROWS.set(buffers);
        }
        double[] row0 = buffers[0];
        double[] row1 = buffers[1];
        long bytesPerStep = step * Double.BYTES;
        int i = 0;
        for (; i + 1 < rows; i += 2) {
            long at = (first + i * step + from) * Double.BYTES;
            MemorySegment.copy(data, ValueLayout.JAVA_DOUBLE, at, row0, 0, width);
            MemorySegment.copy(data, ValueLayout.JAVA_DOUBLE, at + bytesPerStep, row1, 0, width);
            addTwo(sums, row0, row1, width);
        }
        if (i < rows) {
            MemorySegment.copy(data, ValueLayout.JAVA_DOUBLE, (first + i * step + from) * Double.BYTES, row0, 0,
                    width);
            addOne(sums, row0, width);
        }
        System.arraycopy(sums, 0, acc, from, width);
    }

    // The loops are methods of their own: C2 vectorizes them there (measured: inlined into the row loop with an
    // offset into a larger buffer, the same addition ran four times slower).

    private static void addTwo(float[] sums, float[] row0, float[] row1, int width) {
        for (int g = 0; g < width; g++) {
            sums[g] = (sums[g] + row0[g]) + row1[g];
        }
    }

    private static void addOne(float[] sums, float[] row, int width) {
        for (int g = 0; g < width; g++) {
            sums[g] += row[g];
        }
    }

    private static void addTwo(double[] sums, double[] row0, double[] row1, int width) {
        for (int g = 0; g < width; g++) {
            sums[g] = (sums[g] + row0[g]) + row1[g];
        }
    }

    private static void addOne(double[] sums, double[] row, int width) {
        for (int g = 0; g < width; g++) {
            sums[g] += row[g];
        }
    }
}
