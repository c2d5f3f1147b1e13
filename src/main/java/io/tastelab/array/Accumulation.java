package io.tastelab.array;

/**
 * Running reductions: {@code cumsum}, {@code cumprod} and a ufunc's {@code accumulate}. Each element is cast to
 * the result's dtype first and folded in order, as NumPy's accumulate loop (and XLA's cumulative sum on CPU) does,
 * so float sums round after every step.
 */
final class Accumulation {
    private Accumulation() {
    }

    /**
     * The dtype of {@code cumsum}/{@code cumprod} (and add/multiply accumulate) without a dtype argument: small
     * integers and bools widen to the default integer as the sum's do.
     */
    static DType resultType(BinaryOp op, DType in, Flavor f) {
        if (op == BinaryOp.ADD || op == BinaryOp.MULTIPLY) {
            return Reductions.resultType(Reductions.Kind.SUM, in, f);
        }
        if (op == BinaryOp.LOGADDEXP) {
            return Promotion.inexact(f, in);
        }
        return in;
    }

    /** Accumulates {@code op} along {@code axis} (null: over the flattened array) in {@code dtype} (null: default). */
    static NdArray accumulate(BinaryOp op, NdArray a, Integer axis, DType dtype) {
        Flavor f = a.flavor;
        NdArray source = axis == null ? a.reshape(-1) : a;
        if (source.ndim() == 0) {
            source = source.reshape(1); // NumPy's cumsum of a 0-d array is 1-d
        }
        int ax = Shape.normalizeAxis(axis == null ? 0 : axis, source.ndim());
        DType out = f.canonical(dtype != null ? dtype : resultType(op, source.dtype, f));
        NdArray result = source.astype(out);
        int length = result.shape[ax];
        if (length <= 1) {
            return result;
        }
        int[] perm = new int[result.ndim()];
        for (int d = 0, k = 0; d < result.ndim(); d++) {
            if (d != ax) {
                perm[k++] = d;
            }
        }
        perm[result.ndim() - 1] = ax;
        long[] offsets = result.transpose(perm).offsets();
        for (int start = 0; start < offsets.length; start += length) {
            if (op == BinaryOp.ADD || op == BinaryOp.MULTIPLY) {
                foldSumOrProduct(result, offsets, start, length, op == BinaryOp.ADD);
            } else {
                foldAny(op, result, offsets, start, length);
            }
        }
        return result;
    }

    private static void foldSumOrProduct(NdArray r, long[] offsets, int start, int length, boolean add) {
        DType d = r.dtype;
        if (d.isComplex()) {
            boolean single = d == DType.COMPLEX64;
            BinaryOp op = add ? BinaryOp.ADD : BinaryOp.MULTIPLY;
            double[] acc = ComplexMath.of(r.storage.getReal(offsets[start]), r.storage.getImag(offsets[start]));
            for (int i = 1; i < length; i++) {
                long at = offsets[start + i];
                acc = ComplexMath.binary(op, acc[0], acc[1], r.storage.getReal(at), r.storage.getImag(at), single);
                r.storage.setComplex(at, acc[0], acc[1]);
            }
            return;
        }
        if (d.isFloat()) {
            double acc = r.storage.getDouble(offsets[start]);
            for (int i = 1; i < length; i++) {
                double x = r.storage.getDouble(offsets[start + i]);
                acc = add ? acc + x : acc * x;
                if (d == DType.FLOAT32) {
                    acc = (float) acc;
                } else if (d == DType.FLOAT16) {
                    acc = Values.round(acc, d);
                }
                r.storage.setDouble(offsets[start + i], acc);
            }
            return;
        }
        long acc = r.storage.getLong(offsets[start]);
        for (int i = 1; i < length; i++) {
            long x = r.storage.getLong(offsets[start + i]);
            if (d.isBool()) {
                acc = add ? (acc | x) : (acc & x);
            } else {
                acc = Values.wrap(add ? acc + x : acc * x, d);
            }
            r.storage.setLong(offsets[start + i], acc);
        }
    }

    /** Any other binary ufunc, one element at a time through the elementwise kernels (NaN rules included). */
    private static void foldAny(BinaryOp op, NdArray r, long[] offsets, int start, int length) {
        NdArray acc = r.view(new int[0], new long[0], offsets[start]).copy();
        for (int i = 1; i < length; i++) {
            NdArray x = r.view(new int[0], new long[0], offsets[start + i]);
            acc = Ops.binary(op, acc, x, r.flavor);
            r.writeFrom(offsets[start + i], acc, acc.offset);
        }
    }
}
