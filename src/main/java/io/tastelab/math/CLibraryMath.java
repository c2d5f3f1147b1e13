package io.tastelab.math;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * The logarithms and exponentials of the platform's C library, the ones NumPy's compiled samplers and its
 * {@code log1p}, {@code expm1}, {@code log2} and {@code exp2} loops call (see {@code io.tastelab.array.LibmFunctions}). glibc's
 * {@code log} is within 0.52 ulp, not correctly rounded, and Java's {@code Math.log} differs from it by one ulp
 * for about one input in two thousand, which would change one Gaussian of NumPy's {@code randn} in three
 * thousand; the ziggurat's tails ({@code log1p}) and its wedge tests ({@code exp}) are alike, and so are the sine
 * and cosine of CPython's {@code random.gauss}. Called through the
 * Foreign Function API (the application runs with native access enabled); where the C library cannot be
 * reached, Java's {@code Math} stands in and {@link #isNative()} says so. Thread-safe.
 */
public final class CLibraryMath {
    private static final FunctionDescriptor DOUBLE_FN =
            FunctionDescriptor.of(ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE);
    private static final FunctionDescriptor FLOAT_FN =
            FunctionDescriptor.of(ValueLayout.JAVA_FLOAT, ValueLayout.JAVA_FLOAT);
    private static final MethodHandle LOG = lookUp("log", DOUBLE_FN);
    private static final MethodHandle LOG1P = lookUp("log1p", DOUBLE_FN);
    private static final MethodHandle EXP = lookUp("exp", DOUBLE_FN);
    private static final MethodHandle LOG1PF = lookUp("log1pf", FLOAT_FN);
    private static final MethodHandle EXPF = lookUp("expf", FLOAT_FN);
    private static final MethodHandle LOGF = lookUp("logf", FLOAT_FN);
    private static final MethodHandle SIN = lookUp("sin", DOUBLE_FN);
    private static final MethodHandle COS = lookUp("cos", DOUBLE_FN);
    private static final MethodHandle EXPM1 = lookUp("expm1", DOUBLE_FN);
    private static final MethodHandle LOG2 = lookUp("log2", DOUBLE_FN);
    private static final MethodHandle EXP2 = lookUp("exp2", DOUBLE_FN);
    private static final MethodHandle EXPM1F = lookUp("expm1f", FLOAT_FN);
    private static final MethodHandle LOG2F = lookUp("log2f", FLOAT_FN);
    private static final MethodHandle EXP2F = lookUp("exp2f", FLOAT_FN);
    private static final double LN2 = 0.6931471805599453;
    private static final MethodHandle POW = lookUp("pow", FunctionDescriptor.of(ValueLayout.JAVA_DOUBLE,
            ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE));
    private static final MethodHandle POWF = lookUp("powf", FunctionDescriptor.of(ValueLayout.JAVA_FLOAT,
            ValueLayout.JAVA_FLOAT, ValueLayout.JAVA_FLOAT));

    private CLibraryMath() {
    }

    private static MethodHandle lookUp(String name, FunctionDescriptor descriptor) {
        try {
            Linker linker = Linker.nativeLinker();
            return linker.defaultLookup().find(name).map(address -> linker.downcallHandle(address, descriptor))
                    .orElse(null);
        } catch (RuntimeException | LinkageError e) { // no native access, or no C library to link
            return null;
        }
    }

    /** True when these functions call the C library (false: Java's Math stands in). */
    public static boolean isNative() {
        return LOG != null && LOG1P != null && EXP != null && LOG1PF != null && EXPF != null && LOGF != null
                && POW != null && POWF != null && EXPM1 != null && LOG2 != null && EXP2 != null && EXPM1F != null
                && LOG2F != null && EXP2F != null;
    }

    /** {@code log(x)} as C computes it. */
    public static double log(double x) {
        return LOG == null ? Math.log(x) : call(LOG, x);
    }

    /** {@code sin(x)} as C computes it (CPython's {@code random.gauss} calls it). */
    public static double sin(double x) {
        return SIN == null ? StrictMath.sin(x) : call(SIN, x);
    }

    /** {@code cos(x)} as C computes it. */
    public static double cos(double x) {
        return COS == null ? StrictMath.cos(x) : call(COS, x);
    }

    /** {@code log1p(x)} as C computes it. */
    public static double log1p(double x) {
        return LOG1P == null ? Math.log1p(x) : call(LOG1P, x);
    }

    /** {@code exp(x)} as C computes it. */
    public static double exp(double x) {
        return EXP == null ? Math.exp(x) : call(EXP, x);
    }

    /** {@code log1pf(x)}: C's float logarithm of 1 + x. */
    public static float log1pf(float x) {
        return LOG1PF == null ? (float) Math.log1p(x) : call(LOG1PF, x);
    }

    /** {@code expf(x)}: C's float exponential. */
    public static float expf(float x) {
        return EXPF == null ? (float) Math.exp(x) : call(EXPF, x);
    }

    /** {@code logf(x)}: C's float logarithm. */
    public static float logf(float x) {
        return LOGF == null ? (float) Math.log(x) : call(LOGF, x);
    }

    /** {@code expm1(x)} as C computes it. */
    public static double expm1(double x) {
        return EXPM1 == null ? StrictMath.expm1(x) : call(EXPM1, x);
    }

    /** {@code expm1f(x)}: C's float exp(x) - 1. */
    public static float expm1f(float x) {
        return EXPM1F == null ? (float) StrictMath.expm1(x) : call(EXPM1F, x);
    }

    /** {@code log2(x)} as C computes it (Java has none: log(x) / log(2) gives log2(8) = 2.9999999999999996). */
    public static double log2(double x) {
        return LOG2 == null ? javaLog2(x) : call(LOG2, x);
    }

    /** {@code log2f(x)}: C's float base-2 logarithm. */
    public static float log2f(float x) {
        return LOG2F == null ? (float) javaLog2(x) : call(LOG2F, x);
    }

    /** {@code exp2(x)} as C computes it. */
    public static double exp2(double x) {
        return EXP2 == null ? javaExp2(x) : call(EXP2, x);
    }

    /** {@code exp2f(x)}: C's float power of two. */
    public static float exp2f(float x) {
        return EXP2F == null ? (float) javaExp2(x) : call(EXP2F, x);
    }

    /** log2 without the C library: exact at powers of two (the exponent), log(m) / log(2) of the rest. */
    private static double javaLog2(double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            return x == 0 ? Double.NEGATIVE_INFINITY : x > 0 ? x : Double.NaN;
        }
        if (x < Double.MIN_NORMAL) {
            return javaLog2(x * 0x1p54) - 54;
        }
        int exponent = Math.getExponent(x);
        double mantissa = x / Math.scalb(1.0, exponent);
        return mantissa == 1.0 ? exponent : exponent + StrictMath.log(mantissa) / LN2;
    }

    /** exp2 without the C library: exact at integers (a power of two), exp(x log 2) elsewhere. */
    private static double javaExp2(double x) {
        return x == Math.rint(x) && Math.abs(x) < 2000 ? Math.scalb(1.0, (int) x) : StrictMath.exp(x * LN2);
    }

    /** {@code pow(x, y)} as C computes it. */
    public static double pow(double x, double y) {
        if (POW == null) {
            return Math.pow(x, y);
        }
        try {
            return (double) POW.invokeExact(x, y);
        } catch (Throwable e) {
            throw new IllegalStateException("the C library's math failed", e);
        }
    }

    /** {@code powf(x, y)}: C's float power. */
    public static float powf(float x, float y) {
        if (POWF == null) {
            return (float) Math.pow(x, y);
        }
        try {
            return (float) POWF.invokeExact(x, y);
        } catch (Throwable e) {
            throw new IllegalStateException("the C library's math failed", e);
        }
    }

    private static double call(MethodHandle function, double x) {
        try {
            return (double) function.invokeExact(x);
        } catch (Throwable e) {
            throw new IllegalStateException("the C library's math failed", e);
        }
    }

    private static float call(MethodHandle function, float x) {
        try {
            return (float) function.invokeExact(x);
        } catch (Throwable e) {
            throw new IllegalStateException("the C library's math failed", e);
        }
    }
}
