package io.tastelab.array;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * {@code exp}, {@code log}, {@code sqrt} and jnp's {@code tanh} of float32 elements, fast, with the results each namespace is known for.
 * <ul>
 *   <li>{@code np}: NumPy 2's own bits. On x86-64 with AVX-512 NumPy's float32 exp and log are not the correctly
 *   rounded functions but rational approximations ({@code numpy/_core/src/umath/loops_exponent_log.dispatch.c.src}):
 *   np.exp differs from the correctly rounded result in about 2 of 5 elements (up to 2 ulp), for arrays of every
 *   size, views and scalars alike. {@link Function#EXP_NUMPY} and {@link Function#LOG_NUMPY} do the same IEEE
 *   operations in the same order, so they give the same bits.</li>
 *   <li>{@code jnp}: JAX's own bits ({@link Function#EXP_JAX}, {@link Function#LOG_JAX}): XLA's CPU backend computes
 *   both with Cephes' float polynomials, repeated here step for step (they agree with the correctly rounded result
 *   on 99.2% and 99.3% of inputs, with NumPy's on 95% and 98%), and its tanh with Eigen's rational approximation
 *   ({@link Function#TANH_JAX}; np.tanh stays the C library's). These functions keep subnormals; XLA's flushing of
 *   them (inputs and results) is done around them, for every jnp op, by {@code Ops.flushSubnormals}.</li>
 *   <li>{@link Function#SQRT} is correctly rounded in both, as IEEE requires.</li>
 * </ul>
 *
 * <p>Written for speed: the elements are copied a chunk at a time into heap arrays and every step is a simple
 * loop that HotSpot's C2 turns into SIMD code. C2 in JDK 25 vectorizes neither loops over native memory segments
 * nor {@code Float.floatToRawIntBits} / {@code intBitsToFloat} nor float selects, so bits are read and written
 * through a heap segment view (one per loop, which it does vectorize), branches are arithmetic, and the rare
 * inputs (NaN, infinities, zeros, negatives, subnormals, results near the ends of the float range) take a scalar
 * pass over their chunk. Large arrays are split across the processors. Stateless and thread-safe.
 *
 * <p>Where the JVM has the incubating vector module ({@link Simd#ENABLED}), exp and log of arrays run through
 * {@link Float32Vectors} instead: the same steps in one SIMD pass over native memory, the same bits; this chunked
 * form then takes only the elements that fill no vector and the rare vectors it sets apart.
 */
public final class Float32Math {
    private static final ValueLayout.OfFloat FLOAT = ValueLayout.JAVA_FLOAT;
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT;

    /**
     * Elements per chunk: the six working arrays (12 KB) stay in the 32 KB L1 cache beside the streams being copied
     * in and out (measured: 512 runs log 20-30% faster than 1024, exp a little; 256 is slower again).
     */
    private static final int CHUNK = 512;
    /** Below this many elements the work stays on the calling thread. */
    private static final long PARALLEL_MIN = 1L << 17;
    /** Elements per part of a large array at least, and the most parts. */
    private static final long PART_MIN = 1L << 18;
    private static final int MAX_PARTS = 64;

    // exp: NumPy's npy_math.h constants (float literals, rounded as C rounds them).
    static final float LOG2E = 1.442695040888963407359924681001892137f;
    static final float RINT_MAGIC = 0x1.800000p+23f;
    static final float LN2_HIGH = -6.93145752e-1f;
    static final float LN2_LOW = -1.42860677e-6f;
    static final float EXP_P0 = 9.999999999980870924916e-01f;
    static final float EXP_P1 = 7.257664613233124478488e-01f;
    static final float EXP_P2 = 2.473615434895520810817e-01f;
    static final float EXP_P3 = 5.114512081637298353406e-02f;
    static final float EXP_P4 = 6.757896990527504603057e-03f;
    static final float EXP_P5 = 5.082762527590693718096e-04f;
    static final float EXP_Q0 = 1.000000000000000000000e+00f;
    static final float EXP_Q1 = -2.742335390411667452936e-01f;
    static final float EXP_Q2 = 2.159509375685829852307e-02f;
    static final float EXP_MAX = 88.72283935546875f;
    static final float EXP_MIN = -103.97208404541015625f;
    /** Inputs below 86 in magnitude give a normal result: q in [-125, 125]. */
    static final int EXP_FAST_LIMIT_BITS = Float.floatToRawIntBits(86f);

    // log
    static final float LOGE2 = 0.693147180559945309417232121458176568f;
    private static final float SQRT1_2 = 0.707106781186547524400844362104849039f;
    private static final int SQRT1_2_MANTISSA = Float.floatToRawIntBits(SQRT1_2) & 0x7fffff;
    static final float LOG_P0 = 0.000000000000000000000e+00f;
    static final float LOG_P1 = 9.999999999999998702752e-01f;
    static final float LOG_P2 = 2.112677543073053063722e+00f;
    static final float LOG_P3 = 1.480000633576506585156e+00f;
    static final float LOG_P4 = 3.808837741388407920751e-01f;
    static final float LOG_P5 = 2.589979117907922693523e-02f;
    static final float LOG_Q0 = 1.000000000000000000000e+00f;
    static final float LOG_Q1 = 2.612677543073109236779e+00f;
    static final float LOG_Q2 = 2.453006071784736363091e+00f;
    static final float LOG_Q3 = 9.864942958519418960339e-01f;
    static final float LOG_Q4 = 1.546476374983906719538e-01f;
    static final float LOG_Q5 = 5.875095403124574342950e-03f;
    // JAX's exp: XLA's Cephes coefficients; ln(2) in NumPy's two parts (LN2_HIGH, LN2_LOW above).
    static final float CEPHES_LOG2EF = 1.44269504088896341f;
    static final float CEPHES_EXP_P0 = 1.9875691500E-4f;
    static final float CEPHES_EXP_P1 = 1.3981999507E-3f;
    static final float CEPHES_EXP_P2 = 8.3334519073E-3f;
    static final float CEPHES_EXP_P3 = 4.1665795894E-2f;
    static final float CEPHES_EXP_P4 = 1.6666665459E-1f;
    static final float CEPHES_EXP_P5 = 5.0000001201E-1f;
    /** XLA clamps exp's input to this range first. */
    private static final float JAX_EXP_LOW = -87.8f;
    private static final float JAX_EXP_HIGH = 88.8f;
    // JAX's log: XLA's Cephes coefficients (float literals as XLA's GetIeeeF32 rounds them), ln(2) = Q2 - Q1.
    static final float CEPHES_LOG_P0 = 7.0376836292E-2f;
    static final float CEPHES_LOG_P1 = -1.1514610310E-1f;
    static final float CEPHES_LOG_P2 = 1.1676998740E-1f;
    static final float CEPHES_LOG_P3 = -1.2420140846E-1f;
    static final float CEPHES_LOG_P4 = +1.4249322787E-1f;
    static final float CEPHES_LOG_P5 = -1.6668057665E-1f;
    static final float CEPHES_LOG_P6 = +2.0000714765E-1f;
    static final float CEPHES_LOG_P7 = -2.4999993993E-1f;
    static final float CEPHES_LOG_P8 = +3.3333331174E-1f;
    static final float CEPHES_LOG_Q1 = -2.12194440e-4f;
    static final float CEPHES_LOG_Q2 = 0.693359375f;
    /**
     * XLA's CPU loops take 8 float32 elements at a time (256-bit vectors, its default even with AVX-512) through the
     * Cephes log; the last {@code n % 8} elements of an array, and arrays of fewer than 8, go through the scalar
     * loop, which calls the C library's logf (glibc's, which rounds correctly in all but a few cases). Seen in JAX
     * 0.11.2's answers: all 12,299 positive normal inputs of a 20,802-element array equal the Cephes steps, while
     * {@code jnp.log} of the three-element {@code [200, 7, 3]} gives the correctly rounded 1.9459101 for log(7) where
     * the Cephes steps give 1.9459102.
     */
    private static final int JAX_VECTOR_WIDTH = 8;
    /** NumPy doubles a mantissa m in [0.5, 1) when m <= sqrt(1/2) (as a float), XLA when m < sqrt(1/2). */
    static final int NUMPY_MANTISSA_LIMIT = SQRT1_2_MANTISSA + 1;
    static final int XLA_MANTISSA_LIMIT = SQRT1_2_MANTISSA;
    /** Below this magnitude exp(x) is a normal float: |n| <= 126. */
    static final float JAX_EXP_FAST_LIMIT = 87f;
    static final int JAX_EXP_FAST_LIMIT_BITS = Float.floatToRawIntBits(JAX_EXP_FAST_LIMIT);

    // JAX's tanh: XLA's EmitFastTanh (xla/codegen/intrinsic/tanh.cc, Eigen's float rational), with_fma = true on x86-64.
    /** Below this magnitude XLA's tanh is x itself (the literal 0.0004 as a float; a NaN compares false). */
    static final float XLA_TANH_SMALL = 0.0004f;
    /** XLA clamps tanh's input to [-c, c], the least float at which the fma-evaluated quotient is exactly 1. */
    static final float XLA_TANH_CLAMP = 7.99881172180175781f;
    static final float XLA_TANH_A13 = -2.76076847742355e-16f;
    static final float XLA_TANH_A11 = 2.00018790482477e-13f;
    static final float XLA_TANH_A9 = -8.60467152213735e-11f;
    static final float XLA_TANH_A7 = 5.12229709037114e-08f;
    static final float XLA_TANH_A5 = 1.48572235717979e-05f;
    static final float XLA_TANH_A3 = 6.37261928875436e-04f;
    static final float XLA_TANH_A1 = 4.89352455891786e-03f;
    static final float XLA_TANH_B6 = 1.19825839466702e-06f;
    static final float XLA_TANH_B4 = 1.18534705686654e-04f;
    static final float XLA_TANH_B2 = 2.26843463243900e-03f;
    static final float XLA_TANH_B0 = 4.89352518554385e-03f;

    /** NumPy's {@code -NPY_NANF}: the log of a negative number is a NaN with the sign bit set. */
    static final float NEGATIVE_NAN = Float.intBitsToFloat(0xffc00000);

    /** The functions this class computes. */
    public enum Function {
        /** NumPy's float32 exp, bit for bit. */
        EXP_NUMPY,
        /** NumPy's float32 log, bit for bit. */
        LOG_NUMPY,
        /**
         * JAX's float32 exp on CPU, bit for bit for every input whose result is a normal float (XLA flushes smaller
         * results to zero; this gives the correctly rounded subnormal).
         */
        EXP_JAX,
        /**
         * JAX's float32 log on CPU, bit for bit for every input but subnormals (which XLA flushes to zero: log gives
         * -inf there, this the log of the subnormal value by the same steps): XLA's Cephes steps for the elements of
         * its vector loop, the correctly rounded log for the last {@code n % 8} (see {@link #JAX_VECTOR_WIDTH}).
         */
        LOG_JAX,
        /**
         * JAX's float32 tanh on CPU, bit for bit: XLA's rational approximation (see {@link #jaxTanh}), not the
         * correctly rounded tanh (they differ by up to 5 ulp, on 59% of the floats in [-10, 10]). Subnormals are
         * kept here; XLA's flush of them is done around it, as for every jnp op.
         */
        TANH_JAX,
        /** sqrt, correctly rounded. */
        SQRT
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private Float32Math() {
    }

    /** {@code function} of one value, computed exactly as for the elements of an array. */
    public static float apply(Function function, float x) {
        return apply(function, x, 0, 1);
    }

    /**
     * {@code function} of element {@code index} (in C order) of an array of {@code count} elements, computed exactly
     * as {@link #apply(Function, MemorySegment, long, MemorySegment, long, long)} computes it there.
     */
    public static float apply(Function function, float x, long index, long count) {
        if (function == Function.LOG_JAX && index >= count - count % JAX_VECTOR_WIDTH) {
            return jaxScalarLog(x);
        }
        Scratch s = SCRATCH.get();
        s.x[0] = x;
        s.apply(function, 1);
        return s.out[0];
    }

    /**
     * Writes {@code function} of the {@code n} float32 elements at element index {@code from} of {@code source}
     * to {@code target} from element index {@code to}. The two runs may be the same run but must not otherwise
     * overlap.
     */
    public static void apply(Function function, MemorySegment source, long from, MemorySegment target, long to,
            long n) {
        if (function == Function.LOG_JAX && n % JAX_VECTOR_WIDTH != 0) {
            long body = n - n % JAX_VECTOR_WIDTH;
            for (long i = body; i < n; i++) {
                float x = source.getAtIndex(FLOAT, from + i);
                target.setAtIndex(FLOAT, to + i, jaxScalarLog(x));
            }
            applyInChunks(function, source, from, target, to, body);
            return;
        }
        applyInChunks(function, source, from, target, to, n);
    }

    /**
     * jnp's exp: {@link Function#EXP_JAX} with XLA's flush of subnormal results to zero ({@link Subnormals}), in the
     * same pass as the exp where the vector module is loaded (a scan of the result afterwards read all of it again and
     * cost as much as the exp); without it, the chunked form and then the flush.
     */
    public static void applyJaxExpFlushed(MemorySegment source, long from, MemorySegment target, long to, long n) {
        KernelThreads.forEachRange(n, CHUNK, PARALLEL_MIN, (start, count) -> {
            if (Simd.ENABLED) {
                Float32Vectors.jaxExpsFlushed(source, from + start, target, to + start, count);
            } else {
                applyChunked(Function.EXP_JAX, source, from + start, target, to + start, count);
                Subnormals.flush(target, to + start, count);
            }
        });
    }

    private static void applyInChunks(Function function, MemorySegment source, long from, MemorySegment target,
            long to, long n) {
        if (KernelThreads.threads() == 1 || n < PARALLEL_MIN) {
            applyRun(function, source, from, target, to, n);
            return;
        }
        // Whole chunks per part, so that each element goes through the same steps however the work is split; parts
        // small enough that a thread which falls behind leaves its share to the others.
        long chunks = (n + CHUNK - 1) / CHUNK;
        int parts = (int) Math.min(MAX_PARTS, Math.max(KernelThreads.threads(), n / PART_MIN));
        KernelThreads.forEachPart(parts, part -> {
            long first = chunks * part / parts * CHUNK;
            long end = Math.min(n, chunks * (part + 1) / parts * CHUNK);
            applyRun(function, source, from + first, target, to + first, end - first);
        });
    }

    /** log(x) for x = (1 + y) * 2^e as NumPy's AVX-512 loop evaluates its rational approximation. */
    private static float numpyLogOfSplit(float y, int exponent) {
        float num = Math.fma(LOG_P5, y, LOG_P4);
        num = Math.fma(num, y, LOG_P3);
        num = Math.fma(num, y, LOG_P2);
        num = Math.fma(num, y, LOG_P1);
        num = Math.fma(num, y, LOG_P0);
        float den = Math.fma(LOG_Q5, y, LOG_Q4);
        den = Math.fma(den, y, LOG_Q3);
        den = Math.fma(den, y, LOG_Q2);
        den = Math.fma(den, y, LOG_Q1);
        den = Math.fma(den, y, LOG_Q0);
        return Math.fma((float) exponent, LOGE2, num / den);
    }

    /** log(x) for x = (1 + t) * 2^e as XLA evaluates Cephes' polynomial (t exact, in [sqrt(1/2) - 1, sqrt(2) - 1)). */
    private static float jaxLogOfSplit(float t, int exponent) {
        float e = exponent;
        float t2 = t * t;
        float t3 = t2 * t;
        float y0 = Math.fma(t, CEPHES_LOG_P0, CEPHES_LOG_P1);
        float y1 = Math.fma(t, CEPHES_LOG_P3, CEPHES_LOG_P4);
        float y2 = Math.fma(t, CEPHES_LOG_P6, CEPHES_LOG_P7);
        y0 = Math.fma(y0, t, CEPHES_LOG_P2);
        y1 = Math.fma(y1, t, CEPHES_LOG_P5);
        y2 = Math.fma(y2, t, CEPHES_LOG_P8);
        y0 = Math.fma(y0, t3, y1);
        y0 = Math.fma(y0, t3, y2);
        // LLVM contracts y0 * t3 + q1 * e into an fma; the other contractions it may make never change a result.
        float tail = Math.fma(y0, t3, CEPHES_LOG_Q1 * e);
        float head = Math.fma(-0.5f, t2, t);
        return Math.fma(CEPHES_LOG_Q2, e, head + tail);
    }

    /** exp(a) for the reduced argument a, |a| <= ln(2)/2 (about), as XLA evaluates Cephes' polynomial. */
    private static float jaxExpOfReduced(float a) {
        float z = Math.fma(a, CEPHES_EXP_P0, CEPHES_EXP_P1);
        z = Math.fma(z, a, CEPHES_EXP_P2);
        z = Math.fma(z, a, CEPHES_EXP_P3);
        z = Math.fma(z, a, CEPHES_EXP_P4);
        z = Math.fma(z, a, CEPHES_EXP_P5);
        return 1f + Math.fma(z, a * a, a);
    }

    /**
     * JAX's exp of one value, any value: the vector steps with the clamp, then 2^n applied in double (n up to 128:
     * exp(88.72) is finite only so). Where XLA would flush the result to zero, the correctly rounded subnormal.
     */
    static float jaxScalarExp(float v) {
        if (Float.isNaN(v)) {
            return v;
        }
        float x = Math.min(Math.max(v, JAX_EXP_LOW), JAX_EXP_HIGH);
        float n = Math.max((float) Math.floor(Math.fma(x, CEPHES_LOG2EF, 0.5f)), -127f);
        float e = jaxExpOfReduced(Math.fma(LN2_LOW, n, Math.fma(LN2_HIGH, n, x)));
        float result = (float) Math.scalb((double) e, (int) n);
        return result < Float.MIN_NORMAL ? (float) Math.exp(v) : result;
    }

    /**
     * JAX's tanh of one value, as XLA's CPU backend emits it for float32 (openxla/xla, xla/codegen/intrinsic/tanh.cc,
     * EmitFastTanh with FMA: Eigen's ptanh_float): x itself where |x| < 0.0004; otherwise x clamped to [-c, c],
     * tanh = x P(x^2) / Q(x^2) with both polynomials in fma steps (LLVM contracts each multiply-add; x^2 and the final
     * x times P stay plain products). XLA also selects copysign(1, x) where |x| >= 20; that changes nothing, since
     * the clamp already maps those inputs to +-c, where the quotient is exactly +-1. NaN stays NaN through the clamp.
     */
    static float jaxTanh(float x) {
        float c = Math.min(Math.max(x, -XLA_TANH_CLAMP), XLA_TANH_CLAMP);
        float x2 = c * c;
        float p = Math.fma(x2, XLA_TANH_A13, XLA_TANH_A11);
        p = Math.fma(x2, p, XLA_TANH_A9);
        p = Math.fma(x2, p, XLA_TANH_A7);
        p = Math.fma(x2, p, XLA_TANH_A5);
        p = Math.fma(x2, p, XLA_TANH_A3);
        p = Math.fma(x2, p, XLA_TANH_A1);
        float q = Math.fma(x2, XLA_TANH_B6, XLA_TANH_B4);
        q = Math.fma(x2, q, XLA_TANH_B2);
        q = Math.fma(x2, q, XLA_TANH_B0);
        float r = c * p / q;
        return Math.abs(x) < XLA_TANH_SMALL ? x : r;
    }

    /** JAX's log of an element outside XLA's vector loop: the C library's logf, correctly rounded here. */
    private static float jaxScalarLog(float x) {
        return (float) Math.log(x);
    }

    private static void applyRun(Function function, MemorySegment source, long from, MemorySegment target, long to,
            long n) {
        if (Simd.ENABLED && function != Function.SQRT) {
            Float32Vectors.apply(function, source, from, target, to, n);
        } else {
            applyChunked(function, source, from, target, to, n);
        }
    }

    /** {@code function} of a run, a chunk at a time through the heap arrays (no threads). */
    static void applyChunked(Function function, MemorySegment source, long from, MemorySegment target, long to,
            long n) {
        Scratch s = SCRATCH.get();
        for (long done = 0; done < n; done += CHUNK) {
            int len = (int) Math.min(CHUNK, n - done);
            MemorySegment.copy(source, FLOAT, (from + done) * Float.BYTES, s.x, 0, len);
            s.apply(function, len);
            MemorySegment.copy(s.out, 0, target, FLOAT, (to + done) * Float.BYTES, len);
        }
    }

    /**
     * One thread's working arrays, and heap segments over two of them through which a float's bits are read or
     * written (C2 vectorizes those accesses, not {@code Float.floatToRawIntBits}).
     */
    private static final class Scratch {
        final float[] x = new float[CHUNK];
        final float[] out = new float[CHUNK];
        final float[] a = new float[CHUNK];
        final float[] b = new float[CHUNK];
        final int[] k = new int[CHUNK];
        final int[] j = new int[CHUNK];
        final MemorySegment xBits = MemorySegment.ofArray(x);
        final MemorySegment outBits = MemorySegment.ofArray(out);
        final MemorySegment aBits = MemorySegment.ofArray(a);
        final MemorySegment bBits = MemorySegment.ofArray(b);
        final MemorySegment kBits = MemorySegment.ofArray(k);

        void apply(Function function, int len) {
            switch (function) {
                case EXP_NUMPY -> numpyExp(len);
                case LOG_NUMPY -> numpyLog(len);
                case EXP_JAX -> jaxExp(len);
                case LOG_JAX -> jaxLog(len);
                case TANH_JAX -> jaxTanh(len);
                case SQRT -> sqrt(len);
            }
        }

        private void jaxTanh(int len) {
            float[] x = this.x;
            float[] out = this.out;
            for (int i = 0; i < len; i++) {
                out[i] = Float32Math.jaxTanh(x[i]);
            }
        }

        private void sqrt(int len) {
            float[] x = this.x;
            float[] out = this.out;
            for (int i = 0; i < len; i++) {
                out[i] = (float) Math.sqrt(x[i]);
            }
        }

        /*
         * exp(x) = 2^q * P(r)/Q(r) with q = rint(x * log2(e)) and r = x - q*ln(2) in two Cody-Waite steps. NaN,
         * x >= 88.72... (inf) and x <= -103.97... (0) are set apart afterwards, as NumPy does.
         */
        private void numpyExp(int len) {
            float[] x = this.x;
            // A negative sum marks an input outside (-86, 86): a NaN, a special value or a result near the ends
            // of the float range, which the general scaling below handles.
            int wide = outsideMagnitude(xBits, len, EXP_FAST_LIMIT_BITS);
            float[] out = this.out;
            int[] quadrants = this.k;
            for (int i = 0; i < len; i++) {
                float v = x[i];
                float q = v * LOG2E + RINT_MAGIC;
                q = q - RINT_MAGIC;
                float r = Math.fma(q, LN2_HIGH, v);
                r = Math.fma(q, LN2_LOW, r);
                float num = Math.fma(EXP_P5, r, EXP_P4);
                num = Math.fma(num, r, EXP_P3);
                num = Math.fma(num, r, EXP_P2);
                num = Math.fma(num, r, EXP_P1);
                num = Math.fma(num, r, EXP_P0);
                float den = Math.fma(EXP_Q2, r, EXP_Q1);
                den = Math.fma(den, r, EXP_Q0);
                out[i] = num / den;
                quadrants[i] = (int) q;
            }
            if (wide >= 0) {
                // q in [-125, 125] and P/Q in (0.7, 1.5): p * 2^q is normal, its exponent field plus q.
                addToExponents(outBits, quadrants, len);
                return;
            }
            // scalef(p, q) = p * 2^q rounded once. For q in [-150, 128] (every x not set apart) as p * 2^(q-e) * 2^e
            // with e = -30 below -126, 2 above 127, else 0: the first product is exact, the second rounds. One
            // segment per loop: C2 does not vectorize a loop that writes two segments it cannot tell apart.
            for (int i = 0; i < len; i++) {
                int q = quadrants[i];
                aBits.setAtIndex(INT, i, (q - lastExponent(q) + 127) << 23);
            }
            for (int i = 0; i < len; i++) {
                bBits.setAtIndex(INT, i, (lastExponent(quadrants[i]) + 127) << 23);
            }
            float[] first = this.a;
            float[] second = this.b;
            for (int i = 0; i < len; i++) {
                out[i] = out[i] * first[i] * second[i];
            }
            for (int i = 0; i < len; i++) {
                float v = x[i];
                if (Float.isNaN(v)) {
                    out[i] = Float.NaN;
                } else if (v >= EXP_MAX) {
                    out[i] = Float.POSITIVE_INFINITY;
                } else if (v <= EXP_MIN) {
                    out[i] = 0f;
                }
            }
        }

        /*
         * The loops that read a float's bits through a segment are methods of their own: inside a large method C2
         * stops inlining the segment accessors and leaves such loops unvectorized (measured: JFR showed VarHandle
         * frames in them, and jnp.exp ran at half the speed of the same loop alone).
         */

        /** Negative when some {@code |x|} has bits at or above {@code limitBits} (NaN and infinities included). */
        private static int outsideMagnitude(MemorySegment bits, int len, int limitBits) {
            int wide = 0;
            for (int i = 0; i < len; i++) {
                wide |= limitBits - 1 - (bits.getAtIndex(INT, i) & 0x7fffffff);
            }
            return wide;
        }

        private static void copyBits(MemorySegment from, int[] to, int len) {
            for (int i = 0; i < len; i++) {
                to[i] = from.getAtIndex(INT, i);
            }
        }

        /** Adds {@code powers[i]} to the exponent field of float {@code i} (a normal float that stays normal). */
        private static void addToExponents(MemorySegment bits, int[] powers, int len) {
            for (int i = 0; i < len; i++) {
                bits.setAtIndex(INT, i, bits.getAtIndex(INT, i) + (powers[i] << 23));
            }
        }

        /** The mantissa of each float's bits as a float in [0.5, 1) or, where its bits are below {@code limit}, doubled. */
        private static void setMantissas(int[] bits, MemorySegment target, int len, int limit) {
            for (int i = 0; i < len; i++) {
                int word = bits[i];
                int low = ((word & 0x7fffff) - limit) >>> 31;
                target.setAtIndex(INT, i, (word & 0x7fffff) | ((126 + low) << 23));
            }
        }

        private static int lastExponent(int q) {
            int below = (q + 126) >>> 31;
            int above = (127 - q) >>> 31;
            return 2 * above - 30 * below;
        }

        /*
         * log(x) = e*ln(2) + P(m-1)/Q(m-1) with x = m * 2^e, m in (sqrt(1/2), sqrt(2)]; subnormals are scaled by 2^100
         * first. Zero (-inf), negatives (-NaN), NaN and inf are set apart afterwards, as NumPy does.
         */
        private void numpyLog(int len) {
            int special = bitsOfInputs(len);
            float[] mantissas = this.b;
            float[] out = this.out;
            if (special < 0) {
                splitExponents(len, NUMPY_MANTISSA_LIMIT);
                int[] exponents = this.j;
                for (int i = 0; i < len; i++) {
                    out[i] = numpyLogOfSplit(mantissas[i] - 1f, exponents[i]);
                }
            } else {
                int[] bits = splitNormals(len, NUMPY_MANTISSA_LIMIT);
                for (int i = 0; i < len; i++) {
                    out[i] = numpyLogOfSplit(mantissas[i] - 1f, exponentOf(bits[i], NUMPY_MANTISSA_LIMIT));
                }
            }
            if (special < 0) {
                float[] x = this.x;
                for (int i = 0; i < len; i++) {
                    float v = x[i];
                    if (Float.isNaN(v)) {
                        out[i] = Float.NaN;
                    } else if (v < 0f) {
                        out[i] = NEGATIVE_NAN;
                    } else if (v == 0f) {
                        out[i] = Float.NEGATIVE_INFINITY;
                    } else if (v == Float.POSITIVE_INFINITY) {
                        out[i] = Float.POSITIVE_INFINITY;
                    }
                }
            }
        }

        /**
         * Splits each input x into m * 2^e (m into {@code b}, e into {@code j}), subnormals included, with m in
         * [0.5, 1) doubled where its bits are below {@code limit}: m about in (sqrt(1/2), sqrt(2)], as NumPy's
         * getexp/getmant steps and XLA's frexp do, each with its own test at the boundary. For chunks with some input
         * that is not a positive normal number; those need a look afterwards.
         */
        private void splitExponents(int len, int limit) {
            int[] bits = this.k;
            int[] exponents = this.j;
            // Subnormals scaled by 2^100 into normal numbers, their exponents lowered by 100.
            float[] x = this.x;
            float[] scaled = this.a;
            for (int i = 0; i < len; i++) {
                float v = x[i];
                int normal = Math.min(Math.max((int) (v * 0x1p126f), 0), 1);
                exponents[i] = -100 * (1 - normal);
                scaled[i] = v * ((float) normal + (float) (1 - normal) * 0x1p100f);
            }
            copyBits(aBits, bits, len);
            for (int i = 0; i < len; i++) {
                exponents[i] += exponentOf(bits[i], limit);
            }
            setMantissas(bits, bBits, len, limit);
        }

        /**
         * The mantissas of inputs that are all positive normal numbers (their bits already in {@code k}, from
         * {@link #bitsOfInputs}) into {@code b}, as {@link #splitExponents}; returns the bits, from which
         * {@link #exponentOf} gives each exponent inside the caller's loop (one pass fewer: 7% faster for log).
         */
        private int[] splitNormals(int len, int limit) {
            int[] bits = this.k;
            setMantissas(bits, bBits, len, limit);
            return bits;
        }

        /**
         * The inputs' bits into {@code k} (a bulk copy, no loop), and a negative number when some input is not a
         * positive normal number.
         */
        private int bitsOfInputs(int len) {
            MemorySegment.copy(xBits, 0, kBits, 0, (long) len * Float.BYTES);
            int[] bits = this.k;
            int special = 0;
            for (int i = 0; i < len; i++) {
                int word = bits[i];
                special |= (word - 0x00800000) | (0x7f7fffff - word);
            }
            return special;
        }

        /** The exponent e of a positive normal float's bits, its mantissa m in [0.5, 1) doubled below the limit. */
        private static int exponentOf(int word, int limit) {
            return (word >>> 23) - 126 - (((word & 0x7fffff) - limit) >>> 31);
        }

        /*
         * exp as XLA's CPU backend computes it for JAX: Cephes' float polynomial, x clamped to [-87.8, 88.8],
         * n = floor(x log2(e) + 1/2), a = x - n ln(2) in two fma steps, exp(a) = 1 + (a + a^2 P(a)), times 2^n. For
         * |x| < 87 the result is a normal float (|n| <= 126, exact scaling on the exponent bits); other inputs take
         * the scalar form.
         */
        private void jaxExp(int len) {
            int wide = outsideMagnitude(xBits, len, JAX_EXP_FAST_LIMIT_BITS);
            float[] x = this.x;
            float[] out = this.out;
            int[] powers = this.k;
            for (int i = 0; i < len; i++) {
                float v = x[i];
                float n = (float) Math.floor(Math.fma(v, CEPHES_LOG2EF, 0.5f));
                out[i] = jaxExpOfReduced(Math.fma(LN2_LOW, n, Math.fma(LN2_HIGH, n, v)));
                powers[i] = (int) n;
            }
            addToExponents(outBits, powers, len);
            if (wide < 0) {
                for (int i = 0; i < len; i++) {
                    float v = x[i];
                    if (!(Math.abs(v) < JAX_EXP_FAST_LIMIT)) {
                        out[i] = jaxScalarExp(v);
                    }
                }
            }
        }

        /*
         * log as XLA's CPU backend emits it for JAX (xla/service/cpu/llvm_ir_runtime.cc, GenerateVF32Log: Cephes'
         * float polynomial, with LLVM's contractions into fma): x = m * 2^e with m in [sqrt(1/2), sqrt(2)) and
         * t = m - 1 (exact), log(x) = t - t^2/2 + t^3 P(t) + e*ln(2), ln(2) in two parts. Zero (-inf), negatives
         * and NaN (NaN) and inf are set apart afterwards; subnormals, which XLA flushes to zero, go through the same
         * steps with their true exponent.
         */
        private void jaxLog(int len) {
            int special = bitsOfInputs(len);
            float[] mantissas = this.b;
            float[] out = this.out;
            if (special < 0) {
                splitExponents(len, XLA_MANTISSA_LIMIT);
                int[] exponents = this.j;
                for (int i = 0; i < len; i++) {
                    out[i] = jaxLogOfSplit(mantissas[i] - 1f, exponents[i]);
                }
            } else {
                int[] bits = splitNormals(len, XLA_MANTISSA_LIMIT);
                for (int i = 0; i < len; i++) {
                    out[i] = jaxLogOfSplit(mantissas[i] - 1f, exponentOf(bits[i], XLA_MANTISSA_LIMIT));
                }
            }
            if (special < 0) {
                float[] x = this.x;
                for (int i = 0; i < len; i++) {
                    float v = x[i];
                    if (v == 0f) {
                        out[i] = Float.NEGATIVE_INFINITY;
                    } else if (!(v > 0f)) {
                        out[i] = Float.NaN;
                    } else if (v == Float.POSITIVE_INFINITY) {
                        out[i] = Float.POSITIVE_INFINITY;
                    }
                }
            }
        }
    }
}
