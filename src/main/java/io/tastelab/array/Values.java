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
