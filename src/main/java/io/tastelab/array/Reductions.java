package io.tastelab.array;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** sum, mean, max, min, argmax, argmin over all elements or one axis, with NumPy's and JAX's dtypes. */
final class Reductions {
    private Reductions() {
    }

    enum Kind { SUM, MEAN, MAX, MIN, ARGMAX, ARGMIN, PROD }

    static DType resultType(Kind kind, DType in, Flavor f) {
        return switch (kind) {
            case SUM, PROD -> {
                if (in.isInexact()) {
                    yield f.canonical(in);
                }
                if (f == Flavor.JAX) {
                    yield in.isUnsigned() ? DType.UINT32 : DType.INT32;
                }
                yield in.isUnsigned() ? DType.UINT64 : DType.INT64;
            }
            case MEAN -> in.isInexact() ? f.canonical(in) : f.defaultFloat();
            case MAX, MIN -> in;
            case ARGMAX, ARGMIN -> f.defaultInt();
        };
    }

    /**
     * Reduces over {@code axis} (null: all axes).
     *
     * @throws ArrayAxisError for a bad axis; ArrayValueError for max/min/argmax of an empty array
     */
    static NdArray reduce(Kind kind, NdArray a, Integer axis, boolean keepdims) {
        Flavor f = a.flavor;
        DType out = resultType(kind, a.dtype, f);
        int nd = a.ndim();
        NdArray src;
        int[] outShape;
        int[] keptShape;
        int len;
        if (f == Flavor.JAX && axis != null && (axis < -nd || axis >= nd)) {
            // jax.numpy's own errors: mean, argmax and argmin index the shape first.
            if (kind == Kind.MEAN || kind == Kind.ARGMAX || kind == Kind.ARGMIN) {
                throw new ArrayIndexError("tuple index out of range");
            }
            throw new ArrayValueError("axis " + axis + " is out of bounds for array of dimension " + nd);
        }
        if (axis != null && nd == 0 && kind != Kind.MEAN && (axis == 0 || axis == -1)) {
            axis = null; // NumPy accepts axis 0 / -1 on 0-d arrays in reductions
        }
        if (a.dtype.isComplex()) {
            return ComplexOps.reduce(kind, a, axis, keepdims);
        }
        if (axis == null) {
            src = a;
            len = (int) a.size();
            outShape = new int[0];
            keptShape = new int[nd];
            Arrays.fill(keptShape, 1);
        } else {
            int ax = Shape.normalizeAxis(axis, nd);
            int[] perm = new int[nd];
            int k = 0;
            for (int d = 0; d < nd; d++) {
                if (d != ax) {
                    perm[k++] = d;
                }
            }
            perm[nd - 1] = ax;
            src = a.transpose(perm);
            len = a.shape[ax];
            outShape = new int[nd - 1];
            keptShape = a.shape.clone();
            keptShape[ax] = 1;
            k = 0;
            for (int d = 0; d < nd; d++) {
                if (d != ax) {
                    outShape[k++] = a.shape[d];
                }
            }
        }
        NdArray result = NdArray.zeros(f, out, outShape);
        long groups = Shape.size(outShape);
        if (len == 0 && groups > 0 && kind != Kind.SUM && kind != Kind.MEAN && kind != Kind.PROD) {
            String name = switch (kind) {
                case MAX -> "zero-size array to reduction operation maximum which has no identity";
                case MIN -> "zero-size array to reduction operation minimum which has no identity";
                case ARGMAX -> "attempt to get argmax of an empty sequence";
                default -> "attempt to get argmin of an empty sequence";
            };
            throw new ArrayValueError(name);
        }
        if ((kind == Kind.SUM || kind == Kind.MEAN || kind == Kind.PROD) && out == a.dtype
                && (out == DType.FLOAT32 || out == DType.FLOAT64)) {
            floatReduce(kind, a, src, axis == null ? -1 : Shape.normalizeAxis(axis, nd), len, result);
            if (keepdims) {
                result = result.reshape(keptShape);
            }
            return Ops.finish(result, f, Promotion.Weak.NONE);
        }
        // A contiguous source needs no offset table (32 MB for 2048x2048): element k is at src.offset + k.
        long[] offs = src.isContiguous() ? null : src.offsets();
        long start = src.offset;
        for (int g = 0; g < groups; g++) {
            int base = g * len;
            switch (kind) {
                case SUM, MEAN, PROD -> {
                    if (out.isFloat()) {
                        double acc = kind == Kind.PROD ? 1 : 0;
                        for (int i = 0; i < len; i++) {
                            double v = a.readDouble(offs == null ? start + base + i : offs[base + i]);
                            acc = kind == Kind.PROD ? acc * v : acc + v;
                        }
                        if (kind == Kind.MEAN) {
                            acc = divide(acc, len, out != DType.FLOAT64, result.flavor);
                        }
                        result.writeDouble(g, acc);
                    } else {
                        long acc = kind == Kind.PROD ? 1 : 0;
                        for (int i = 0; i < len; i++) {
                            long v = a.readLong(offs == null ? start + base + i : offs[base + i]);
                            acc = kind == Kind.PROD ? acc * v : acc + v;
                        }
                        result.storage.setLong(g, Values.wrap(acc, out));
                    }
                }
                case MAX, MIN, ARGMAX, ARGMIN -> {
                    boolean isMax = kind == Kind.MAX || kind == Kind.ARGMAX;
                    int best = 0;
                    if (a.dtype.isFloat()) {
                        double bv = a.readDouble(offs == null ? start + base : offs[base]);
                        for (int i = 1; i < len && !Double.isNaN(bv); i++) {
                            double v = a.readDouble(offs == null ? start + base + i : offs[base + i]);
                            if (Double.isNaN(v) || (isMax ? v > bv : v < bv)) {
                                bv = v;
                                best = i;
                            }
                        }
                    } else {
                        boolean u64 = a.dtype == DType.UINT64;
                        long bv = a.readLong(offs == null ? start + base : offs[base]);
                        for (int i = 1; i < len; i++) {
                            long v = a.readLong(offs == null ? start + base + i : offs[base + i]);
                            int c = u64 ? Long.compareUnsigned(v, bv) : Long.compare(v, bv);
                            if (isMax ? c > 0 : c < 0) {
                                bv = v;
                                best = i;
                            }
                        }
                    }
                    if (kind == Kind.ARGMAX || kind == Kind.ARGMIN) {
                        result.storage.setLong(g, best);
                    } else {
                        result.writeFrom(g, a, offs == null ? start + base + best : offs[base + best]);
                    }
                }
            }
        }
        if (keepdims) {
            result = result.reshape(keptShape);
        }
        return Ops.finish(result, f, Promotion.Weak.NONE);
    }

    /**
     * sum, mean and prod of float32/float64 in NumPy's order and precision ({@link NumpySummation}): over all
     * elements or the innermost axis pairwise, over another axis one by one; products one by one; single precision
     * rounds after every step. {@code src} has the reduced axis last; each of its groups is one result.
     */
    private static void floatReduce(Kind kind, NdArray a, NdArray src, int axis, int len, NdArray result) {
        boolean single = a.dtype == DType.FLOAT32;
        boolean all = axis < 0;
        long groups = result.size();
        if (kind != Kind.PROD && all) {
            double sum = NumpySummation.sumAll(a);
            result.writeDouble(0, kind == Kind.MEAN ? divide(sum, len, single, result.flavor) : sum);
            return;
        }
        if (all) {
            src = NumpySummation.inMemoryOrder(a); // a product of all elements multiplies in that order too
        }
        // NumPy's inner loop runs along the axis with the smallest stride: pairwise when that is the reduced one.
        boolean innerAxis = true;
        for (int d = 0; d < a.ndim() && !all; d++) {
            if (d != axis && a.shape[d] > 1 && Math.abs(a.strides[d]) <= Math.abs(a.strides[axis])) {
                innerAxis = false;
            }
        }
        if (!all && !innerAxis) {
            alongOuterAxis(kind, a, axis, len, result, single);
            return;
        }
        long[] offs = src.isContiguous() ? null : src.offsets();
        long start = src.offset;
        for (int g = 0; g < groups; g++) {
            long base = (long) g * len;
            double acc;
            if (kind == Kind.PROD) {
                acc = 1;
                for (int i = 0; i < len; i++) {
                    double v = a.readDouble(offs == null ? start + base + i : offs[(int) (base + i)]);
                    acc = single ? (double) ((float) acc * (float) v) : acc * v;
                }
            } else {
                double sum = offs == null ? a.storage.pairwiseSum(start + base, len)
                        : NumpySummation.pairwise(a, offs, (int) base, len, single);
                acc = NumpySummation.add(0, sum, single);
            }
            result.writeDouble(g, kind == Kind.MEAN ? divide(acc, len, single, result.flavor) : acc);
        }
    }

    /**
     * A reduction over an axis that is not the inner one: as NumPy, each result takes its elements one by one
     * along the axis, all results advancing together row by row (so memory is read in order).
     */
    private static void alongOuterAxis(Kind kind, NdArray a, int axis, int len, NdArray result, boolean single) {
        int nd = a.ndim();
        int[] groupShape = new int[nd - 1];
        long[] groupStrides = new long[nd - 1];
        for (int d = 0, k = 0; d < nd; d++) {
            if (d != axis) {
                groupShape[k] = a.shape[d];
                groupStrides[k++] = a.strides[d];
            }
        }
        NdArray groups = a.view(groupShape, groupStrides, a.offset);
        long step = a.strides[axis];
        if (kind != Kind.PROD && groups.isContiguous()) {
            sumRows(kind, a, groups.offset, step, len, (int) groups.size(), result, single);
            return;
        }
        long[] groupStart = groups.offsets();
        double[] acc = new double[groupStart.length];
        java.util.Arrays.fill(acc, kind == Kind.PROD ? 1 : 0);
        for (int i = 0; i < len; i++) {
            long shift = i * step;
            for (int g = 0; g < acc.length; g++) {
                double v = a.readDouble(groupStart[g] + shift);
                acc[g] = kind == Kind.PROD ? (single ? (double) ((float) acc[g] * (float) v) : acc[g] * v)
                        : NumpySummation.add(acc[g], v, single);
            }
        }
        for (int g = 0; g < acc.length; g++) {
            result.writeDouble(g, kind == Kind.MEAN ? divide(acc[g], len, single, result.flavor) : acc[g]);
        }
    }

    /** {@link #alongOuterAxis} when each row of results is contiguous: whole rows added at once. */
    private static void sumRows(Kind kind, NdArray a, long first, long step, int len, int groups, NdArray result,
                                boolean single) {
        if (single) {
            float[] acc = new float[groups];
            a.storage.addRowsInto(acc, first, step, len);
            for (int g = 0; g < groups; g++) {
                result.writeDouble(g, kind == Kind.MEAN ? divide(acc[g], len, true, result.flavor) : acc[g]);
            }
        } else {
            double[] acc = new double[groups];
            a.storage.addRowsInto(acc, first, step, len);
            for (int g = 0; g < groups; g++) {
                result.writeDouble(g, kind == Kind.MEAN ? divide(acc[g], len, false, result.flavor) : acc[g]);
            }
        }
    }

    /** NumPy's mean: the sum divided by the count, the count converted to the sum's type first. */
    /**
     * sum/mean/max/min/prod over several axes ({@code axis=(1, 3)}), adding in NumPy's order: a trailing block of
     * reduced axes is one pairwise run per result, and every other reduced axis adds those results one by one in
     * memory order, as NumPy's iterator does for a C-ordered array. A mean is that sum divided by the count.
     * Products multiply one by one, all reduced axes in memory order.
     */
    static NdArray reduce(Kind kind, NdArray a, int[] axes, boolean keepdims) {
        int nd = a.ndim();
        boolean[] reduced = new boolean[nd];
        for (int axis : axes) {
            if (a.flavor == Flavor.JAX && (axis < -nd || axis >= nd)) {
                throw new ArrayValueError("axis " + axis + " is out of bounds for array of dimension " + nd);
            }
            int ax = Shape.normalizeAxis(axis, nd);
            if (reduced[ax]) {
                throw new ArrayValueError("duplicate value in 'axis'");
            }
            reduced[ax] = true;
        }
        int[] keptShape = a.shape.clone();
        int count = 1;
        int reducedCount = 0;
        for (int d = 0; d < nd; d++) {
            if (reduced[d]) {
                keptShape[d] = 1;
                count *= a.shape[d];
                reducedCount++;
            }
        }
        NdArray result;
        if (reducedCount == 0) {
            result = Ops.finish(a.astype(resultType(kind, a.dtype, a.flavor)), a.flavor, Promotion.Weak.NONE);
        } else if (reducedCount == nd) {
            result = reduce(kind, a, (Integer) null, false);
        } else if (kind == Kind.MEAN) {
            NdArray sum = reduceInOrder(Kind.SUM, a.dtype.isFloat() ? a : a.astype(resultType(Kind.MEAN, a.dtype,
                    a.flavor)), reduced);
            result = sum.copy();
            for (long k = 0; k < result.size(); k++) {
                result.writeDouble(k, divide(sum.readDouble(sum.offset + k), count,
                        result.dtype != DType.FLOAT64, result.flavor));
            }
        } else {
            result = reduceInOrder(kind, a, reduced);
        }
        return keepdims ? result.reshape(keptShape) : result;
    }

    private static NdArray reduceInOrder(Kind kind, NdArray a, boolean[] reduced) {
        int nd = a.ndim();
        List<Integer> kept = new ArrayList<>();
        List<Integer> gone = new ArrayList<>();
        for (int d = 0; d < nd; d++) {
            (reduced[d] ? gone : kept).add(d);
        }
        int[] keptDims = kept.stream().mapToInt(d -> a.shape[d]).toArray();
        int goneSize = gone.stream().mapToInt(d -> a.shape[d]).reduce(1, (x, y) -> x * y);
        if (reduced[nd - 1] && kind != Kind.PROD) {
            // The trailing block of reduced axes: one run per result, summed pairwise (max/min: any order).
            int first = nd - 1;
            while (first > 0 && reduced[first - 1]) {
                first--;
            }
            int run = 1;
            for (int d = first; d < nd; d++) {
                run *= a.shape[d];
            }
            int[] merged = Arrays.copyOf(a.shape, first + 1);
            merged[first] = run;
            NdArray partial = reduce(kind, a.reshape(merged), first, false);
            if (first == kept.size()) {
                return partial;
            }
            boolean[] rest = Arrays.copyOf(reduced, first);
            return reduceInOrder(kind, partial, rest);
        }
        // The last axis is kept (or a product): results take their elements one by one in memory order.
        int[] order = new int[nd];
        int k = 0;
        if (kind == Kind.PROD) {
            for (int d : kept) {
                order[k++] = d;
            }
            for (int d : gone) {
                order[k++] = d;
            }
            int[] merged = Arrays.copyOf(keptDims, keptDims.length + 1);
            merged[keptDims.length] = goneSize;
            return reduce(kind, a.transpose(order).reshape(merged), keptDims.length, false);
        }
        for (int d : gone) {
            order[k++] = d;
        }
        for (int d : kept) {
            order[k++] = d;
        }
        int[] merged = new int[keptDims.length + 1];
        merged[0] = goneSize;
        System.arraycopy(keptDims, 0, merged, 1, keptDims.length);
        return reduce(kind, a.transpose(order).reshape(merged), 0, false);
    }

    private static double divide(double sum, int count, boolean single, Flavor flavor) {
        if (flavor == Flavor.JAX) {
            // XLA divides by the constant count as a multiplication by its reciprocal: mean([0..6]) is 3.0000002.
            return single ? (double) ((float) sum * (1f / count)) : sum * (1.0 / count);
        }
        return single ? (double) ((float) sum / (float) count) : sum / count;
    }
}
