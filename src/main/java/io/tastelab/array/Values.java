package io.tastelab.array;

/** Scalar conversions shared by the kernels: wrapping integers into a dtype, rounding floats to one. */
final class Values {
    private Values() {
    }

    /** Two's-complement wrap of {@code v} into {@code d}'s width (bool: nonzero → 1). */
    static long wrap(long v, DType d) {
        return switch (d) {
            case BOOL -> v != 0 ? 1 : 0;
            case INT8 -> (byte) v;
            case INT16 -> (short) v;
            case INT32 -> (int) v;
            case UINT8 -> v & 0xFFL;
            case UINT16 -> v & 0xFFFFL;
            case UINT32 -> v & 0xFFFF_FFFFL;
            default -> v;
        };
    }

    /** Rounds a double to the nearest value of a float dtype. */
    static double round(double v, DType d) {
        return switch (d) {
            case FLOAT32 -> (float) v;
            case FLOAT16 -> Float.float16ToFloat(Float.floatToFloat16((float) v));
            default -> v;
        };
    }

    /** A float converted to an integer dtype as XLA converts: truncated, clamped to the dtype's range, NaN to 0. */
    static long saturatingTruncate(double v, DType d) {
        if (Double.isNaN(v)) {
            return 0;
        }
        double lo = switch (d) {
            case INT8 -> Byte.MIN_VALUE;
            case INT16 -> Short.MIN_VALUE;
            case INT32 -> Integer.MIN_VALUE;
            case INT64 -> Long.MIN_VALUE;
            default -> 0;
        };
        double hi = switch (d) {
            case INT8 -> Byte.MAX_VALUE;
            case INT16 -> Short.MAX_VALUE;
            case INT32 -> Integer.MAX_VALUE;
            case UINT8 -> 255;
            case UINT16 -> 65535;
            case UINT32 -> 4294967295.0;
            default -> Long.MAX_VALUE;
        };
        return (long) Math.max(lo, Math.min(hi, v));
    }

    /**
     * A float cast to an integer dtype as NumPy 2 on x86-64 casts it ({@code astype}, {@code casting='unsafe'}):
     * C's truncating conversion, where a value out of range or NaN becomes the "integer indefinite" (the lowest
     * int32 or int64) and the narrow types keep the low bits of the int32 result. Checked against NumPy by
     * {@code src/test/python/gen_playground_fuzz.py}.
     */
    static long numpyFloatToInteger(double v, DType d) {
        return switch (d) {
            case BOOL -> v != 0 || Double.isNaN(v) ? 1 : 0;
            case INT8, INT16, UINT8, UINT16 -> wrap(truncateToInt32(v), d);
            case INT32 -> truncateToInt32(v);
            case UINT32 -> v >= TWO_TO_31 ? wrap(truncateToInt64(v), d) : wrap(truncateToInt32(v), d);
            case UINT64 -> v >= TWO_TO_63 ? truncateToInt64(v - TWO_TO_63) ^ Long.MIN_VALUE : truncateToInt64(v);
            default -> truncateToInt64(v);
        };
    }

    private static final double TWO_TO_31 = 2147483648.0;
    private static final double TWO_TO_63 = 9.223372036854775808E18;

    /** x86's cvttsd2si to 32 bits: out of range and NaN give Integer.MIN_VALUE (Java's cast would saturate). */
    private static int truncateToInt32(double v) {
        return v < TWO_TO_31 && v > -TWO_TO_31 - 1 ? (int) v : Integer.MIN_VALUE;
    }

    /** x86's cvttsd2si to 64 bits: out of range and NaN give Long.MIN_VALUE. */
    private static long truncateToInt64(double v) {
        return v < TWO_TO_63 && v >= -TWO_TO_63 ? (long) v : Long.MIN_VALUE;
    }

    /** Whether a Python int fits a dtype (NEP 50 raises OverflowError otherwise). */
    static boolean fits(long v, DType d) {
        if (d.isFloat() || d == DType.INT64) {
            return true;
        }
        if (d == DType.UINT64) {
            return v >= 0;
        }
        return v >= d.minLong() && v <= d.maxLong();
    }
}
