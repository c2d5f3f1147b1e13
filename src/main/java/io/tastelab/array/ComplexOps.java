package io.tastelab.array;

/**
 * The elementwise ufuncs and reductions of complex arrays (complex64, complex128), reached from {@link Ops} and
 * {@link Reductions} when the promoted type is complex: one loop over (real, imaginary) pairs with
 * {@link ComplexMath}'s kernels. Operands of other dtypes read as (value, 0), rounded to float for complex64.
 * Refuses what NumPy and jax.numpy refuse on complex numbers (floor division, remainder, bitwise ops) with their
 * TypeErrors.
 */
final class ComplexOps {
    private ComplexOps() {
    }

    /** NumPy's refusal of a ufunc without a complex loop, or jax.numpy's own words. */
    static ArrayTypeError unsupported(String ufunc, Flavor flavor) {
        if (flavor == Flavor.JAX && (ufunc.equals("floor_divide") || ufunc.equals("remainder"))) {
            return new ArrayTypeError(ufunc + " does not support complex-valued inputs");
        }
        return new ArrayTypeError("ufunc '" + ufunc + "' not supported for the input types, and the inputs could not "
                + "be safely coerced to any supported types according to the casting rule ''safe''");
    }

    /** {@code a op b} for a complex {@code compute} type; {@code out} is bool for comparisons. */
    static NdArray binary(BinaryOp op, NdArray a, NdArray b, DType compute, DType out, int[] shape, Flavor f) {
        switch (op) {
            case FLOOR_DIVIDE, REMAINDER -> throw unsupported(op.ufuncName(), f);
            default -> {
                if (op.isBitwise()) {
                    throw unsupported(op.ufuncName(), f);
                }
            }
        }
        boolean single = compute == DType.COMPLEX64;
        DType part = compute.partType();
        boolean numpyScalarExponent = op == BinaryOp.POWER && f == Flavor.NUMPY && !a.scalar && a.weak
                == Promotion.Weak.NONE && b.ndim() == 0 && b.readImag(b.offset) == 0;
        double exponent = numpyScalarExponent ? b.readReal(b.offset) : Double.NaN;
        NdArray result = NdArray.zeros(f, out, shape);
        long[] ao = Ops.operandOffsets(a, shape);
        long[] bo = Ops.operandOffsets(b, shape);
        int n = (int) result.size();
        for (int k = 0; k < n; k++) {
            long ax = Ops.at(a, ao, k);
            long bx = Ops.at(b, bo, k);
            double ar = Values.round(a.readReal(ax), part);
            double ai = Values.round(a.readImag(ax), part);
            double br = Values.round(b.readReal(bx), part);
            double bi = Values.round(b.readImag(bx), part);
            if (op.isComparison()) {
                result.storage.setLong(k, ComplexMath.compare(op, ar, ai, br, bi) ? 1 : 0);
            } else {
                double[] v;
                if (exponent == -1) {
                    v = ComplexMath.reciprocal(ar, ai, single); // NumPy's fast_scalar_power: x ** -1 is reciprocal(x)
                } else if (exponent == 0.5) {
                    v = ComplexMath.unary(UnaryOp.SQRT, ar, ai, single); // and x ** 0.5 is sqrt(x)
                } else if (op == BinaryOp.DIVIDE && f == Flavor.JAX) {
                    v = ComplexMath.divideXla(ar, ai, br, bi, single);
                } else {
                    v = ComplexMath.binary(op, ar, ai, br, bi, single);
                }
                result.writeComplex(k, v[0], v[1]);
            }
        }
        return result;
    }

    /** A unary ufunc of a complex array; {@code absolute} gives the part type, the others complex. */
    static NdArray unary(UnaryOp op, NdArray a, Flavor f) {
        if (op == UnaryOp.INVERT) {
            throw unsupported(op.ufuncName(), f);
        }
        DType in = a.dtype;
        boolean single = in == DType.COMPLEX64;
        DType out = op == UnaryOp.ABSOLUTE ? in.partType() : in;
        NdArray result = NdArray.zeros(f, out, a.shape);
        long[] offs = a.offsets();
        for (int k = 0; k < offs.length; k++) {
            double re = a.readReal(offs[k]);
            double im = a.readImag(offs[k]);
            if (op == UnaryOp.ABSOLUTE) {
                result.writeDouble(k, Values.round(Math.hypot(re, im), out));
            } else {
                double[] v = ComplexMath.unary(op, re, im, single);
                result.writeComplex(k, v[0], v[1]);
            }
        }
        return result;
    }

    /** Which part of each element {@link #part} takes. */
    enum Part { REAL, IMAG, CONJUGATE, ANGLE }

    /**
     * {@code np.real}, {@code np.imag}, {@code np.conj} and {@code np.angle} (radians) of any array: for a real
     * array, real and conj give its values (a copy), imag zeros and angle 0 or pi by sign (as float). Results are
     * copies: NumPy's {@code x.real} is a view, whose writes change {@code x}; here they do not.
     */
    static NdArray part(Part which, NdArray a) {
        Flavor f = a.flavor;
        if (!a.dtype.isComplex() && which != Part.ANGLE) {
            if (which == Part.IMAG) {
                return Ops.finish(NdArray.zeros(f, a.dtype, a.shape), f, a.weak);
            }
            return Ops.finish(a.copy(), f, a.weak);
        }
        DType out = switch (which) {
            case CONJUGATE -> a.dtype;
            case ANGLE -> a.dtype.isComplex() ? a.dtype.partType() : Promotion.inexact(f, a.dtype);
            default -> a.dtype.partType();
        };
        NdArray result = NdArray.zeros(f, out, a.shape);
        long[] offs = a.offsets();
        for (int k = 0; k < offs.length; k++) {
            double re = a.readReal(offs[k]);
            double im = a.readImag(offs[k]);
            switch (which) {
                case REAL -> result.writeDouble(k, re);
                case IMAG -> result.writeDouble(k, im);
                case CONJUGATE -> result.writeComplex(k, re, -im);
                case ANGLE -> result.writeDouble(k, Values.round(Math.atan2(im, re), out));
            }
        }
        return Ops.finish(result, f, Promotion.Weak.NONE);
    }

    /** The complex array of {@code dtype} whose parts are {@code real} and {@code imag} (same shape). */
    static NdArray combine(NdArray real, NdArray imag, DType dtype) {
        NdArray result = NdArray.zeros(real.flavor, dtype, real.shape);
        long[] re = real.offsets();
        long[] im = imag.offsets();
        for (int k = 0; k < re.length; k++) {
            result.writeComplex(k, real.readDouble(re[k]), imag.readDouble(im[k]));
        }
        return Ops.finish(result, real.flavor, Promotion.Weak.NONE);
    }

    /**
     * {@code sum}, {@code prod}, {@code mean}, {@code max}, {@code min}, {@code argmax} or {@code argmin} of a
     * complex array over one axis (null: all), as NumPy orders it: over the last axis (or all of a contiguous array)
     * NumPy's complex pairwise sum, over another axis one element after the other; the mean divides the sum by the
     * count as complex division by (n, 0) does; max and min order lexicographically as NumPy's loops.
     */
    static NdArray reduce(Reductions.Kind kind, NdArray a, Integer axis, boolean keepdims) {
        boolean single = a.dtype == DType.COMPLEX64;
        int nd = a.ndim();
        int ax = axis == null ? -1 : Shape.normalizeAxis(axis, nd);
        NdArray source = axis == null ? a.reshape(-1) : a;
        int along = axis == null ? 0 : ax;
        int[] outShape = new int[source.ndim() - 1];
        for (int d = 0, o = 0; d < source.ndim(); d++) {
            if (d != along) {
                outShape[o++] = source.shape[d];
            }
        }
        // the reduced axis last: each output element reads one row of the moved view
        int[] order = new int[source.ndim()];
        for (int d = 0, o = 0; d < source.ndim(); d++) {
            if (d != along) {
                order[o++] = d;
            }
        }
        order[source.ndim() - 1] = along;
        NdArray moved = source.transpose(order);
        int count = source.shape[along];
        boolean pairwise = axis == null || ax == nd - 1;
        boolean index = kind == Reductions.Kind.ARGMAX || kind == Reductions.Kind.ARGMIN;
        int rows = (int) Shape.size(outShape);
        if (count == 0 && rows > 0 && kind != Reductions.Kind.SUM && kind != Reductions.Kind.MEAN
                && kind != Reductions.Kind.PROD) {
            throw new ArrayValueError(switch (kind) {
                case MAX -> "zero-size array to reduction operation maximum which has no identity";
                case MIN -> "zero-size array to reduction operation minimum which has no identity";
                case ARGMAX -> "attempt to get argmax of an empty sequence";
                default -> "attempt to get argmin of an empty sequence";
            });
        }
        NdArray result = NdArray.zeros(a.flavor, index ? a.flavor.defaultInt() : a.dtype, outShape);
        long[] offs = moved.offsets();
        for (int row = 0; row < rows; row++) {
            double[] parts = new double[2 * count];
            for (int i = 0; i < count; i++) {
                long o = offs[row * count + i];
                parts[2 * i] = a.readReal(o);
                parts[2 * i + 1] = a.readImag(o);
            }
            if (index) {
                result.writeLong(row, extremeIndex(parts, kind == Reductions.Kind.ARGMAX), DType.INT64);
                continue;
            }
            double[] v = switch (kind) {
                case PROD -> product(parts, single);
                case MAX, MIN -> extreme(parts, kind == Reductions.Kind.MAX ? BinaryOp.MAXIMUM : BinaryOp.MINIMUM);
                default -> sum(parts, pairwise, single);
            };
            if (kind == Reductions.Kind.MEAN) {
                v = ComplexMath.divide(v[0], v[1], count, 0, single);
            }
            result.writeComplex(row, v[0], v[1]);
        }
        if (keepdims) {
            int[] kept = a.shape();
            if (axis == null) {
                java.util.Arrays.fill(kept, 1);
            } else {
                kept[ax] = 1;
            }
            result = result.reshape(kept);
        }
        return Ops.finish(result, a.flavor, Promotion.Weak.NONE);
    }

    private static double[] sum(double[] parts, boolean pairwise, boolean single) {
        if (pairwise) {
            double[] s = ComplexMath.pairwiseSum(parts, 0, parts.length, single);
            return ComplexMath.binary(BinaryOp.ADD, 0, 0, s[0], s[1], single);
        }
        double[] acc = ComplexMath.of(0, 0);
        for (int i = 0; i < parts.length; i += 2) {
            acc = ComplexMath.binary(BinaryOp.ADD, acc[0], acc[1], parts[i], parts[i + 1], single);
        }
        return acc;
    }

    /** {@code maximum.reduce} / {@code minimum.reduce}: the ufunc applied from the first element on (NaNs win). */
    private static double[] extreme(double[] parts, BinaryOp op) {
        double[] acc = ComplexMath.of(parts[0], parts[1]);
        for (int i = 2; i < parts.length; i += 2) {
            acc = ComplexMath.binary(op, acc[0], acc[1], parts[i], parts[i + 1], false);
        }
        return acc;
    }

    /** NumPy's complex argmax/argmin loop: lexicographic, the first element with a NaN part wins. */
    private static long extremeIndex(double[] parts, boolean max) {
        double mr = parts[0];
        double mi = parts[1];
        int best = 0;
        if (Double.isNaN(mr) || Double.isNaN(mi)) {
            return 0;
        }
        for (int i = 1; i < parts.length / 2; i++) {
            double r = parts[2 * i];
            double im = parts[2 * i + 1];
            boolean better = max ? r > mr || (r == mr && im > mi) : r < mr || (r == mr && im < mi);
            if (better || Double.isNaN(r) || Double.isNaN(im)) {
                mr = r;
                mi = im;
                best = i;
                if (Double.isNaN(r) || Double.isNaN(im)) {
                    break;
                }
            }
        }
        return best;
    }

    private static double[] product(double[] parts, boolean single) {
        double[] acc = ComplexMath.of(1, 0);
        for (int i = 0; i < parts.length; i += 2) {
            acc = ComplexMath.multiply(acc[0], acc[1], parts[i], parts[i + 1], single);
        }
        return acc;
    }
}
