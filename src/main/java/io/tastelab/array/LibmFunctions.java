package io.tastelab.array;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * {@code log1p}, {@code expm1}, {@code log2} and {@code exp2} as the platform's C library computes them, in double
 * and in float: NumPy's ufunc loops call these ({@code npy_log1p} is {@code log1p}, the float16 and float32 loops
 * {@code log1pf} of the float value), and so does CPython's {@code math}. Java has no {@code log2} or {@code exp2},
 * and {@code log(x) / log(2)} is not {@code log2(x)} (log2(8) would be 2.9999999999999996). Called through the
 * Foreign Function API; where the C library cannot be reached, Java's {@code StrictMath} stands in (log2 and exp2
 * then exact for powers of two, within an ulp elsewhere). Thread-safe.
 *
 * <p>On a CPU with AVX-512 NumPy 2.4 computes these four through Intel's SVML instead, which differs from the C
 * library in the last bit for about one element in twenty; the playground follows the C library.
 */
public final class LibmFunctions {
    private static final FunctionDescriptor DOUBLE_FN =
            FunctionDescriptor.of(ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE);
    private static final FunctionDescriptor FLOAT_FN =
            FunctionDescriptor.of(ValueLayout.JAVA_FLOAT, ValueLayout.JAVA_FLOAT);
    private static final MethodHandle LOG1P = lookUp("log1p", DOUBLE_FN);
    private static final MethodHandle EXPM1 = lookUp("expm1", DOUBLE_FN);
    private static final MethodHandle LOG2 = lookUp("log2", DOUBLE_FN);
    private static final MethodHandle EXP2 = lookUp("exp2", DOUBLE_FN);
    private static final MethodHandle LOG1PF = lookUp("log1pf", FLOAT_FN);
    private static final MethodHandle EXPM1F = lookUp("expm1f", FLOAT_FN);
    private static final MethodHandle LOG2F = lookUp("log2f", FLOAT_FN);
    private static final MethodHandle EXP2F = lookUp("exp2f", FLOAT_FN);
    private static final MethodHandle EXP = lookUp("exp", DOUBLE_FN);
    private static final MethodHandle EXPF = lookUp("expf", FLOAT_FN);
    private static final double LN2 = 0.6931471805599453;

    private LibmFunctions() {
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

    /** True when these functions call the C library (false: StrictMath stands in). */
    public static boolean isNative() {
        return LOG1P != null && EXPM1 != null && LOG2 != null && EXP2 != null && LOG1PF != null && EXPM1F != null
                && LOG2F != null && EXP2F != null
                && EXP != null && EXPF != null;
    }

    /** {@code op} of {@code x} in double, or in float ({@code single}: NumPy's float16 and float32 loops). */
    static double apply(UnaryOp op, double x, boolean single) {
        if (single) {
            float f = (float) x;
            return switch (op) {
                case LOG1P -> LOG1PF == null ? (float) StrictMath.log1p(f) : call(LOG1PF, f);
                case EXPM1 -> EXPM1F == null ? (float) StrictMath.expm1(f) : call(EXPM1F, f);
                case LOG2 -> LOG2F == null ? (float) javaLog2(f) : call(LOG2F, f);
                case EXP2 -> EXP2F == null ? (float) javaExp2(f) : call(EXP2F, f);
                default -> throw new IllegalArgumentException(op.ufuncName());
            };
        }
        return switch (op) {
            case LOG1P -> LOG1P == null ? StrictMath.log1p(x) : call(LOG1P, x);
            case EXPM1 -> EXPM1 == null ? StrictMath.expm1(x) : call(EXPM1, x);
            case LOG2 -> LOG2 == null ? javaLog2(x) : call(LOG2, x);
            case EXP2 -> EXP2 == null ? javaExp2(x) : call(EXP2, x);
            default -> throw new IllegalArgumentException(op.ufuncName());
        };
    }

    /** The C library's {@code exp}, or {@code expf} of the float value ({@code single}), as logaddexp calls it. */
    static double exp(double x, boolean single) {
        if (single) {
            return EXPF == null ? (float) StrictMath.exp((float) x) : call(EXPF, (float) x);
        }
        return EXP == null ? StrictMath.exp(x) : call(EXP, x);
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
