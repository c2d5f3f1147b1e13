package io.tastelab.array;

/** NumPy's casting rules ({@code can_cast}, {@code astype(casting=...)}) for the playground's dtypes. */
public final class Casting {
    private Casting() {
    }

    /**
     * Whether {@code from} casts to {@code to} under {@code rule}: 'no' and 'equiv' only to itself, 'safe' when
     * promotion gives {@code to} (no value lost), 'same_kind' also within or up the kinds bool, unsigned, signed,
     * float (float64 to float32 yes, float to int no), 'unsafe' always.
     *
     * @throws ArrayValueError for an unknown rule, in NumPy's words
     */
    public static boolean canCast(DType from, DType to, String rule) {
        return switch (rule) {
            case "no", "equiv" -> from == to;
            case "safe" -> Promotion.numpyPromoteTypes(from, to) == to;
            case "same_kind" -> Promotion.numpyPromoteTypes(from, to) == to || kindRank(from) <= kindRank(to);
            case "unsafe" -> true;
            default -> throw new ArrayValueError("casting must be one of 'no', 'equiv', 'safe', 'same_kind', or "
                    + "'unsafe'");
        };
    }

    private static int kindRank(DType dtype) {
        return switch (dtype.kind()) {
            case 'b' -> 0;
            case 'u' -> 1;
            case 'i' -> 2;
            default -> 3;
        };
    }

    /** {@code a.astype(dtype, casting=rule)}: NumPy's TypeError when the rule forbids the cast. */
    public static NdArray astype(NdArray a, DType to, String rule) {
        DType target = a.flavor.canonical(to);
        if (!canCast(a.dtype, target, rule)) {
            throw new ArrayTypeError("Cannot cast array data from dtype('" + a.dtype.numpyName() + "') to dtype('"
                    + target.numpyName() + "') according to the rule '" + rule + "'");
        }
        return a.astype(target);
    }
}
