package io.tastelab.array;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.stream.IntStream;

/**
 * {@code exp}, {@code log} and {@code sqrt} of float32 elements, bit for bit as NumPy 2 computes them on x86-64
 * with AVX-512 ({@code numpy/_core/src/umath/loops_exponent_log.dispatch.c.src}): NumPy's float32 exp and log are
 * not the correctly rounded functions but its own rational approximations (exp differs from the correctly rounded
 * result in about 2 of 5 elements, by up to 2 ulp), and NumPy uses them for arrays of every size, views and
 * scalars alike. Each step below is the same IEEE operation in the same order, so the results are the same bits.
 *
 * <p>Written for speed as well: the elements are copied a chunk at a time into heap arrays and every step is a
 * simple loop that HotSpot's C2 turns into SIMD code (it vectorizes neither loops over native memory segments nor
 * {@code Float.floatToRawIntBits} / {@code intBitsToFloat} in this JDK, so bit reinterpretation goes through a heap
 * segment view, which it does vectorize, and branches are written as arithmetic). Large arrays are split across
 * the processors. Stateless and thread-safe.
 */
public final class NumpyFloat32Math {
    private static final ValueLayout.OfFloat FLOAT = ValueLayout.JAVA_FLOAT;
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT;

    /** Elements per chunk: six working arrays of this length stay in the L1 cache. */
    private static final int CHUNK = 1024;
    /** Below this many elements per processor the work stays on the calling thread. */
    private static final long PARALLEL_MIN = 1L << 16;
    private static final int PROCESSORS = Runtime.getRuntime().availableProcessors();

    // exp: NumPy's npy_math.h constants (float literals, rounded as C rounds them).
    private static final float LOG2E = 1.442695040888963407359924681001892137f;
    private static final float RINT_MAGIC = 0x1.800000p+23f;
    private static final float LN2_HIGH = -6.93145752e-1f;
    private static final float LN2_LOW = -1.42860677e-6f;
    private static final float EXP_P0 = 9.999999999980870924916e-01f;
    private static final float EXP_P1 = 7.257664613233124478488e-01f;
    private static final float EXP_P2 = 2.473615434895520810817e-01f;
    private static final float EXP_P3 = 5.114512081637298353406e-02f;
    private static final float EXP_P4 = 6.757896990527504603057e-03f;
    private static final float EXP_P5 = 5.082762527590693718096e-04f;
    private static final float EXP_Q0 = 1.000000000000000000000e+00f;
    private static final float EXP_Q1 = -2.742335390411667452936e-01f;
    private static final float EXP_Q2 = 2.159509375685829852307e-02f;
    private static final float EXP_MAX = 88.72283935546875f;
    private static final float EXP_MIN = -103.97208404541015625f;
    /** Inputs below 86 in magnitude give a normal result: q in [-125, 125]. */
    private static final int EXP_FAST_LIMIT_BITS = Float.floatToRawIntBits(86f);

    // log
    private static final float LOGE2 = 0.693147180559945309417232121458176568f;
    private static final float SQRT1_2 = 0.707106781186547524400844362104849039f;
    private static final int SQRT1_2_MANTISSA = Float.floatToRawIntBits(SQRT1_2) & 0x7fffff;
    private static final float LOG_P0 = 0.000000000000000000000e+00f;
    private static final float LOG_P1 = 9.999999999999998702752e-01f;
    private static final float LOG_P2 = 2.112677543073053063722e+00f;
    private static final float LOG_P3 = 1.480000633576506585156e+00f;
    private static final float LOG_P4 = 3.808837741388407920751e-01f;
    private static final float LOG_P5 = 2.589979117907922693523e-02f;
    private static final float LOG_Q0 = 1.000000000000000000000e+00f;
    private static final float LOG_Q1 = 2.612677543073109236779e+00f;
    private static final float LOG_Q2 = 2.453006071784736363091e+00f;
    private static final float LOG_Q3 = 9.864942958519418960339e-01f;
    private static final float LOG_Q4 = 1.546476374983906719538e-01f;
    private static final float LOG_Q5 = 5.875095403124574342950e-03f;
    /** NumPy's {@code -NPY_NANF}: the log of a negative number is a NaN with the sign bit set. */
    private static final float NEGATIVE_NAN = Float.intBitsToFloat(0xffc00000);

    /** The functions this class computes. */
    public enum Function {
        EXP, LOG, SQRT
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private NumpyFloat32Math() {
    }

    /** NumPy's float32 {@code exp(x)}. */
    public static float exp(float x) {
        return single(Function.EXP, x);
    }

    /** NumPy's float32 {@code log(x)}. */
    public static float log(float x) {
        return single(Function.LOG, x);
    }

    private static float single(Function function, float x) {
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
        int parts = (int) Math.max(1, Math.min(PROCESSORS, n / PARALLEL_MIN));
        if (parts == 1) {
            applyRun(function, source, from, target, to, n);
            return;
        }
        // Parts on chunk boundaries, so that each element goes through the same steps however the work is split.
        long chunks = (n + CHUNK - 1) / CHUNK;
        IntStream.range(0, parts).parallel().forEach(part -> {
            long first = chunks * part / parts * CHUNK;
            long end = Math.min(n, chunks * (part + 1) / parts * CHUNK);
            applyRun(function, source, from + first, target, to + first, end - first);
        });
    }

    private static void applyRun(Function function, MemorySegment source, long from, MemorySegment target, long to,
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

        void apply(Function function, int len) {
            switch (function) {
                case EXP -> exp(len);
                case LOG -> log(len);
                case SQRT -> sqrt(len);
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
        private void exp(int len) {
            float[] x = this.x;
            // A negative sum marks an input outside (-86, 86): a NaN, a special value or a result near the ends
            // of the float range, which the general scaling below handles.
            int wide = 0;
            for (int i = 0; i < len; i++) {
                wide |= EXP_FAST_LIMIT_BITS - 1 - (xBits.getAtIndex(INT, i) & 0x7fffffff);
            }
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
                for (int i = 0; i < len; i++) {
                    outBits.setAtIndex(INT, i, outBits.getAtIndex(INT, i) + (quadrants[i] << 23));
                }
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

        private static int lastExponent(int q) {
            int below = (q + 126) >>> 31;
            int above = (127 - q) >>> 31;
            return 2 * above - 30 * below;
        }

        /*
         * log(x) = e*ln(2) + P(m-1)/Q(m-1) with x = m * 2^e, m in (sqrt(1/2), sqrt(2)]; subnormals are scaled by 2^100
         * first. Zero (-inf), negatives (-NaN), NaN and inf are set apart afterwards, as NumPy does.
         */
        private void log(int len) {
            // A negative sum marks an input that is not a positive normal number. (Two loops: C2 vectorizes each
            // alone, not the two together.)
            int special = 0;
            for (int i = 0; i < len; i++) {
                int word = xBits.getAtIndex(INT, i);
                special |= (word - 0x00800000) | (0x7f7fffff - word);
            }
            int[] bits = this.k;
            for (int i = 0; i < len; i++) {
                bits[i] = xBits.getAtIndex(INT, i);
            }
            int[] exponents = this.j;
            if (special < 0) {
                // Subnormals scaled by 2^100 into normal numbers, their exponents lowered by 100.
                float[] x = this.x;
                float[] scaled = this.a;
                for (int i = 0; i < len; i++) {
                    float v = x[i];
                    int normal = Math.min(Math.max((int) (v * 0x1p126f), 0), 1);
                    exponents[i] = -100 * (1 - normal);
                    scaled[i] = v * ((float) normal + (float) (1 - normal) * 0x1p100f);
                }
                for (int i = 0; i < len; i++) {
                    bits[i] = aBits.getAtIndex(INT, i);
                }
            }
            // The mantissa m in [0.5, 1), doubled where m <= sqrt(1/2) (compared on the bits: same exponent).
            int subnormalShift = special < 0 ? 1 : 0;
            for (int i = 0; i < len; i++) {
                int word = bits[i];
                int low = ((word & 0x7fffff) - SQRT1_2_MANTISSA - 1) >>> 31;
                exponents[i] = exponents[i] * subnormalShift + (word >>> 23) - 126 - low;
            }
            for (int i = 0; i < len; i++) {
                int word = bits[i];
                int low = ((word & 0x7fffff) - SQRT1_2_MANTISSA - 1) >>> 31;
                bBits.setAtIndex(INT, i, (word & 0x7fffff) | ((126 + low) << 23));
            }
            float[] mantissas = this.b;
            float[] out = this.out;
            for (int i = 0; i < len; i++) {
                float y = mantissas[i] - 1f;
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
                out[i] = Math.fma((float) exponents[i], LOGE2, num / den);
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
    }
}
