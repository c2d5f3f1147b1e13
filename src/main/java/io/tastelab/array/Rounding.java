package io.tastelab.array;

import java.util.function.DoubleUnaryOperator;

/**
 * NumPy's rounding functions: {@code floor}, {@code ceil}, {@code trunc}, {@code fix} and {@code rint}
 * elementwise, and {@code round}/{@code around} to a number of decimals.
 *
 * <p>Dtypes as NumPy 2 gives them: floor, ceil, trunc and fix keep an integer or bool input's dtype (they are
 * exact there); rint computes in the inexact type (float16 for 8-bit inputs, as NumPy does). round keeps integer
 * dtypes (rounding to tens and hundreds through float division, half to even, as NumPy's
 * {@code true_divide}/{@code rint}/{@code multiply} does) and makes bool float16; for floats it multiplies by
 * 10**decimals, rounds half to even and divides back, in the array's own float type.
 */
public final class Rounding {

    private Rounding() {
    }

    /** The elementwise functions by NumPy name. */
    public enum Function {
        FLOOR("floor", Math::floor),
        CEIL("ceil", Math::ceil),
        TRUNC("trunc", v -> v < 0 ? Math.ceil(v) : Math.floor(v)),
        FIX("fix", v -> v < 0 ? Math.ceil(v) : Math.floor(v)),
        RINT("rint", Math::rint);

        private final String numpyName;
        private final DoubleUnaryOperator op;

        Function(String numpyName, DoubleUnaryOperator op) {
            this.numpyName = numpyName;
            this.op = op;
        }

        public String numpyName() {
            return numpyName;
        }
    }

    /** {@code function(a)} for an array or a Python scalar. */
    public static NdArray apply(Function function, Object operand, Flavor fallback) {
        Flavor flavor = Ops.flavorOf(fallback, operand);
        NdArray a = Ops.operand(flavor, operand);
        DType in = a.dtype;
        if (in.isComplex()) {
            if (function != Function.RINT) {
                throw ComplexOps.unsupported(function.numpyName(), flavor);
            }
            return result(ComplexOps.combine(apply(function, ComplexOps.part(ComplexOps.Part.REAL, a), flavor),
                    apply(function, ComplexOps.part(ComplexOps.Part.IMAG, a), flavor), in), operand);
        }
        DType out = function == Function.RINT || in.isFloat() ? Promotion.inexact(flavor, in) : in;
        if (!out.isFloat()) {
            return result(a.copy(), operand);
        }
        NdArray r = NdArray.zeros(flavor, out, a.shape);
        long k = 0;
        for (long off : a.offsets()) {
            r.writeDouble(k++, function.op.applyAsDouble(a.readDouble(off)));
        }
        return result(r, operand);
    }

    /** {@code np.round(a, decimals)}. */
    public static NdArray round(Object operand, int decimals, Flavor fallback) {
        Flavor flavor = Ops.flavorOf(fallback, operand);
        NdArray a = Ops.operand(flavor, operand);
        DType in = a.dtype;
        if (in.isBool()) {
            return apply(Function.RINT, a, fallback);
        }
        if (in.isComplex()) {
            // each part rounded on its own, as NumPy's round of a complex array
            return result(ComplexOps.combine(round(ComplexOps.part(ComplexOps.Part.REAL, a), decimals, flavor),
                    round(ComplexOps.part(ComplexOps.Part.IMAG, a), decimals, flavor), in), operand);
        }
        if (!in.isFloat() && decimals >= 0) {
            return result(a.copy(), operand);
        }
        NdArray r = NdArray.zeros(flavor, in, a.shape);
        double factor = Math.pow(10, Math.abs(decimals));
        boolean single = in == DType.FLOAT32;
        long k = 0;
        for (long off : a.offsets()) {
            double v = a.readDouble(off);
            double rounded;
            if (single) {
                float f = (float) factor;
                float x = (float) v;
                rounded = decimals >= 0 ? (float) Math.rint(x * f) / f : (float) Math.rint(x / f) * f;
            } else if (in == DType.FLOAT16) {
                double x = Values.round(decimals >= 0 ? v * factor : v / factor, in);
                rounded = decimals >= 0 ? Values.round(Math.rint(x) / factor, in) : Math.rint(x) * factor;
            } else {
                rounded = decimals >= 0 ? Math.rint(v * factor) / factor : Math.rint(v / factor) * factor;
            }
            r.writeDouble(k++, rounded);
        }
        return result(r, operand);
    }

    /** A 0-d result is a NumPy scalar, as a ufunc's is. */
    private static NdArray result(NdArray r, Object operand) {
        return r.ndim() == 0 ? r.withScalar(true) : r;
    }
}
