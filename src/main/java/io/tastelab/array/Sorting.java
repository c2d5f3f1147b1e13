package io.tastelab.array;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * sort, argsort, unique and nonzero with NumPy's order: NaN after every number, {@code -0.0} equal to {@code 0.0},
 * uint64 unsigned. Sorting is stable (NumPy's {@code kind='stable'}, jax.numpy's default), so equal elements keep
 * their order; NumPy's default quicksort may order ties differently, which only argsort can show.
 */
final class Sorting {
    private Sorting() {
    }

    /** Orders two elements of {@code a}'s storage as NumPy's sort does. */
    private static int compare(NdArray a, long x, long y) {
        if (a.dtype.isComplex()) {
            double pr = a.storage.getReal(x);
            double pi = a.storage.getImag(x);
            double qr = a.storage.getReal(y);
            double qi = a.storage.getImag(y);
            return complexLess(pr, pi, qr, qi) ? -1 : complexLess(qr, qi, pr, pi) ? 1 : 0;
        }
        if (a.dtype.isFloat()) {
            double p = a.storage.getDouble(x);
            double q = a.storage.getDouble(y);
            boolean pNan = Double.isNaN(p);
            boolean qNan = Double.isNaN(q);
            if (pNan || qNan) {
                return pNan == qNan ? 0 : pNan ? 1 : -1;
            }
            return p < q ? -1 : p > q ? 1 : 0;
        }
        long p = a.storage.getLong(x);
        long q = a.storage.getLong(y);
        return a.dtype == DType.UINT64 ? Long.compareUnsigned(p, q) : Long.compare(p, q);
    }

    /**
     * NumPy's complex sort order ({@code CDOUBLE_LT} of npysort): lexicographic, a NaN part after every number, so
     * {@code [R + Rj, R + nanj, nan + Rj, nan + nanj]}.
     */
    private static boolean complexLess(double ar, double ai, double br, double bi) {
        if (ar < br) {
            return ai == ai || bi != bi;
        }
        if (ar > br) {
            return bi != bi && ai == ai;
        }
        if (ar == br || (ar != ar && br != br)) {
            return ai < bi || (bi != bi && ai == ai);
        }
        return br != br;
    }

    /** The permutation that stably sorts {@code offsets} (storage offsets of one line of {@code a}). */
    private static Integer[] order(NdArray a, long[] offsets, int start, int length) {
        Integer[] perm = new Integer[length];
        for (int i = 0; i < length; i++) {
            perm[i] = i;
        }
        Arrays.sort(perm, (i, j) -> compare(a, offsets[start + i], offsets[start + j]));
        return perm;
    }

    /** {@code a} with {@code axis} moved last, and the permutation that does it. */
    private static int[] axisLast(int ndim, int axis) {
        int[] perm = new int[ndim];
        int k = 0;
        for (int d = 0; d < ndim; d++) {
            if (d != axis) {
                perm[k++] = d;
            }
        }
        perm[ndim - 1] = axis;
        return perm;
    }

    /**
     * Sorts along {@code axis} (null: the flattened array); {@code indices} true gives argsort's positions (the
     * namespace's default int) instead of the values.
     */
    static NdArray sort(NdArray a, Integer axis, boolean indices) {
        NdArray source = axis == null ? a.reshape(-1) : a;
        if (source.ndim() == 0 && indices) {
            source = source.reshape(1); // NumPy's argsort of a 0-d array is array([0])
            axis = 0;
        }
        int ax = Shape.normalizeAxis(axis == null ? 0 : axis, source.ndim());
        int[] perm = axisLast(source.ndim(), ax);
        DType outType = indices ? a.flavor.defaultInt() : source.dtype;
        NdArray result = NdArray.zeros(a.flavor, outType, source.shape);
        long[] from = source.transpose(perm).offsets();
        long[] to = result.transpose(perm).offsets();
        int length = source.shape[ax];
        for (int start = 0; start + length <= from.length && length > 0; start += length) {
            Integer[] order = order(source, from, start, length);
            for (int i = 0; i < length; i++) {
                if (indices) {
                    result.writeLong(to[start + i], order[i], DType.INT64);
                } else {
                    result.writeFrom(to[start + i], source, from[start + order[i]]);
                }
            }
        }
        return result;
    }

    /** The indices of the nonzero (true, NaN included) elements, one index array per axis, in C order. */
    static List<NdArray> nonzero(NdArray a) {
        if (a.ndim() == 0) {
            String prefix = a.flavor == Flavor.JAX ? "jnp" : "np";
            throw new ArrayValueError("Calling nonzero on 0d arrays is not allowed. Use " + prefix
                    + ".atleast_1d(scalar).nonzero() instead.");
        }
        long[] offs = a.offsets();
        List<Integer> hits = new ArrayList<>();
        for (int k = 0; k < offs.length; k++) {
            boolean truth = a.dtype.isComplex() ? a.storage.getReal(offs[k]) != 0 || a.storage.getImag(offs[k]) != 0
                    : a.dtype.isFloat() ? a.storage.getDouble(offs[k]) != 0 || Double.isNaN(
                    a.storage.getDouble(offs[k])) : a.storage.getLong(offs[k]) != 0;
            if (truth) {
                hits.add(k);
            }
        }
        int nd = a.ndim();
        List<NdArray> out = new ArrayList<>();
        for (int d = 0; d < nd; d++) {
            out.add(NdArray.zeros(a.flavor, a.flavor.defaultInt(), new int[] {hits.size()}));
        }
        for (int h = 0; h < hits.size(); h++) {
            int flat = hits.get(h);
            for (int d = nd - 1; d >= 0; d--) {
                out.get(d).writeLong(h, flat % a.shape[d], DType.INT64);
                flat /= a.shape[d];
            }
        }
        return out;
    }

    /** What {@code unique} returns: the values and, where asked for, first indices, inverse and counts. */
    record Unique(NdArray values, NdArray index, NdArray inverse, NdArray counts) {
    }

    /**
     * {@code unique(a, return_index, return_inverse, return_counts, axis, equal_nan=True)}: sorted distinct
     * values (of the flattened array, or distinct slices along {@code axis} in lexicographic order). With
     * equal_nan, all NaNs count as one value.
     */
    static Unique unique(NdArray a, Integer axis, boolean equalNan) {
        Flavor f = a.flavor;
        NdArray rows;
        int[] rowShape;
        int ax = 0;
        if (axis == null) {
            rows = a.reshape(-1, 1);
            rowShape = new int[0];
        } else {
            ax = Shape.normalizeAxis(axis, a.ndim());
            int[] perm = new int[a.ndim()];
            perm[0] = ax;
            for (int d = 0, k = 1; d < a.ndim(); d++) {
                if (d != ax) {
                    perm[k++] = d;
                }
            }
            NdArray moved = a.transpose(perm).copy();
            rowShape = Arrays.copyOfRange(moved.shape, 1, moved.ndim());
            rows = moved.reshape(moved.shape[0], (int) Shape.size(rowShape));
        }
        int n = rows.shape[0];
        int width = rows.shape[1];
        long[] offs = rows.offsets();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (i, j) -> compareRows(rows, offs, i, j, width));
        boolean[] starts = new boolean[n];
        for (int k = 0; k < n; k++) {
            starts[k] = k == 0 || !sameRow(rows, offs, order[k - 1], order[k], width, equalNan);
        }
        int distinct = 0;
        for (boolean s : starts) {
            distinct += s ? 1 : 0;
        }
        NdArray values = NdArray.zeros(f, a.dtype, new int[] {distinct, width});
        NdArray first = NdArray.zeros(f, f.defaultInt(), new int[] {distinct});
        NdArray counts = NdArray.zeros(f, f.defaultInt(), new int[] {distinct});
        NdArray inverse = NdArray.zeros(f, f.defaultInt(), new int[] {n});
        int group = -1;
        long count = 0;
        for (int k = 0; k < n; k++) {
            if (starts[k]) {
                if (group >= 0) {
                    counts.writeLong(group, count, DType.INT64);
                }
                group++;
                count = 0;
                first.writeLong(group, order[k], DType.INT64);
                for (int c = 0; c < width; c++) {
                    values.writeFrom((long) group * width + c, rows, offs[order[k] * width + c]);
                }
            }
            count++;
            inverse.writeLong(order[k], group, DType.INT64);
        }
        if (group >= 0) {
            counts.writeLong(group, count, DType.INT64);
        }
        NdArray shaped;
        if (axis == null) {
            shaped = values.reshape(distinct);
            inverse = inverse.reshape(a.shape);
        } else {
            int[] outShape = new int[a.ndim()];
            outShape[0] = distinct;
            System.arraycopy(rowShape, 0, outShape, 1, rowShape.length);
            NdArray grouped = values.reshape(outShape);
            int[] back = new int[a.ndim()];
            for (int d = 0; d < a.ndim(); d++) {
                back[d] = d == ax ? 0 : d < ax ? d + 1 : d;
            }
            shaped = grouped.transpose(back).copy();
        }
        return new Unique(shaped, first, inverse, counts);
    }

    private static int compareRows(NdArray rows, long[] offs, int i, int j, int width) {
        for (int c = 0; c < width; c++) {
            int r = compare(rows, offs[i * width + c], offs[j * width + c]);
            if (r != 0) {
                return r;
            }
        }
        return 0;
    }

    private static boolean sameRow(NdArray rows, long[] offs, int i, int j, int width, boolean equalNan) {
        for (int c = 0; c < width; c++) {
            long x = offs[i * width + c];
            long y = offs[j * width + c];
            if (rows.dtype.isComplex()) {
                double pr = rows.storage.getReal(x);
                double pi = rows.storage.getImag(x);
                double qr = rows.storage.getReal(y);
                double qi = rows.storage.getImag(y);
                boolean bothNan = (Double.isNaN(pr) || Double.isNaN(pi)) && (Double.isNaN(qr) || Double.isNaN(qi));
                // NumPy's equal_nan collapses every element with a NaN part into one
                if (!(pr == qr && pi == qi || equalNan && bothNan)) {
                    return false;
                }
            } else if (rows.dtype.isFloat()) {
                double p = rows.storage.getDouble(x);
                double q = rows.storage.getDouble(y);
                if (!(p == q || equalNan && Double.isNaN(p) && Double.isNaN(q))) {
                    return false;
                }
            } else if (rows.storage.getLong(x) != rows.storage.getLong(y)) {
                return false;
            }
        }
        return true;
    }
}
