package io.tastelab.array;

import io.tastelab.math.CLibraryMath;

/**
 * {@code log1p}, {@code expm1}, {@code log2} and {@code exp2} as NumPy's ufunc loops compute them, in double and in
 * float: the loops call the C library ({@code npy_log1p} is {@code log1p}, the float16 and float32 loops
 * {@code log1pf} of the float value), and so does CPython's {@code math}. The calls go through {@link CLibraryMath},
 * which binds the C library once for the whole application. Thread-safe.
 *
 * <p>On a CPU with AVX-512 NumPy 2.4 computes these four through Intel's SVML instead, which differs from the C
 * library in the last bit for about one element in twenty; the playground follows the C library.
 */
public final class LibmFunctions {

    private LibmFunctions() {
    }

    /** True when these functions call the C library (false: Java's own functions stand in). */
    public static boolean isNative() {
        return CLibraryMath.isNative();
    }

    /** {@code op} of {@code x} in double, or in float ({@code single}: NumPy's float16 and float32 loops). */
    static double apply(UnaryOp op, double x, boolean single) {
        if (single) {
            float f = (float) x;
            return switch (op) {
                case LOG1P -> CLibraryMath.log1pf(f);
                case EXPM1 -> CLibraryMath.expm1f(f);
                case LOG2 -> CLibraryMath.log2f(f);
                case EXP2 -> CLibraryMath.exp2f(f);
                default -> throw new IllegalArgumentException(op.ufuncName());
            };
        }
        return switch (op) {
            case LOG1P -> CLibraryMath.log1p(x);
            case EXPM1 -> CLibraryMath.expm1(x);
            case LOG2 -> CLibraryMath.log2(x);
            case EXP2 -> CLibraryMath.exp2(x);
            default -> throw new IllegalArgumentException(op.ufuncName());
        };
    }

    /** The C library's {@code exp}, or {@code expf} of the float value ({@code single}), as logaddexp calls it. */
    static double exp(double x, boolean single) {
        return single ? CLibraryMath.expf((float) x) : CLibraryMath.exp(x);
    }
}
