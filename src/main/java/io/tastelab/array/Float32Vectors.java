package io.tastelab.array;

import java.lang.foreign.MemorySegment;
import java.nio.ByteOrder;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * NumPy's and JAX's float32 log in explicit SIMD (the incubating Vector API), read from and written to native memory
 * in one pass: the same IEEE operations in the same order as {@link Float32Math}'s chunked form, so the same bits.
 *
 * <p>Why: C2 vectorizes no loop over native memory, so the chunked form copies 512 elements to the heap, runs its
 * passes there and copies them back; for arrays larger than the caches those copies stall on memory while no
 * arithmetic runs. Here each vector is loaded, computed and stored in one loop, as NumPy's own SIMD loop does, and
 * the processor overlaps the memory traffic with the arithmetic. Measured on 4M elements from and to memory, one
 * thread: jnp log 0.85 → 0.33 ns per element (NumPy's own log 0.38 in the same minutes).
 *
 * <p>Loaded only when the JVM runs with {@code --add-modules jdk.incubator.vector} (see {@link Float32Math}); vectors
 * holding a positive subnormal, and the last elements that do not fill a vector, take the chunked form.
 */
final class Float32Vectors {
    private static final VectorSpecies<Float> FLOATS = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Integer> INTS = IntVector.SPECIES_PREFERRED;
    private static final int LANES = FLOATS.length();
    private static final ByteOrder ORDER = ByteOrder.nativeOrder();

    private static final int MANTISSA_BITS = 0x7fffff;
    private static final int SMALLEST_NORMAL_BITS = 0x00800000;
    private static final int LARGEST_NORMAL_BITS = 0x7f7fffff;
    private static final int POSITIVE_INFINITY_BITS = 0x7f800000;

    private Float32Vectors() {
    }

    /**
     * {@code function} (LOG_NUMPY or LOG_JAX) of the {@code n} elements at element {@code from} of {@code source},
     * written from element {@code to} of {@code target}.
     */
    static void log(Float32Math.Function function, MemorySegment source, long from, MemorySegment target, long to,
            long n) {
        // One loop per function: with both behind one loop, C2 stopped inlining one polynomial, and its vectors went
        // through the heap (measured: np.log 12x slower once jnp.log had run).
        long whole = n - n % LANES;
        if (function == Float32Math.Function.LOG_JAX) {
            jaxLogs(source, from, target, to, whole);
        } else {
            numpyLogs(source, from, target, to, whole);
        }
        if (whole < n) {
            Float32Math.applyChunked(function, source, from + whole, target, to + whole, n - whole);
        }
    }

    private static void jaxLogs(MemorySegment source, long from, MemorySegment target, long to, long n) {
        for (long i = 0; i < n; i += LANES) {
            IntVector word = IntVector.fromMemorySegment(INTS, source, (from + i) * Float.BYTES, ORDER);
            IntVector doubled = doubled(word, Float32Math.XLA_MANTISSA_LIMIT);
            FloatVector result = jaxLog(reduced(word, doubled), exponent(word, doubled));
            VectorMask<Integer> special = special(word);
            if (special.anyTrue()) {
                if (hasPositiveSubnormal(word)) {
                    Float32Math.applyChunked(Float32Math.Function.LOG_JAX, source, from + i, target, to + i, LANES);
                    continue;
                }
                result = jaxSpecials(word, special, result);
            }
            result.intoMemorySegment(target, (to + i) * Float.BYTES, ORDER);
        }
    }

    private static void numpyLogs(MemorySegment source, long from, MemorySegment target, long to, long n) {
        for (long i = 0; i < n; i += LANES) {
            IntVector word = IntVector.fromMemorySegment(INTS, source, (from + i) * Float.BYTES, ORDER);
            IntVector doubled = doubled(word, Float32Math.NUMPY_MANTISSA_LIMIT);
            FloatVector result = numpyLog(reduced(word, doubled), exponent(word, doubled));
            VectorMask<Integer> special = special(word);
            if (special.anyTrue()) {
                if (hasPositiveSubnormal(word)) {
                    Float32Math.applyChunked(Float32Math.Function.LOG_NUMPY, source, from + i, target, to + i, LANES);
                    continue;
                }
                result = numpySpecials(word, special, result);
            }
            result.intoMemorySegment(target, (to + i) * Float.BYTES, ORDER);
        }
    }

    /** Lanes whose input is not a positive normal float (the chunked form's test). */
    private static VectorMask<Integer> special(IntVector word) {
        return word.sub(SMALLEST_NORMAL_BITS).or(word.neg().add(LARGEST_NORMAL_BITS)).compare(VectorOperators.LT, 0);
    }

    private static boolean hasPositiveSubnormal(IntVector word) {
        return word.compare(VectorOperators.GT, 0).and(word.compare(VectorOperators.LT, SMALLEST_NORMAL_BITS)).anyTrue();
    }

    /** 1 where the mantissa m in [0.5, 1) is doubled (its bits below {@code limit}), else 0. */
    private static IntVector doubled(IntVector word, int limit) {
        return word.and(MANTISSA_BITS).sub(limit).lanewise(VectorOperators.LSHR, 31);
    }

    /** t = m - 1 for the mantissa m, doubled where {@code doubled} says. */
    private static FloatVector reduced(IntVector word, IntVector doubled) {
        return word.and(MANTISSA_BITS).or(doubled.add(126).lanewise(VectorOperators.LSHL, 23))
                .reinterpretAsFloats()
                .sub(1f);
    }

    /** The exponent e with x = (1 + t) * 2^e, as a float. */
    private static FloatVector exponent(IntVector word, IntVector doubled) {
        return (FloatVector) word.lanewise(VectorOperators.LSHR, 23).sub(126).sub(doubled)
                .convert(VectorOperators.I2F, 0);
    }

    /** {@link Float32Math}'s {@code numpyLogOfSplit}, lane by lane. */
    private static FloatVector numpyLog(FloatVector y, FloatVector e) {
        FloatVector num = y.fma(Float32Math.LOG_P5, Float32Math.LOG_P4);
        num = num.fma(y, broadcast(Float32Math.LOG_P3));
        num = num.fma(y, broadcast(Float32Math.LOG_P2));
        num = num.fma(y, broadcast(Float32Math.LOG_P1));
        num = num.fma(y, broadcast(Float32Math.LOG_P0));
        FloatVector den = y.fma(Float32Math.LOG_Q5, Float32Math.LOG_Q4);
        den = den.fma(y, broadcast(Float32Math.LOG_Q3));
        den = den.fma(y, broadcast(Float32Math.LOG_Q2));
        den = den.fma(y, broadcast(Float32Math.LOG_Q1));
        den = den.fma(y, broadcast(Float32Math.LOG_Q0));
        return e.fma(broadcast(Float32Math.LOGE2), num.div(den));
    }

    /** {@link Float32Math}'s {@code jaxLogOfSplit}, lane by lane. */
    private static FloatVector jaxLog(FloatVector t, FloatVector e) {
        FloatVector t2 = t.mul(t);
        FloatVector t3 = t2.mul(t);
        FloatVector y0 = t.fma(Float32Math.CEPHES_LOG_P0, Float32Math.CEPHES_LOG_P1);
        FloatVector y1 = t.fma(Float32Math.CEPHES_LOG_P3, Float32Math.CEPHES_LOG_P4);
        FloatVector y2 = t.fma(Float32Math.CEPHES_LOG_P6, Float32Math.CEPHES_LOG_P7);
        y0 = y0.fma(t, broadcast(Float32Math.CEPHES_LOG_P2));
        y1 = y1.fma(t, broadcast(Float32Math.CEPHES_LOG_P5));
        y2 = y2.fma(t, broadcast(Float32Math.CEPHES_LOG_P8));
        y0 = y0.fma(t3, y1);
        y0 = y0.fma(t3, y2);
        FloatVector tail = y0.fma(t3, e.mul(Float32Math.CEPHES_LOG_Q1));
        FloatVector head = t2.fma(broadcast(-0.5f), t);
        return e.fma(broadcast(Float32Math.CEPHES_LOG_Q2), head.add(tail));
    }

    /** JAX's log of zeros (-inf), +inf (itself), negatives and NaNs (NaN). */
    private static FloatVector jaxSpecials(IntVector word, VectorMask<Integer> special, FloatVector result) {
        VectorMask<Integer> zero = word.and(0x7fffffff).compare(VectorOperators.EQ, 0);
        VectorMask<Integer> infinity = word.compare(VectorOperators.EQ, POSITIVE_INFINITY_BITS);
        return result
                .blend(Float.NaN, special.andNot(zero).andNot(infinity).cast(FLOATS))
                .blend(Float.NEGATIVE_INFINITY, zero.cast(FLOATS))
                .blend(Float.POSITIVE_INFINITY, infinity.cast(FLOATS));
    }

    /** NumPy's log of NaNs (NaN), negatives (-NaN), zeros (-inf) and +inf (itself). */
    private static FloatVector numpySpecials(IntVector word, VectorMask<Integer> special, FloatVector result) {
        IntVector magnitude = word.and(0x7fffffff);
        VectorMask<Integer> nan = magnitude.compare(VectorOperators.GT, POSITIVE_INFINITY_BITS);
        VectorMask<Integer> zero = magnitude.compare(VectorOperators.EQ, 0);
        VectorMask<Integer> infinity = word.compare(VectorOperators.EQ, POSITIVE_INFINITY_BITS);
        VectorMask<Integer> negative = special.andNot(nan).andNot(zero).andNot(infinity);
        return result
                .blend(Float.NaN, nan.cast(FLOATS))
                .blend(Float32Math.NEGATIVE_NAN, negative.cast(FLOATS))
                .blend(Float.NEGATIVE_INFINITY, zero.cast(FLOATS))
                .blend(Float.POSITIVE_INFINITY, infinity.cast(FLOATS));
    }

    private static FloatVector broadcast(float value) {
        return FloatVector.broadcast(FLOATS, value);
    }
}
