package io.tastelab.array;

import java.lang.foreign.MemorySegment;
import java.nio.ByteOrder;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The six comparisons of float32 or float64 runs into bool runs (one byte per element, 0 or 1), in explicit SIMD (the
 * incubating Vector API) straight over native memory; IEEE's answers, as NumPy's (a NaN compares unequal to
 * everything). Why: ND4J's kernels, two halves at once, took 0.37–0.63 ms for {@code x < 0.5} on 2048×2048 float32,
 * about NumPy's time, so a busy second core put the ratio at 1.3–1.6; one pass here, 0.26–0.38 ms on two threads.
 * Only when {@link Simd#ENABLED} and {@link #supports} the dtype.
 */
public final class Comparisons {
    private static final VectorSpecies<Float> FLOATS = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_PREFERRED;
    /** Bytes with as many lanes as the float (double) species: the shape of one vector of bools. */
    private static final VectorSpecies<Byte> FLOAT_BOOLS = boolSpecies(FLOATS.length());
    private static final VectorSpecies<Byte> DOUBLE_BOOLS = boolSpecies(DOUBLES.length());
    private static final ByteOrder ORDER = ByteOrder.nativeOrder();
    private static final long PARALLEL_MIN = 1L << 17;

    private Comparisons() {
    }

    private static VectorSpecies<Byte> boolSpecies(int lanes) {
        // No vector shape is narrower than 64 bits: fewer than 8 lanes have no byte species.
        return lanes < 8 ? null : VectorSpecies.of(byte.class, VectorShape.forBitSize(lanes * Byte.SIZE));
    }

    /** Whether runs of this precision have a SIMD form here. */
    public static boolean supports(boolean single) {
        return (single ? FLOAT_BOOLS : DOUBLE_BOOLS) != null;
    }

    /** {@code x op value} ({@code op} one of the six comparisons) for the {@code n} elements of {@code x}, into the bools of {@code out}. */
    public static void withValue(BinaryOp op, boolean single, MemorySegment x, double value, MemorySegment out, long n) {
        inParts(n, single, (from, count) -> {
            if (single) {
                floats(op, x, null, (float) value, out, from, count);
            } else {
                doubles(op, x, null, value, out, from, count);
            }
        });
    }

    /** {@code x op y} for two runs of {@code n} elements, into the bools of {@code out}. */
    public static void ofRuns(BinaryOp op, boolean single, MemorySegment x, MemorySegment y, MemorySegment out, long n) {
        inParts(n, single, (from, count) -> {
            if (single) {
                floats(op, x, y, 0f, out, from, count);
            } else {
                doubles(op, x, y, 0.0, out, from, count);
            }
        });
    }

    private static void inParts(long n, boolean single, KernelThreads.Range part) {
        if (!supports(single)) {
            throw new IllegalStateException("no SIMD comparison for this precision: ask supports() first");
        }
        KernelThreads.forEachRange(n, single ? FLOATS.length() : DOUBLES.length(), PARALLEL_MIN, part);
    }

    /*
     * Float32 (the playground's usual dtype): one loop per comparison operator, each with its operator as a constant
     * (the Vector API compiles an operator to SIMD only when it is one); > and >= are < and <= with the operands
     * swapped, exact for every IEEE value. Measured on 2048×2048 float32, one thread, CPU time per x < 0.5: this form
     * 0.48–0.55 ms, the masks-combined form of the float64 loop below about 1.0–1.3 ms, NumPy 0.46–0.51.
     */

    /** {@code x op y}, or {@code x op value} when {@code y} is null. */
    private static void floats(BinaryOp op, MemorySegment x, MemorySegment y, float value, MemorySegment out, long from,
            long n) {
        long whole = from + n - n % FLOATS.length();
        boolean swap = op == BinaryOp.GREATER || op == BinaryOp.GREATER_EQUAL;
        switch (op) {
            case LESS, GREATER -> floatsLess(x, y, value, swap, out, from, whole);
            case LESS_EQUAL, GREATER_EQUAL -> floatsLessEqual(x, y, value, swap, out, from, whole);
            case EQUAL -> floatsEqual(x, y, value, out, from, whole);
            case NOT_EQUAL -> floatsNotEqual(x, y, value, out, from, whole);
            default -> throw new IllegalArgumentException(op + " is not a comparison");
        }
        for (long i = whole; i < from + n; i++) {
            float a = x.getAtIndex(java.lang.foreign.ValueLayout.JAVA_FLOAT, i);
            float b = y == null ? value : y.getAtIndex(java.lang.foreign.ValueLayout.JAVA_FLOAT, i);
            out.set(java.lang.foreign.ValueLayout.JAVA_BYTE, i, (byte) (Ops.compareDouble(op, a, b) ? 1 : 0));
        }
    }

    private static FloatVector floatsAt(MemorySegment run, long i) {
        return FloatVector.fromMemorySegment(FLOATS, run, i * Float.BYTES, ORDER);
    }

    private static void bools(VectorMask<Float> result, MemorySegment out, long i) {
        ByteVector.zero(FLOAT_BOOLS).blend((byte) 1, result.cast(FLOAT_BOOLS)).intoMemorySegment(out, i, ORDER);
    }

    private static void floatsLess(MemorySegment x, MemorySegment y, float value, boolean swap, MemorySegment out,
            long from, long to) {
        FloatVector constant = FloatVector.broadcast(FLOATS, value);
        for (long i = from; i < to; i += FLOATS.length()) {
            FloatVector a = floatsAt(x, i);
            FloatVector b = y == null ? constant : floatsAt(y, i);
            bools(swap ? b.compare(VectorOperators.LT, a) : a.compare(VectorOperators.LT, b), out, i);
        }
    }

    private static void floatsLessEqual(MemorySegment x, MemorySegment y, float value, boolean swap,
            MemorySegment out, long from, long to) {
        FloatVector constant = FloatVector.broadcast(FLOATS, value);
        for (long i = from; i < to; i += FLOATS.length()) {
            FloatVector a = floatsAt(x, i);
            FloatVector b = y == null ? constant : floatsAt(y, i);
            bools(swap ? b.compare(VectorOperators.LE, a) : a.compare(VectorOperators.LE, b), out, i);
        }
    }

    private static void floatsEqual(MemorySegment x, MemorySegment y, float value, MemorySegment out, long from,
            long to) {
        FloatVector constant = FloatVector.broadcast(FLOATS, value);
        for (long i = from; i < to; i += FLOATS.length()) {
            bools(floatsAt(x, i).compare(VectorOperators.EQ, y == null ? constant : floatsAt(y, i)), out, i);
        }
    }

    private static void floatsNotEqual(MemorySegment x, MemorySegment y, float value, MemorySegment out, long from,
            long to) {
        FloatVector constant = FloatVector.broadcast(FLOATS, value);
        for (long i = from; i < to; i += FLOATS.length()) {
            bools(floatsAt(x, i).compare(VectorOperators.NE, y == null ? constant : floatsAt(y, i)), out, i);
        }
    }

    /*
     * Float64: which comparison is chosen by masks made before the loop (three compares per vector, combined).
     */

    private static void doubles(BinaryOp op, MemorySegment x, MemorySegment y, double value, MemorySegment out, long from,
            long n) {
        VectorMask<Double> wantsLess = DOUBLES.maskAll(op == BinaryOp.LESS || op == BinaryOp.LESS_EQUAL);
        VectorMask<Double> wantsEqual = DOUBLES.maskAll(op != BinaryOp.LESS && op != BinaryOp.GREATER);
        VectorMask<Double> wantsGreater = DOUBLES.maskAll(op == BinaryOp.GREATER || op == BinaryOp.GREATER_EQUAL);
        VectorMask<Double> negated = DOUBLES.maskAll(op == BinaryOp.NOT_EQUAL);
        DoubleVector constant = DoubleVector.broadcast(DOUBLES, value);
        ByteVector ones = ByteVector.broadcast(DOUBLE_BOOLS, (byte) 1);
        ByteVector zeros = ByteVector.zero(DOUBLE_BOOLS);
        long whole = n - n % DOUBLES.length();
        for (long i = from; i < from + whole; i += DOUBLES.length()) {
            DoubleVector a = DoubleVector.fromMemorySegment(DOUBLES, x, i * Double.BYTES, ORDER);
            DoubleVector b = y == null ? constant
                    : DoubleVector.fromMemorySegment(DOUBLES, y, i * Double.BYTES, ORDER);
            VectorMask<Double> result = a.compare(VectorOperators.LT, b).and(wantsLess)
                    .or(a.compare(VectorOperators.EQ, b).and(wantsEqual))
                    .or(a.compare(VectorOperators.GT, b).and(wantsGreater))
                    .xor(negated);
            zeros.blend(ones, result.cast(DOUBLE_BOOLS)).intoMemorySegment(out, i, ORDER);
        }
        for (long i = from + whole; i < from + n; i++) {
            double a = x.getAtIndex(java.lang.foreign.ValueLayout.JAVA_DOUBLE, i);
            double b = y == null ? value : y.getAtIndex(java.lang.foreign.ValueLayout.JAVA_DOUBLE, i);
            out.set(java.lang.foreign.ValueLayout.JAVA_BYTE, i, (byte) (Ops.compareDouble(op, a, b) ? 1 : 0));
        }
    }
}
