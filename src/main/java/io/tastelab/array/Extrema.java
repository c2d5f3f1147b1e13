package io.tastelab.array;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * NumPy's {@code maximum} and {@code minimum} of float32 or float64 runs in explicit SIMD (the incubating Vector API),
 * straight over native memory: {@code x} where {@code x} is NaN or beyond {@code y}, else {@code y} (so a NaN on
 * either side wins, and ties give the second operand: {@code maximum(-0.0, 0.0)} is {@code 0.0}).
 *
 * <p>Why: ND4J's Max/Min kernels drop a NaN of their first operand, so every call also summed that operand to look
 * for NaNs, and an array against a constant first filled a whole array with it: {@code jnp.maximum(x, 0)} (the book's
 * relu) took 5–6 ms on 2048×2048 float32 against NumPy's 1.7. One pass here. Only when {@link Simd#ENABLED}.
 */
public final class Extrema {
    private static final VectorSpecies<Float> FLOATS = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_PREFERRED;
    private static final ByteOrder ORDER = ByteOrder.nativeOrder();
    /** Below this many elements the work stays on the calling thread. */
    private static final long PARALLEL_MIN = 1L << 17;

    private Extrema() {
    }

    /**
     * {@code maximum} (or {@code minimum}) of the {@code n} elements of {@code array} and one non-NaN {@code value},
     * the value as the first operand when {@code valueFirst}, into {@code out}. Float32 runs when {@code single}.
     */
    public static void withValue(boolean maximum, boolean single, MemorySegment array, double value,
            boolean valueFirst, MemorySegment out, long n) {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("a NaN value makes every element NaN: no kernel needed");
        }
        inParts(n, single, (from, count) -> {
            if (single) {
                floatsWithValue(maximum, array, (float) value, valueFirst, out, from, count);
            } else {
                doublesWithValue(maximum, array, value, valueFirst, out, from, count);
            }
        });
    }

    /** {@code maximum(x, y)} (or {@code minimum}) of two runs of {@code n} elements, into {@code out}. */
    public static void ofRuns(boolean maximum, boolean single, MemorySegment x, MemorySegment y, MemorySegment out,
            long n) {
        inParts(n, single, (from, count) -> {
            if (single) {
                floatRuns(maximum, x, y, out, from, count);
            } else {
                doubleRuns(maximum, x, y, out, from, count);
            }
        });
    }

    /** NumPy's rule for one pair ({@link Ops}'), exact for float32 values too. */
    private static double rule(boolean maximum, double x, double y) {
        return Ops.floatOp(maximum ? BinaryOp.MAXIMUM : BinaryOp.MINIMUM, x, y);
    }

    private static void inParts(long n, boolean single, KernelThreads.Range part) {
        KernelThreads.forEachRange(n, single ? FLOATS.length() : DOUBLES.length(), PARALLEL_MIN, part);
    }

    /*
     * The loops choose maximum or minimum, and which operand comes first, by masks made before the loop rather than
     * by branches around vector operations: a vector or mask that flows through a branch can end up on the heap.
     */

    /*
     * Float32 against a value (the book's relu, np.maximum(x, 0.5)): each element is replaced by the value where one
     * comparison says so, the comparison's operator a constant of its loop. With a non-NaN value, maximum keeps x
     * unless x <= value (x < value when ties keep x), minimum unless x >= value (x > value), written value <= x and
     * value < x; a NaN x compares false, so it stays. Measured on 2048×2048 float32, one thread, CPU time per call
     * into a reused output: 1.1 ms with the masks of the float64 loop below, NumPy's np.maximum(x, 0.5) 1.6 (it
     * allocates).
     */

    private static void floatsWithValue(boolean maximum, MemorySegment array, float value, boolean valueFirst,
            MemorySegment out, long from, long n) {
        long whole = from + n - n % FLOATS.length();
        // With the value first, ties give the array's element (the second operand); with the array first, the value.
        if (valueFirst) {
            floatsReplacedWhereLess(array, value, !maximum, out, from, whole);
        } else {
            floatsReplacedWhereLessEqual(array, value, !maximum, out, from, whole);
        }
        for (long i = whole; i < from + n; i++) {
            float v = array.getAtIndex(ValueLayout.JAVA_FLOAT, i);
            out.setAtIndex(ValueLayout.JAVA_FLOAT, i, valueFirst ? (float) rule(maximum, value, v)
                    : (float) rule(maximum, v, value));
        }
    }

    /** The value where x < value (where value < x when {@code swap}), else x. */
    private static void floatsReplacedWhereLess(MemorySegment array, float value, boolean swap, MemorySegment out,
            long from, long to) {
        FloatVector constant = FloatVector.broadcast(FLOATS, value);
        for (long i = from; i < to; i += FLOATS.length()) {
            FloatVector v = FloatVector.fromMemorySegment(FLOATS, array, i * Float.BYTES, ORDER);
            VectorMask<Float> replaced = swap ? constant.compare(VectorOperators.LT, v)
                    : v.compare(VectorOperators.LT, constant);
            v.blend(constant, replaced).intoMemorySegment(out, i * Float.BYTES, ORDER);
        }
    }

    /** The value where x <= value (where value <= x when {@code swap}), else x. */
    private static void floatsReplacedWhereLessEqual(MemorySegment array, float value, boolean swap,
            MemorySegment out, long from, long to) {
        FloatVector constant = FloatVector.broadcast(FLOATS, value);
        for (long i = from; i < to; i += FLOATS.length()) {
            FloatVector v = FloatVector.fromMemorySegment(FLOATS, array, i * Float.BYTES, ORDER);
            VectorMask<Float> replaced = swap ? constant.compare(VectorOperators.LE, v)
                    : v.compare(VectorOperators.LE, constant);
            v.blend(constant, replaced).intoMemorySegment(out, i * Float.BYTES, ORDER);
        }
    }

    private static void doublesWithValue(boolean maximum, MemorySegment array, double value, boolean valueFirst,
            MemorySegment out, long from, long n) {
        DoubleVector constant = DoubleVector.broadcast(DOUBLES, value);
        VectorMask<Double> wantsGreater = DOUBLES.maskAll(maximum);
        VectorMask<Double> wantsLess = DOUBLES.maskAll(!maximum);
        VectorMask<Double> keepsTies = DOUBLES.maskAll(valueFirst);
        long whole = n - n % DOUBLES.length();
        for (long i = from; i < from + whole; i += DOUBLES.length()) {
            DoubleVector v = DoubleVector.fromMemorySegment(DOUBLES, array, i * Double.BYTES, ORDER);
            VectorMask<Double> keep = v.test(VectorOperators.IS_NAN)
                    .or(v.compare(VectorOperators.GT, constant).and(wantsGreater))
                    .or(v.compare(VectorOperators.LT, constant).and(wantsLess))
                    .or(v.compare(VectorOperators.EQ, constant).and(keepsTies));
            constant.blend(v, keep).intoMemorySegment(out, i * Double.BYTES, ORDER);
        }
        for (long i = from + whole; i < from + n; i++) {
            double v = array.getAtIndex(ValueLayout.JAVA_DOUBLE, i);
            out.setAtIndex(ValueLayout.JAVA_DOUBLE, i, valueFirst ? rule(maximum, value, v) : rule(maximum, v, value));
        }
    }

    private static void floatRuns(boolean maximum, MemorySegment x, MemorySegment y, MemorySegment out, long from,
            long n) {
        VectorMask<Float> wantsGreater = FLOATS.maskAll(maximum);
        VectorMask<Float> wantsLess = FLOATS.maskAll(!maximum);
        long whole = n - n % FLOATS.length();
        for (long i = from; i < from + whole; i += FLOATS.length()) {
            FloatVector a = FloatVector.fromMemorySegment(FLOATS, x, i * Float.BYTES, ORDER);
            FloatVector b = FloatVector.fromMemorySegment(FLOATS, y, i * Float.BYTES, ORDER);
            VectorMask<Float> takeFirst = a.test(VectorOperators.IS_NAN)
                    .or(a.compare(VectorOperators.GT, b).and(wantsGreater))
                    .or(a.compare(VectorOperators.LT, b).and(wantsLess));
            b.blend(a, takeFirst).intoMemorySegment(out, i * Float.BYTES, ORDER);
        }
        for (long i = from + whole; i < from + n; i++) {
            out.setAtIndex(ValueLayout.JAVA_FLOAT, i, (float) rule(maximum, x.getAtIndex(ValueLayout.JAVA_FLOAT, i),
                    y.getAtIndex(ValueLayout.JAVA_FLOAT, i)));
        }
    }

    private static void doubleRuns(boolean maximum, MemorySegment x, MemorySegment y, MemorySegment out, long from,
            long n) {
        VectorMask<Double> wantsGreater = DOUBLES.maskAll(maximum);
        VectorMask<Double> wantsLess = DOUBLES.maskAll(!maximum);
        long whole = n - n % DOUBLES.length();
        for (long i = from; i < from + whole; i += DOUBLES.length()) {
            DoubleVector a = DoubleVector.fromMemorySegment(DOUBLES, x, i * Double.BYTES, ORDER);
            DoubleVector b = DoubleVector.fromMemorySegment(DOUBLES, y, i * Double.BYTES, ORDER);
            VectorMask<Double> takeFirst = a.test(VectorOperators.IS_NAN)
                    .or(a.compare(VectorOperators.GT, b).and(wantsGreater))
                    .or(a.compare(VectorOperators.LT, b).and(wantsLess));
            b.blend(a, takeFirst).intoMemorySegment(out, i * Double.BYTES, ORDER);
        }
        for (long i = from + whole; i < from + n; i++) {
            out.setAtIndex(ValueLayout.JAVA_DOUBLE, i, rule(maximum, x.getAtIndex(ValueLayout.JAVA_DOUBLE, i),
                    y.getAtIndex(ValueLayout.JAVA_DOUBLE, i)));
        }
    }
}
