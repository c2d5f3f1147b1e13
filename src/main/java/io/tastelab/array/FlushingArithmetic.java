package io.tastelab.array;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * jnp's float32 {@code + - * /} of two runs, of a run and a value, or of a run of rows and one row or one column
 * broadcast along them, with XLA's flush to zero on the CPU: each result is computed and, where it is subnormal,
 * replaced by a zero of its sign (itself times 0) in the same register, before it is stored, in explicit SIMD (the
 * incubating Vector API) straight over native memory. The operands come already flushed ({@link Subnormals#operand}).
 *
 * <p>Why not ND4J's kernel and then a scan for subnormals: these ops are bound by memory, and a second pass over a
 * 2048×2048 result read it all again (measured: the scan alone 0.9 ms against 1–1.3 ms for the add on the loaded
 * machine). Here the flush costs three lane operations per vector and no memory traffic. IEEE's {@code + - * /} are
 * correctly rounded, so the results are ND4J's (and NumPy's) bits before the flush. Only when {@link Simd#ENABLED}.
 *
 * <p>Each loop is written out with its operator and the flush inline, in float lanes only (as {@link Extrema}'s
 * loops): a first form flushed through the int bits (reinterpret, and, compare, blend), and in the playground's
 * process, not in a bench of the kernel alone, those int operations ran as the Vector API's Java fallback.
 */
public final class FlushingArithmetic {
    private static final VectorSpecies<Float> FLOATS = FloatVector.SPECIES_PREFERRED;
    private static final int LANES = FLOATS.length();
    private static final ByteOrder ORDER = ByteOrder.nativeOrder();
    private static final int VECTOR_BYTES = FLOATS.vectorByteSize();
    private static final long PARALLEL_MIN = 1L << 17;
    /** Rows shorter than this are broadcast by ND4J and scanned after: a call per row would cost more. */
    private static final long MIN_ROW = 256;

    private FlushingArithmetic() {
    }

    /** Whether {@code op} has a form here. */
    public static boolean supports(BinaryOp op) {
        return op == BinaryOp.ADD || op == BinaryOp.SUBTRACT || op == BinaryOp.MULTIPLY || op == BinaryOp.DIVIDE;
    }

    /** {@code x op y} for two float32 runs of {@code n} elements, into {@code out}. */
    public static void ofRuns(BinaryOp op, MemorySegment x, MemorySegment y, MemorySegment out, long n) {
        KernelThreads.forEachRange(n, LANES, PARALLEL_MIN,
                (from, count) -> runs(op, x, from, y, from, out, from, count));
    }

    /** {@code x op value} (or {@code value op x} when {@code valueFirst}) for a float32 run of {@code n} elements. */
    public static void withValue(BinaryOp op, MemorySegment x, float value, boolean valueFirst, MemorySegment out,
            long n) {
        KernelThreads.forEachRange(n, LANES, PARALLEL_MIN,
                (from, count) -> valueRun(op, x, from, value, valueFirst, out, from, count));
    }

    /** Whether a broadcast over rows of {@code columns} elements is worth a call per row here. */
    public static boolean rowsLongEnough(long columns) {
        return columns >= MIN_ROW;
    }

    /**
     * {@code x op row} (or {@code row op x} when {@code rowFirst}) for a float32 run {@code x} of {@code rows} rows of
     * {@code columns} elements and one row broadcast along them ({@code x * x[0]}), into {@code out}.
     */
    public static void withRow(BinaryOp op, MemorySegment x, MemorySegment row, boolean rowFirst, MemorySegment out,
            long rows, long columns) {
        KernelThreads.forEachRange(rows, 1, Math.max(1, PARALLEL_MIN / columns), (first, count) -> {
            for (long r = first; r < first + count; r++) {
                long at = r * columns;
                if (rowFirst) {
                    runs(op, row, 0, x, at, out, at, columns);
                } else {
                    runs(op, x, at, row, 0, out, at, columns);
                }
            }
        });
    }

    /**
     * {@code x op column} (or {@code column op x} when {@code columnFirst}) for a float32 run {@code x} of
     * {@code rows} rows of {@code columns} elements and a column of {@code rows} values, one per row, broadcast along
     * each row ({@code x + x[:, :1]}), into {@code out}.
     */
    public static void withColumn(BinaryOp op, MemorySegment x, MemorySegment column, boolean columnFirst,
            MemorySegment out, long rows, long columns) {
        KernelThreads.forEachRange(rows, 1, Math.max(1, PARALLEL_MIN / columns), (first, count) -> {
            for (long r = first; r < first + count; r++) {
                float value = column.getAtIndex(ValueLayout.JAVA_FLOAT, r);
                valueRun(op, x, r * columns, value, columnFirst, out, r * columns, columns);
            }
        });
    }

    /** {@code n} elements from {@code xFrom} and {@code yFrom} of two runs, into {@code out} from {@code outFrom}. */
    private static void runs(BinaryOp op, MemorySegment x, long xFrom, MemorySegment y, long yFrom,
            MemorySegment out, long outFrom, long n) {
        long whole = n - n % LANES;
        long xAt = xFrom * Float.BYTES;
        long yAt = yFrom * Float.BYTES;
        long outAt = outFrom * Float.BYTES;
        long bytes = whole * Float.BYTES;
        switch (op) {
            case ADD -> {
                for (long b = 0; b < bytes; b += VECTOR_BYTES) {
                    FloatVector r = FloatVector.fromMemorySegment(FLOATS, x, xAt + b, ORDER)
                            .add(FloatVector.fromMemorySegment(FLOATS, y, yAt + b, ORDER));
                    r.blend(r.mul(0f), r.abs().compare(VectorOperators.LT, Float.MIN_NORMAL))
                            .intoMemorySegment(out, outAt + b, ORDER);
                }
            }
            case SUBTRACT -> {
                for (long b = 0; b < bytes; b += VECTOR_BYTES) {
                    FloatVector r = FloatVector.fromMemorySegment(FLOATS, x, xAt + b, ORDER)
                            .sub(FloatVector.fromMemorySegment(FLOATS, y, yAt + b, ORDER));
                    r.blend(r.mul(0f), r.abs().compare(VectorOperators.LT, Float.MIN_NORMAL))
                            .intoMemorySegment(out, outAt + b, ORDER);
                }
            }
            case MULTIPLY -> {
                for (long b = 0; b < bytes; b += VECTOR_BYTES) {
                    FloatVector r = FloatVector.fromMemorySegment(FLOATS, x, xAt + b, ORDER)
                            .mul(FloatVector.fromMemorySegment(FLOATS, y, yAt + b, ORDER));
                    r.blend(r.mul(0f), r.abs().compare(VectorOperators.LT, Float.MIN_NORMAL))
                            .intoMemorySegment(out, outAt + b, ORDER);
                }
            }
            case DIVIDE -> {
                for (long b = 0; b < bytes; b += VECTOR_BYTES) {
                    FloatVector r = FloatVector.fromMemorySegment(FLOATS, x, xAt + b, ORDER)
                            .div(FloatVector.fromMemorySegment(FLOATS, y, yAt + b, ORDER));
                    r.blend(r.mul(0f), r.abs().compare(VectorOperators.LT, Float.MIN_NORMAL))
                            .intoMemorySegment(out, outAt + b, ORDER);
                }
            }
            default -> throw new IllegalArgumentException(op + " has no flushing form");
        }
        for (long i = whole; i < n; i++) {
            out.setAtIndex(ValueLayout.JAVA_FLOAT, outFrom + i, scalar(op,
                    x.getAtIndex(ValueLayout.JAVA_FLOAT, xFrom + i), y.getAtIndex(ValueLayout.JAVA_FLOAT, yFrom + i)));
        }
    }

    /** {@code n} elements from {@code xFrom} of a run with one value, into {@code out} from {@code outFrom}. */
    private static void valueRun(BinaryOp op, MemorySegment x, long xFrom, float value, boolean valueFirst,
            MemorySegment out, long outFrom, long n) {
        FloatVector v = FloatVector.broadcast(FLOATS, value);
        long whole = n - n % LANES;
        long xAt = xFrom * Float.BYTES;
        long outAt = outFrom * Float.BYTES;
        long bytes = whole * Float.BYTES;
        switch (op) {
            case ADD -> {
                for (long b = 0; b < bytes; b += VECTOR_BYTES) {
                    FloatVector r = FloatVector.fromMemorySegment(FLOATS, x, xAt + b, ORDER).add(v);
                    r.blend(r.mul(0f), r.abs().compare(VectorOperators.LT, Float.MIN_NORMAL))
                            .intoMemorySegment(out, outAt + b, ORDER);
                }
            }
            case MULTIPLY -> {
                for (long b = 0; b < bytes; b += VECTOR_BYTES) {
                    FloatVector r = FloatVector.fromMemorySegment(FLOATS, x, xAt + b, ORDER).mul(v);
                    r.blend(r.mul(0f), r.abs().compare(VectorOperators.LT, Float.MIN_NORMAL))
                            .intoMemorySegment(out, outAt + b, ORDER);
                }
            }
            case SUBTRACT -> {
                if (valueFirst) {
                    for (long b = 0; b < bytes; b += VECTOR_BYTES) {
                        FloatVector r = v.sub(FloatVector.fromMemorySegment(FLOATS, x, xAt + b, ORDER));
                        r.blend(r.mul(0f), r.abs().compare(VectorOperators.LT, Float.MIN_NORMAL))
                                .intoMemorySegment(out, outAt + b, ORDER);
                    }
                } else {
                    for (long b = 0; b < bytes; b += VECTOR_BYTES) {
                        FloatVector r = FloatVector.fromMemorySegment(FLOATS, x, xAt + b, ORDER).sub(v);
                        r.blend(r.mul(0f), r.abs().compare(VectorOperators.LT, Float.MIN_NORMAL))
                                .intoMemorySegment(out, outAt + b, ORDER);
                    }
                }
            }
            case DIVIDE -> {
                if (valueFirst) {
                    for (long b = 0; b < bytes; b += VECTOR_BYTES) {
                        FloatVector r = v.div(FloatVector.fromMemorySegment(FLOATS, x, xAt + b, ORDER));
                        r.blend(r.mul(0f), r.abs().compare(VectorOperators.LT, Float.MIN_NORMAL))
                                .intoMemorySegment(out, outAt + b, ORDER);
                    }
                } else {
                    for (long b = 0; b < bytes; b += VECTOR_BYTES) {
                        FloatVector r = FloatVector.fromMemorySegment(FLOATS, x, xAt + b, ORDER).div(v);
                        r.blend(r.mul(0f), r.abs().compare(VectorOperators.LT, Float.MIN_NORMAL))
                                .intoMemorySegment(out, outAt + b, ORDER);
                    }
                }
            }
            default -> throw new IllegalArgumentException(op + " has no flushing form");
        }
        for (long i = whole; i < n; i++) {
            float e = x.getAtIndex(ValueLayout.JAVA_FLOAT, xFrom + i);
            out.setAtIndex(ValueLayout.JAVA_FLOAT, outFrom + i,
                    valueFirst ? scalar(op, value, e) : scalar(op, e, value));
        }
    }

    private static float scalar(BinaryOp op, float a, float b) {
        float r = switch (op) {
            case ADD -> a + b;
            case SUBTRACT -> a - b;
            case MULTIPLY -> a * b;
            case DIVIDE -> a / b;
            default -> throw new IllegalArgumentException(op + " has no flushing form");
        };
        return Subnormals.isSubnormal(r) ? Math.copySign(0f, r) : r;
    }
}
