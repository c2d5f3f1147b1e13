package io.tastelab.array;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * NumPy's and JAX's float32 exp and log, and JAX's tanh, in explicit SIMD (the incubating Vector API), read from and written to
 * native memory in one pass: the same IEEE operations in the same order as {@link Float32Math}'s chunked form, so
 * the same bits.
 *
 * <p>Why: C2 vectorizes no loop over native memory, so the chunked form copies 512 elements to the heap, runs its
 * passes there and copies them back; for arrays larger than the caches those copies stall on memory while no
 * arithmetic runs. Here each vector is loaded, computed and stored in one loop, as NumPy's own SIMD loop does, and
 * the processor overlaps the memory traffic with the arithmetic. Measured on 4M elements from and to memory, one
 * thread: jnp log 0.85 → 0.33 ns per element (NumPy's own log 0.38 in the same minutes).
 *
 * <p>Loaded only when the JVM has the vector module (see {@link Simd}).
 * The last elements that do not fill a vector, and log's vectors holding a positive subnormal, take the chunked
 * form; JAX's exp of inputs beyond its vector range takes its scalar form lane by lane, as the chunked form does.
 */
final class Float32Vectors {
    private static final VectorSpecies<Float> FLOATS = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Integer> INTS = IntVector.SPECIES_PREFERRED;
    private static final int LANES = FLOATS.length();
    private static final ByteOrder ORDER = ByteOrder.nativeOrder();

    private static final int MANTISSA_BITS = 0x7fffff;
    private static final int MAGNITUDE_BITS = 0x7fffffff;
    private static final int SMALLEST_NORMAL_BITS = 0x00800000;
    private static final int LARGEST_NORMAL_BITS = 0x7f7fffff;
    private static final int POSITIVE_INFINITY_BITS = 0x7f800000;
    /**
     * 1.5 * 2^23: an integer k with |k| < 2^22 is the float with bits {@code RINT_MAGIC_BITS + k} minus RINT_MAGIC, and
     * back. Conversions between lanes of ints and floats this way, not with {@code convert}: with both directions
     * used, C2 stopped intrinsifying {@code convert} and its vectors went through the heap (measured: jnp.log 0.7 ms
     * alone, 2.8-3.1 ms once the exps had run).
     */
    private static final int RINT_MAGIC_BITS = Float.floatToRawIntBits(Float32Math.RINT_MAGIC);

    private static final FloatVector LN2_HIGH = FloatVector.broadcast(FLOATS, Float32Math.LN2_HIGH);
    private static final FloatVector LN2_LOW = FloatVector.broadcast(FLOATS, Float32Math.LN2_LOW);
    private static final FloatVector EXP_P0 = FloatVector.broadcast(FLOATS, Float32Math.EXP_P0);
    private static final FloatVector EXP_P1 = FloatVector.broadcast(FLOATS, Float32Math.EXP_P1);
    private static final FloatVector EXP_P2 = FloatVector.broadcast(FLOATS, Float32Math.EXP_P2);
    private static final FloatVector EXP_P3 = FloatVector.broadcast(FLOATS, Float32Math.EXP_P3);
    private static final FloatVector EXP_Q0 = FloatVector.broadcast(FLOATS, Float32Math.EXP_Q0);
    private static final FloatVector CEPHES_EXP_P2 = FloatVector.broadcast(FLOATS, Float32Math.CEPHES_EXP_P2);
    private static final FloatVector CEPHES_EXP_P3 = FloatVector.broadcast(FLOATS, Float32Math.CEPHES_EXP_P3);
    private static final FloatVector CEPHES_EXP_P4 = FloatVector.broadcast(FLOATS, Float32Math.CEPHES_EXP_P4);
    private static final FloatVector CEPHES_EXP_P5 = FloatVector.broadcast(FLOATS, Float32Math.CEPHES_EXP_P5);
    private static final FloatVector LOGE2 = FloatVector.broadcast(FLOATS, Float32Math.LOGE2);
    private static final FloatVector LOG_P0 = FloatVector.broadcast(FLOATS, Float32Math.LOG_P0);
    private static final FloatVector LOG_P1 = FloatVector.broadcast(FLOATS, Float32Math.LOG_P1);
    private static final FloatVector LOG_P2 = FloatVector.broadcast(FLOATS, Float32Math.LOG_P2);
    private static final FloatVector LOG_P3 = FloatVector.broadcast(FLOATS, Float32Math.LOG_P3);
    private static final FloatVector LOG_Q0 = FloatVector.broadcast(FLOATS, Float32Math.LOG_Q0);
    private static final FloatVector LOG_Q1 = FloatVector.broadcast(FLOATS, Float32Math.LOG_Q1);
    private static final FloatVector LOG_Q2 = FloatVector.broadcast(FLOATS, Float32Math.LOG_Q2);
    private static final FloatVector LOG_Q3 = FloatVector.broadcast(FLOATS, Float32Math.LOG_Q3);
    private static final FloatVector CEPHES_LOG_P2 = FloatVector.broadcast(FLOATS, Float32Math.CEPHES_LOG_P2);
    private static final FloatVector CEPHES_LOG_P5 = FloatVector.broadcast(FLOATS, Float32Math.CEPHES_LOG_P5);
    private static final FloatVector CEPHES_LOG_P8 = FloatVector.broadcast(FLOATS, Float32Math.CEPHES_LOG_P8);
    private static final FloatVector CEPHES_LOG_Q2 = FloatVector.broadcast(FLOATS, Float32Math.CEPHES_LOG_Q2);
    private static final FloatVector TANH_A9 = FloatVector.broadcast(FLOATS, Float32Math.XLA_TANH_A9);
    private static final FloatVector TANH_A7 = FloatVector.broadcast(FLOATS, Float32Math.XLA_TANH_A7);
    private static final FloatVector TANH_A5 = FloatVector.broadcast(FLOATS, Float32Math.XLA_TANH_A5);
    private static final FloatVector TANH_A3 = FloatVector.broadcast(FLOATS, Float32Math.XLA_TANH_A3);
    private static final FloatVector TANH_A1 = FloatVector.broadcast(FLOATS, Float32Math.XLA_TANH_A1);
    private static final FloatVector TANH_B2 = FloatVector.broadcast(FLOATS, Float32Math.XLA_TANH_B2);
    private static final FloatVector TANH_B0 = FloatVector.broadcast(FLOATS, Float32Math.XLA_TANH_B0);
    private static final FloatVector MINUS_HALF = FloatVector.broadcast(FLOATS, -0.5f);

    private Float32Vectors() {
    }

    /**
     * {@code function} (any but SQRT) of the {@code n} elements at element {@code from} of {@code source}, written
     * from element {@code to} of {@code target}.
     */
    static void apply(Float32Math.Function function, MemorySegment source, long from, MemorySegment target, long to,
            long n) {
        long whole = n - n % LANES;
        switch (function) {
            case EXP_NUMPY -> numpyExps(source, from, target, to, whole);
            case EXP_JAX -> jaxExps(source, from, target, to, whole);
            case LOG_NUMPY -> numpyLogs(source, from, target, to, whole);
            case LOG_JAX -> jaxLogs(source, from, target, to, whole);
            case TANH_JAX -> jaxTanhs(source, from, target, to, whole);
            case SQRT -> throw new IllegalArgumentException("sqrt has no SIMD form here");
        }
        if (whole < n) {
            Float32Math.applyChunked(function, source, from + whole, target, to + whole, n - whole);
        }
    }

    /** One function's loop over whole vectors. */
    @FunctionalInterface
    private interface Loop {
        void run(MemorySegment source, long from, MemorySegment target, long to, long n);
    }

    /*
     * Each loop is reached through an interface call rather than a switch: C2 inlined every loop a switch reached into
     * its caller until it ran out of room, and then left some vector operations uninlined, which puts their vectors on
     * the heap (measured: jnp.log 0.7 -> 3.3 ms once all four functions had run). A call site that has seen three or
     * more loops is not inlined, so each loop is compiled on its own.
     */
    private static final java.util.Map<Float32Math.Function, Loop> LOOPS = new java.util.EnumMap<>(java.util.Map.of(
            Float32Math.Function.EXP_NUMPY, Float32Vectors::numpyExps,
            Float32Math.Function.EXP_JAX, Float32Vectors::jaxExps,
            Float32Math.Function.LOG_NUMPY, Float32Vectors::numpyLogs,
            Float32Math.Function.LOG_JAX, Float32Vectors::jaxLogs,
            Float32Math.Function.TANH_JAX, Float32Vectors::jaxTanhs));

    /*
     * The loops below repeat some steps rather than share them through methods: a method that takes or returns vectors
     * and is not inlined passes them through the heap, and C2 declines to inline a method it has already compiled on
     * its own once that code is large (measured: jnp.log 0.7 ms alone, 2.8-3.6 ms in some runs after the exps had run,
     * with the split and the polynomials in helper methods). Constants are vectors made once.
     */

    /*
     * NumPy's exp: q = rint(x log2(e)) by the magic-number sum, r = x - q ln(2) in two fma steps, P(r)/Q(r), then
     * 2^q on the exponent bits for |x| < 86 (a normal result); for vectors with a larger input, as two products:
     * p * 2^(q - e) * 2^e with e = -30 below -126, 2 above 127, else 0 (q in [-150, 128], rounded once), and NaN,
     * overflow (inf) and underflow (0) set apart.
     */
    private static void numpyExps(MemorySegment source, long from, MemorySegment target, long to, long n) {
        for (long i = 0; i < n; i += LANES) {
            FloatVector v = FloatVector.fromMemorySegment(FLOATS, source, (from + i) * Float.BYTES, ORDER);
            FloatVector shifted = v.mul(Float32Math.LOG2E).add(Float32Math.RINT_MAGIC);
            FloatVector q = shifted.sub(Float32Math.RINT_MAGIC);
            FloatVector r = q.fma(LN2_HIGH, v);
            r = q.fma(LN2_LOW, r);
            FloatVector num = r.fma(Float32Math.EXP_P5, Float32Math.EXP_P4);
            num = num.fma(r, EXP_P3);
            num = num.fma(r, EXP_P2);
            num = num.fma(r, EXP_P1);
            num = num.fma(r, EXP_P0);
            FloatVector den = r.fma(Float32Math.EXP_Q2, Float32Math.EXP_Q1);
            den = den.fma(r, EXP_Q0);
            FloatVector p = num.div(den);
            IntVector quadrants = shifted.reinterpretAsInts().sub(RINT_MAGIC_BITS);
            FloatVector result;
            if (v.reinterpretAsInts().and(MAGNITUDE_BITS).compare(VectorOperators.GE, Float32Math.EXP_FAST_LIMIT_BITS)
                    .anyTrue()) {
                IntVector below = quadrants.add(126).lanewise(VectorOperators.LSHR, 31);
                IntVector above = quadrants.neg().add(127).lanewise(VectorOperators.LSHR, 31);
                IntVector last = above.mul(2).sub(below.mul(30));
                FloatVector first = quadrants.sub(last).add(127).lanewise(VectorOperators.LSHL, 23)
                        .reinterpretAsFloats();
                FloatVector second = last.add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
                result = p.mul(first).mul(second)
                        .blend(Float.NaN, v.test(VectorOperators.IS_NAN))
                        .blend(Float.POSITIVE_INFINITY, v.compare(VectorOperators.GE, Float32Math.EXP_MAX))
                        .blend(0f, v.compare(VectorOperators.LE, Float32Math.EXP_MIN));
            } else {
                result = p.reinterpretAsInts().add(quadrants.lanewise(VectorOperators.LSHL, 23)).reinterpretAsFloats();
            }
            result.intoMemorySegment(target, (to + i) * Float.BYTES, ORDER);
        }
    }

    /*
     * JAX's exp: n = floor(x log2(e) + 1/2) (an fma), a = x - n ln(2) in two fma steps, Cephes' polynomial, 2^n on the
     * exponent bits. Lanes with |x| >= 87 or NaN take the scalar form afterwards, one by one, as in the chunked form.
     */
    /** JAX's tanh: {@link Float32Math#jaxTanh}'s steps, a vector at a time (no lane needs the scalar form). */
    private static void jaxTanhs(MemorySegment source, long from, MemorySegment target, long to, long n) {
        for (long i = 0; i < n; i += LANES) {
            FloatVector v = FloatVector.fromMemorySegment(FLOATS, source, (from + i) * Float.BYTES, ORDER);
            FloatVector c = v.max(-Float32Math.XLA_TANH_CLAMP).min(Float32Math.XLA_TANH_CLAMP);
            FloatVector x2 = c.mul(c);
            FloatVector p = x2.fma(Float32Math.XLA_TANH_A13, Float32Math.XLA_TANH_A11);
            p = x2.fma(p, TANH_A9);
            p = x2.fma(p, TANH_A7);
            p = x2.fma(p, TANH_A5);
            p = x2.fma(p, TANH_A3);
            p = x2.fma(p, TANH_A1);
            FloatVector q = x2.fma(Float32Math.XLA_TANH_B6, Float32Math.XLA_TANH_B4);
            q = x2.fma(q, TANH_B2);
            q = x2.fma(q, TANH_B0);
            FloatVector r = c.mul(p).div(q);
            r.blend(v, v.abs().compare(VectorOperators.LT, Float32Math.XLA_TANH_SMALL))
                    .intoMemorySegment(target, (to + i) * Float.BYTES, ORDER);
        }
    }

    private static void jaxExps(MemorySegment source, long from, MemorySegment target, long to, long n) {
        for (long i = 0; i < n; i += LANES) {
            FloatVector v = FloatVector.fromMemorySegment(FLOATS, source, (from + i) * Float.BYTES, ORDER);
            FloatVector y = v.fma(Float32Math.CEPHES_LOG2EF, 0.5f);
            // floor(y) for |y| < 2^22: rounded to the nearest integer by the magic sum, one less where that went up.
            FloatVector shifted = y.add(Float32Math.RINT_MAGIC);
            FloatVector nearest = shifted.sub(Float32Math.RINT_MAGIC);
            VectorMask<Float> roundedUp = nearest.compare(VectorOperators.GT, y);
            FloatVector floor = nearest.sub(1f, roundedUp);
            IntVector powers = shifted.reinterpretAsInts().sub(RINT_MAGIC_BITS).sub(1, roundedUp.cast(INTS));
            FloatVector a = floor.fma(LN2_LOW, floor.fma(LN2_HIGH, v));
            FloatVector z = a.fma(Float32Math.CEPHES_EXP_P0, Float32Math.CEPHES_EXP_P1);
            z = z.fma(a, CEPHES_EXP_P2);
            z = z.fma(a, CEPHES_EXP_P3);
            z = z.fma(a, CEPHES_EXP_P4);
            z = z.fma(a, CEPHES_EXP_P5);
            FloatVector e = z.fma(a.mul(a), a).add(1f);
            e.reinterpretAsInts().add(powers.lanewise(VectorOperators.LSHL, 23)).reinterpretAsFloats()
                    .intoMemorySegment(target, (to + i) * Float.BYTES, ORDER);
            long wide = v.reinterpretAsInts().and(MAGNITUDE_BITS)
                    .compare(VectorOperators.GE, Float32Math.JAX_EXP_FAST_LIMIT_BITS).toLong();
            for (; wide != 0; wide &= wide - 1) {
                long lane = i + Long.numberOfTrailingZeros(wide);
                float x = source.getAtIndex(ValueLayout.JAVA_FLOAT, from + lane);
                target.setAtIndex(ValueLayout.JAVA_FLOAT, to + lane, Float32Math.jaxScalarExp(x));
            }
        }
    }

    /**
     * JAX's exp as {@link #jaxExps}, each result below the smallest normal float written as 0 before it is stored
     * (XLA's flush to zero; exp is never negative), then the last elements that do not fill a vector by the chunked form and
     * the flush. The loop repeats jaxExps' steps rather than share them (see above).
     */
    static void jaxExpsFlushed(MemorySegment source, long from, MemorySegment target, long to, long n) {
        long whole = n - n % LANES;
        for (long i = 0; i < whole; i += LANES) {
            FloatVector v = FloatVector.fromMemorySegment(FLOATS, source, (from + i) * Float.BYTES, ORDER);
            FloatVector y = v.fma(Float32Math.CEPHES_LOG2EF, 0.5f);
            FloatVector shifted = y.add(Float32Math.RINT_MAGIC);
            FloatVector nearest = shifted.sub(Float32Math.RINT_MAGIC);
            VectorMask<Float> roundedUp = nearest.compare(VectorOperators.GT, y);
            FloatVector floor = nearest.sub(1f, roundedUp);
            IntVector powers = shifted.reinterpretAsInts().sub(RINT_MAGIC_BITS).sub(1, roundedUp.cast(INTS));
            FloatVector a = floor.fma(LN2_LOW, floor.fma(LN2_HIGH, v));
            FloatVector z = a.fma(Float32Math.CEPHES_EXP_P0, Float32Math.CEPHES_EXP_P1);
            z = z.fma(a, CEPHES_EXP_P2);
            z = z.fma(a, CEPHES_EXP_P3);
            z = z.fma(a, CEPHES_EXP_P4);
            z = z.fma(a, CEPHES_EXP_P5);
            FloatVector e = z.fma(a.mul(a), a).add(1f);
            FloatVector result = e.reinterpretAsInts().add(powers.lanewise(VectorOperators.LSHL, 23))
                    .reinterpretAsFloats();
            result.blend(0f, result.compare(VectorOperators.LT, Float.MIN_NORMAL))
                    .intoMemorySegment(target, (to + i) * Float.BYTES, ORDER);
            long wide = v.reinterpretAsInts().and(MAGNITUDE_BITS)
                    .compare(VectorOperators.GE, Float32Math.JAX_EXP_FAST_LIMIT_BITS).toLong();
            for (; wide != 0; wide &= wide - 1) {
                long lane = i + Long.numberOfTrailingZeros(wide);
                float exp = Float32Math.jaxScalarExp(source.getAtIndex(ValueLayout.JAVA_FLOAT, from + lane));
                target.setAtIndex(ValueLayout.JAVA_FLOAT, to + lane, exp < Float.MIN_NORMAL ? 0f : exp);
            }
        }
        if (whole < n) {
            Float32Math.applyChunked(Float32Math.Function.EXP_JAX, source, from + whole, target, to + whole, n - whole);
            Subnormals.flush(target, to + whole, n - whole);
        }
    }

    /*
     * The logs: x = m * 2^e with m in [0.5, 1) doubled where its bits are below the limit (NumPy's and XLA's differ by
     * one), t = m - 1; lanes that are not positive normal floats (the chunked form's test: a negative in
     * (bits - smallest normal) | (largest normal - bits)) get their special answer by blends, and vectors with a
     * positive subnormal take the chunked form. The exponent becomes a float by the magic sum.
     */

    /** XLA's Cephes log: t - t^2/2 + t^3 P(t) + e ln(2), with LLVM's contractions (see {@link Float32Math}). */
    private static void jaxLogs(MemorySegment source, long from, MemorySegment target, long to, long n) {
        for (long i = 0; i < n; i += LANES) {
            IntVector word = IntVector.fromMemorySegment(INTS, source, (from + i) * Float.BYTES, ORDER);
            IntVector doubled = word.and(MANTISSA_BITS).sub(Float32Math.XLA_MANTISSA_LIMIT)
                    .lanewise(VectorOperators.LSHR, 31);
            FloatVector t = word.and(MANTISSA_BITS).or(doubled.add(126).lanewise(VectorOperators.LSHL, 23))
                    .reinterpretAsFloats().sub(1f);
            FloatVector e = word.lanewise(VectorOperators.LSHR, 23).sub(126).sub(doubled).add(RINT_MAGIC_BITS)
                    .reinterpretAsFloats().sub(Float32Math.RINT_MAGIC);
            FloatVector t2 = t.mul(t);
            FloatVector t3 = t2.mul(t);
            FloatVector y0 = t.fma(Float32Math.CEPHES_LOG_P0, Float32Math.CEPHES_LOG_P1);
            FloatVector y1 = t.fma(Float32Math.CEPHES_LOG_P3, Float32Math.CEPHES_LOG_P4);
            FloatVector y2 = t.fma(Float32Math.CEPHES_LOG_P6, Float32Math.CEPHES_LOG_P7);
            y0 = y0.fma(t, CEPHES_LOG_P2);
            y1 = y1.fma(t, CEPHES_LOG_P5);
            y2 = y2.fma(t, CEPHES_LOG_P8);
            y0 = y0.fma(t3, y1);
            y0 = y0.fma(t3, y2);
            FloatVector tail = y0.fma(t3, e.mul(Float32Math.CEPHES_LOG_Q1));
            FloatVector head = t2.fma(MINUS_HALF, t);
            FloatVector result = e.fma(CEPHES_LOG_Q2, head.add(tail));
            VectorMask<Integer> special = word.sub(SMALLEST_NORMAL_BITS).or(word.neg().add(LARGEST_NORMAL_BITS))
                    .compare(VectorOperators.LT, 0);
            if (special.anyTrue()) {
                if (word.compare(VectorOperators.GT, 0).and(word.compare(VectorOperators.LT, SMALLEST_NORMAL_BITS))
                        .anyTrue()) {
                    Float32Math.applyChunked(Float32Math.Function.LOG_JAX, source, from + i, target, to + i, LANES);
                    continue;
                }
                // zeros -inf, +inf itself, negatives and NaNs NaN
                VectorMask<Integer> zero = word.and(MAGNITUDE_BITS).compare(VectorOperators.EQ, 0);
                VectorMask<Integer> infinity = word.compare(VectorOperators.EQ, POSITIVE_INFINITY_BITS);
                result = result.blend(Float.NaN, special.andNot(zero).andNot(infinity).cast(FLOATS))
                        .blend(Float.NEGATIVE_INFINITY, zero.cast(FLOATS))
                        .blend(Float.POSITIVE_INFINITY, infinity.cast(FLOATS));
            }
            result.intoMemorySegment(target, (to + i) * Float.BYTES, ORDER);
        }
    }

    /** NumPy's log: e ln(2) + P(t)/Q(t). */
    private static void numpyLogs(MemorySegment source, long from, MemorySegment target, long to, long n) {
        for (long i = 0; i < n; i += LANES) {
            IntVector word = IntVector.fromMemorySegment(INTS, source, (from + i) * Float.BYTES, ORDER);
            IntVector doubled = word.and(MANTISSA_BITS).sub(Float32Math.NUMPY_MANTISSA_LIMIT)
                    .lanewise(VectorOperators.LSHR, 31);
            FloatVector t = word.and(MANTISSA_BITS).or(doubled.add(126).lanewise(VectorOperators.LSHL, 23))
                    .reinterpretAsFloats().sub(1f);
            FloatVector e = word.lanewise(VectorOperators.LSHR, 23).sub(126).sub(doubled).add(RINT_MAGIC_BITS)
                    .reinterpretAsFloats().sub(Float32Math.RINT_MAGIC);
            FloatVector num = t.fma(Float32Math.LOG_P5, Float32Math.LOG_P4);
            num = num.fma(t, LOG_P3);
            num = num.fma(t, LOG_P2);
            num = num.fma(t, LOG_P1);
            num = num.fma(t, LOG_P0);
            FloatVector den = t.fma(Float32Math.LOG_Q5, Float32Math.LOG_Q4);
            den = den.fma(t, LOG_Q3);
            den = den.fma(t, LOG_Q2);
            den = den.fma(t, LOG_Q1);
            den = den.fma(t, LOG_Q0);
            FloatVector result = e.fma(LOGE2, num.div(den));
            VectorMask<Integer> special = word.sub(SMALLEST_NORMAL_BITS).or(word.neg().add(LARGEST_NORMAL_BITS))
                    .compare(VectorOperators.LT, 0);
            if (special.anyTrue()) {
                if (word.compare(VectorOperators.GT, 0).and(word.compare(VectorOperators.LT, SMALLEST_NORMAL_BITS))
                        .anyTrue()) {
                    Float32Math.applyChunked(Float32Math.Function.LOG_NUMPY, source, from + i, target, to + i, LANES);
                    continue;
                }
                // NaNs NaN, negatives -NaN, zeros -inf, +inf itself
                IntVector magnitude = word.and(MAGNITUDE_BITS);
                VectorMask<Integer> nan = magnitude.compare(VectorOperators.GT, POSITIVE_INFINITY_BITS);
                VectorMask<Integer> zero = magnitude.compare(VectorOperators.EQ, 0);
                VectorMask<Integer> infinity = word.compare(VectorOperators.EQ, POSITIVE_INFINITY_BITS);
                result = result.blend(Float.NaN, nan.cast(FLOATS))
                        .blend(Float32Math.NEGATIVE_NAN, special.andNot(nan).andNot(zero).andNot(infinity).cast(FLOATS))
                        .blend(Float.NEGATIVE_INFINITY, zero.cast(FLOATS))
                        .blend(Float.POSITIVE_INFINITY, infinity.cast(FLOATS));
            }
            result.intoMemorySegment(target, (to + i) * Float.BYTES, ORDER);
        }
    }
}
