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

    /** Whether the values survived the round trip (compared as integers for integer and bool sources). */
    private static boolean sameValues(NdArray source, NdArray back) {
        if (source.dtype.isComplex()) {
            long[] offsets = source.offsets();
            long[] backOffsets = back.offsets();
            for (int i = 0; i < offsets.length; i++) {
                if (!samePart(source.readReal(offsets[i]), back.readReal(backOffsets[i]))
                        || !samePart(source.readImag(offsets[i]), back.readImag(backOffsets[i]))) {
                    return false;
                }
            }
            return true;
        }
        if (!source.dtype.isFloat()) {
            return java.util.Arrays.equals(source.toLongArray(), back.toLongArray());
        }
        double[] a = source.toDoubleArray();
        double[] b = back.toDoubleArray();
        for (int i = 0; i < a.length; i++) {
            if (Double.compare(a[i], b[i]) != 0 && a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean samePart(double a, double b) {
        return Double.compare(a, b) == 0 || a == b;
    }

    /** The C type NumPy names in its casting errors. */
    private static String cName(DType dtype) {
        return switch (dtype.numpyName()) {
            case "float64" -> "double";
            case "float32" -> "float";
            case "float16" -> "half";
            case "int64" -> "long";
            case "int32" -> "int";
            case "int16" -> "short";
            case "int8" -> "byte";
            case "uint64" -> "ulong";
            case "uint32" -> "uint";
            case "uint16" -> "ushort";
            case "uint8" -> "ubyte";
            case "complex128" -> "cdouble";
            case "complex64" -> "cfloat";
            default -> dtype.numpyName();
        };
    }

    private static int kindRank(DType dtype) {
        return switch (dtype.kind()) {
            case 'b' -> 0;
            case 'u' -> 1;
            case 'i' -> 2;
            case 'f' -> 3;
            default -> 4;
        };
    }

    /**
     * {@code a.astype(dtype, casting=rule)}: NumPy's TypeError when the rule forbids the cast. NumPy 2.4's
     * 'same_value' casts anything but raises ValueError when a value changes (NaN and infinities keep their value).
     */
    public static NdArray astype(NdArray a, DType to, String rule) {
        DType target = a.flavor.canonical(to);
        if (rule.equals("same_value")) {
            NdArray cast = a.astype(target);
            if (!sameValues(a, cast.astype(a.dtype))) {
                // NumPy says why when a complex value loses its imaginary part
                String why = a.dtype.isComplex() && !target.isComplex() && !sameValues(a, a.astype(a.dtype.partType())
                        .astype(a.dtype)) ? ": imag is not 0" : "";
                throw new ArrayValueError("could not cast 'same_value' " + cName(a.dtype) + " to " + cName(target)
                        + why);
            }
            return cast;
        }
        if (!canCast(a.dtype, target, rule)) {
            throw new ArrayTypeError("Cannot cast array data from dtype('" + a.dtype.numpyName() + "') to dtype('"
                    + target.numpyName() + "') according to the rule '" + rule + "'");
        }
        return a.astype(target);
    }
}
