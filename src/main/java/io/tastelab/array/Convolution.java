package io.tastelab.array;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code convolve(a, v, mode)} and {@code correlate(a, v, mode)} of one-dimensional arrays, as NumPy and
 * jax.numpy define them: the shorter operand slides along the longer one; {@code full} gives every overlap,
 * {@code same} the longer one's length (centred as NumPy centres it), {@code valid} the complete overlaps only.
 *
 * <p>Result types: NumPy's promotion of both (integers stay integers and wrap, bools give bools); jax.numpy
 * promotes to inexact first (JAX's {@code promote_dtypes_inexact}: two int32 give float32). Each output element
 * is one dot product, accumulated left to right in the result type (long for integers, which then wrap): float32
 * sums are rounded at each step as a plain float32 loop rounds them (NumPy's BLAS sdot and XLA may add in another
 * order, so float32 results can differ from theirs in the last bits).
 */
public final class Convolution {

    private Convolution() {
    }

    static NdArray apply(Flavor flavor, NdArray a, NdArray v, String mode, boolean correlate) {
        String op = correlate ? "correlate" : "convolve";
        if (flavor == Flavor.JAX && (a.ndim() != 1 || v.ndim() != 1)) {
            throw new ArrayValueError(op + "() only support 1-dimensional inputs.");
        }
        if (a.ndim() > 1 || v.ndim() > 1) {
            throw new ArrayValueError("object too deep for desired array");
        }
        DType dtype;
        if (flavor == Flavor.JAX) {
            dtype = Promotion.inexact(Flavor.JAX, Promotion.jaxResultType(List.of(a.typed(), v.typed())).dtype());
            if (a.size() == 0 || v.size() == 0) {
                throw new ArrayValueError(op + ": inputs cannot be empty, got shapes " + Shape.pythonTuple(a.shape())
                        + " and " + Shape.pythonTuple(v.shape()) + ".");
            }
        } else {
            dtype = Promotion.numpyPromoteTypes(a.dtype(), v.dtype());
            if (a.size() == 0) {
                throw new ArrayValueError("a cannot be empty");
            }
            if (v.size() == 0) {
                throw new ArrayValueError("v cannot be empty");
            }
        }
        if (!List.of("full", "same", "valid").contains(mode)) {
            throw new ArrayValueError(flavor == Flavor.JAX ? "mode must be one of ['full', 'same', 'valid']"
                    : "mode must be one of 'valid', 'same', or 'full' (got " + pythonRepr(mode) + ")");
        }
        boolean swapped = a.size() < v.size();
        NdArray longer = swapped ? v : a;
        NdArray shorter = swapped ? a : v;
        int n = (int) longer.size();
        int m = (int) shorter.size();
        // The kernel as slid over the longer operand: reversed for a convolution, as given for a correlation.
        boolean reverse = !correlate;
        int left = switch (mode) {
            case "full" -> m - 1;
            case "same" -> m / 2;
            default -> 0;
        };
        int length = switch (mode) {
            case "full" -> n + m - 1;
            case "same" -> n;
            default -> n - m + 1;
        };
        boolean exactIntegers = !dtype.isFloat();
        boolean single = dtype == DType.FLOAT32; // float32 products and sums, each rounded, as the float32 loops do
        double[] x = longer.toDoubleArray();
        double[] w = shorter.toDoubleArray();
        long[] xi = exactIntegers ? longer.toLongArray() : null;
        long[] wi = exactIntegers ? shorter.toLongArray() : null;
        List<Object> out = new ArrayList<>(length);
        for (int k = 0; k < length; k++) {
            int shift = k - left; // where the kernel's first tap sits on the longer operand
            double sum = 0;
            long integerSum = 0;
            for (int j = 0; j < m; j++) {
                int i = shift + j;
                if (i < 0 || i >= n) {
                    continue;
                }
                int tap = reverse ? m - 1 - j : j;
                if (exactIntegers) {
                    integerSum += xi[i] * wi[tap];
                } else if (single) {
                    sum = (float) (sum + (float) (x[i] * w[tap]));
                } else {
                    sum += x[i] * w[tap];
                }
            }
            out.add(dtype.isBool() ? (Object) (integerSum != 0) : exactIntegers ? (Object) integerSum : (Object) sum);
        }
        if (correlate && swapped) {
            java.util.Collections.reverse(out); // NumPy's (and JAX's) correlate of a shorter a: the reversed result
        }
        // Integer sums wrap to the result type, as NumPy's integer loops do.
        return Creation.fromNested(flavor, out, exactIntegers && !dtype.isBool() ? DType.INT64 : dtype).astype(dtype);
    }

    /**
     * {@code lax.conv_general_dilated(lhs, rhs, window_strides, padding)} with the default dimension numbers
     * (lhs N,C,spatial...; rhs O,I,spatial...; out N,O,spatial...), no dilation and one feature group: a
     * cross-correlation (the kernel is not flipped) of the zero-padded input, each output a sum over input channels
     * and kernel taps in the operands' dtype (float32 sums rounded at each step).
     */
    public static NdArray convGeneralDilated(NdArray lhs, NdArray rhs, int[] strides, int[][] padding) {
        int[] ones = new int[Math.max(lhs.ndim() - 2, 0)];
        java.util.Arrays.fill(ones, 1);
        return convGeneralDilated(lhs, rhs, strides, padding, ones, ones);
    }

    /**
     * The same with dilations: {@code lhsDilation} spreads the input's elements apart (zeros between them, a
     * transposed convolution), {@code rhsDilation} the kernel's taps (an atrous convolution); sizes and 'SAME'
     * padding count the dilated extents, as XLA does.
     */
    public static NdArray convGeneralDilated(NdArray lhs, NdArray rhs, int[] strides, int[][] padding,
            int[] lhsDilation, int[] rhsDilation) {
        if (lhs.dtype() != rhs.dtype()) {
            throw new ArrayTypeError("lax.conv_general_dilated requires arguments to have the same dtypes, got "
                    + lhs.dtype() + ", " + rhs.dtype() + ".");
        }
        int spatial = lhs.ndim() - 2;
        if (spatial < 1 || rhs.ndim() != lhs.ndim()) {
            throw new ArrayTypeError("conv_general_dilated lhs and rhs must have the same number of dimensions (at "
                    + "least 3), but got " + lhs.ndim() + " and " + rhs.ndim() + ".");
        }
        if (strides.length != spatial || padding.length != spatial || lhsDilation.length != spatial
                || rhsDilation.length != spatial) {
            throw new ArrayValueError("conv_general_dilated: window_strides, padding and the dilations must have "
                    + spatial + " entries, one per spatial dimension");
        }
        int[] ls = lhs.shape();
        int[] rs = rhs.shape();
        if (ls[1] != rs[1]) {
            throw new ArrayValueError("conv_general_dilated lhs feature dimension size divided by "
                    + "feature_group_count must equal the rhs input feature dimension size, but " + ls[1] + " // 1 != "
                    + rs[1] + ".");
        }
        int[] outSpatial = new int[spatial];
        for (int d = 0; d < spatial; d++) {
            int padded = dilatedSize(ls[2 + d], lhsDilation[d]) + padding[d][0] + padding[d][1];
            int window = dilatedSize(rs[2 + d], rhsDilation[d]);
            outSpatial[d] = padded < window ? 0 : (padded - window) / strides[d] + 1;
        }
        int[] outShape = new int[lhs.ndim()];
        outShape[0] = ls[0];
        outShape[1] = rs[0];
        System.arraycopy(outSpatial, 0, outShape, 2, spatial);
        MemoryGuard.check(outShape, lhs.dtype());
        double[] x = lhs.toDoubleArray();
        double[] w = rhs.toDoubleArray();
        boolean single = lhs.dtype() == DType.FLOAT32;
        int outCount = (int) Shape.size(outShape);
        List<Object> out = new ArrayList<>(outCount);
        int[] outIndex = new int[lhs.ndim()];
        int kernelTaps = (int) Shape.size(java.util.Arrays.copyOfRange(rs, 2, rs.length));
        int inputTaps = (int) Shape.size(java.util.Arrays.copyOfRange(ls, 2, ls.length));
        for (int flat = 0; flat < outCount; flat++) {
            int rest = flat;
            for (int d = outShape.length - 1; d >= 0; d--) {
                outIndex[d] = rest % outShape[d];
                rest /= outShape[d];
            }
            double sum = 0;
            for (int c = 0; c < ls[1]; c++) {
                for (int tap = 0; tap < kernelTaps; tap++) {
                    int t = tap;
                    int inputOffset = 0;
                    boolean inside = true;
                    for (int d = spatial - 1, stride = 1; d >= 0; d--) {
                        int k = t % rs[2 + d];
                        t /= rs[2 + d];
                        int dilated = outIndex[2 + d] * strides[d] + k * rhsDilation[d] - padding[d][0];
                        if (dilated < 0 || dilated % lhsDilation[d] != 0 || dilated / lhsDilation[d] >= ls[2 + d]) {
                            inside = false; // padding, or one of the zeros a dilated input has between elements
                            break;
                        }
                        int position = dilated / lhsDilation[d];
                        inputOffset += position * stride;
                        stride *= ls[2 + d];
                    }
                    if (!inside) {
                        continue;
                    }
                    double product = x[(outIndex[0] * ls[1] + c) * inputTaps + inputOffset]
                            * w[(outIndex[1] * rs[1] + c) * kernelTaps + tap];
                    sum = single ? (float) (sum + (float) product) : sum + product;
                }
            }
            out.add(lhs.dtype().isFloat() ? (Object) sum : (Object) Math.round(sum));
        }
        return Creation.fromNested(Flavor.JAX, out, lhs.dtype()).reshape(outShape);
    }

    /** The extent of {@code size} elements with {@code dilation - 1} zeros between neighbours. */
    public static int dilatedSize(int size, int dilation) {
        return size == 0 ? 0 : (size - 1) * dilation + 1;
    }

    private static String pythonRepr(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
