package io.tastelab.playground.arrays;

import io.tastelab.array.ArrayNamespace;
import io.tastelab.array.DType;
import io.tastelab.array.Flavor;
import io.tastelab.array.NdArray;
import io.tastelab.array.Shape;
import io.tastelab.array.TraceGraph;
import io.tastelab.playground.interp.Arguments;
import io.tastelab.playground.interp.NoneValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.Value;
import java.util.List;
import java.util.Map;

/**
 * {@code take} and {@code pad} of {@code numpy} and {@code jax.numpy}, eager and traced, written once over
 * {@link ElementMoves}: each computes where every result element comes from (an index plan per axis) and gathers
 * it; what comes from outside the array (jnp.take's fill, pad's constants) is put in with a where on a known mask.
 * take's modes are each library's: NumPy raise (default), wrap and clip (negative indices clipped to 0); JAX fill
 * (default: negative indices counted from the end once, the rest out of range give NaN, the integer minimum or
 * maximum, or True), clip and wrap, raise refused as JAX refuses it. pad: constant, edge, reflect (even), symmetric
 * and wrap, pad widths and constants broadcast to (ndim, 2) as NumPy does; the other modes are refused by name.
 */
final class TakeAndPad {
    private static final List<String> NUMPY_TAKE = List.of("a", "indices", "axis", "out", "mode");
    private static final List<String> JAX_TAKE = List.of("a", "indices", "axis", "out", "mode", "unique_indices",
            "indices_are_sorted", "fill_value");
    private static final List<String> PAD = List.of("array", "pad_width", "mode", "constant_values", "end_values",
            "reflect_type", "stat_length");

    private TakeAndPad() {
    }

    static void register(Map<String, Value> f, ArrayNamespace ns) {
        ElementMoves.Eager eager = new ElementMoves.Eager(ns);
        f.put("take", Fn.arrayFunction("take", ns.flavor() == Flavor.NUMPY ? NUMPY_TAKE : JAX_TAKE, 2, (a, c) ->
                ArrayValue.wrap(scalarIfNumpy(ns, take(eager, ns, a)))));
        f.put("pad", Fn.arrayFunction("pad", PAD, 2, (a, c) -> ArrayValue.wrap(pad(eager, ns, a))));
    }

    /** The traced form of take or pad (jnp under jit, grad, jvp, vmap). */
    static TraceGraph.Node traced(String name, Arguments arguments, TraceGraph graph) {
        ElementMoves.Traced traced = new ElementMoves.Traced(graph);
        if (name.equals("take")) {
            return take(traced, ArrayNamespace.JAX, arguments.bind(name, JAX_TAKE, 2));
        }
        return pad(traced, ArrayNamespace.JAX, arguments.bind(name, PAD, 2));
    }

    private static NdArray scalarIfNumpy(ArrayNamespace ns, NdArray result) {
        return ns.flavor() == Flavor.NUMPY && result.ndim() == 0 ? Py.guard(() -> ns.scalar(result.item(),
                result.dtype())) : result;
    }

    /** A value that fixes an index plan: it must be known, also under jit. */
    private static NdArray concrete(ArrayNamespace ns, Value value, String function, String argument) {
        if (value instanceof TracerValue tracer) {
            throw PlaygroundError.of("ConcretizationTypeError", "Abstract tracer value encountered where concrete "
                    + "value is expected: traced array with shape " + tracer.node().abstractValue() + "\nThe "
                    + argument + " argument of jnp." + function + " must be a concrete value in the playground's "
                    + "jax.jit; pass it as a Python value or mark it static.\n\nSee "
                    + "https://docs.jax.dev/en/latest/errors.html#jax.errors.ConcretizationTypeError");
        }
        return Py.asArray(ns, value, function);
    }

    private static boolean given(Value value) {
        return value != null && value != NoneValue.INSTANCE;
    }

    static <T> T take(ElementMoves<T> m, ArrayNamespace ns, Value[] a) {
        boolean numpy = ns.flavor() == Flavor.NUMPY;
        if (given(a[3])) {
            throw PlaygroundError.of("NotImplementedError", "take(..., out=...) is not supported by the playground: "
                    + "assign the result");
        }
        T x = m.operand(a[0], "take");
        NdArray indices = concrete(ns, a[1], "take", "indices");
        // An array of floats is refused; Python floats (a list, a scalar) are cut to ints as NumPy converts them
        if (!indices.dtype().isInteger() && !indices.dtype().isBool() && indices.size() > 0
                && (a[1] instanceof ArrayValue || !numpy)) {
            throw numpy ? PlaygroundError.typeError("Cannot cast array data from dtype('" + indices.dtype()
                    .numpyName() + "') to dtype('int64') according to the rule 'same_kind'")
                    : PlaygroundError.typeError("take: indices must be of integer type, got " + indices.dtype());
        }
        String mode = given(a[4]) ? Py.toStr(a[4], "mode") : numpy ? "raise" : "fill";
        if (numpy && !List.of("raise", "wrap", "clip").contains(mode)) {
            throw PlaygroundError.valueError("clipmode must be one of 'clip', 'raise', or 'wrap' (got '" + mode
                    + "')");
        }
        if (!numpy && mode.equals("raise")) {
            throw PlaygroundError.of("NotImplementedError", "The 'raise' mode to jnp.take is not supported.");
        }
        if (!numpy && !List.of("fill", "clip", "wrap", "promise_in_bounds").contains(mode)) {
            throw PlaygroundError.valueError("Invalid mode '" + mode + "' for np.take");
        }
        int axis;
        if (!given(a[2])) {
            x = ManipulationFunctions.ravel(m, x);
            axis = 0;
        } else {
            axis = ManipulationFunctions.normalizeAxis(ns, Py.toInt(a[2], "axis"), m.shape(x).length);
        }
        int[] shape = m.shape(x);
        int n = shape[axis];
        long[] wanted = Py.guard(() -> indices.astype(DType.INT64)).toLongArray();
        int[] positions = new int[wanted.length];
        boolean[] outside = new boolean[wanted.length];
        boolean anyOutside = false;
        for (int k = 0; k < wanted.length; k++) {
            long i = wanted[k];
            if (n == 0 && !mode.equals("fill")) {
                throw PlaygroundError.of("IndexError", "cannot do a non-empty take from an empty axes.");
            }
            long at = switch (mode) {
                case "raise" -> {
                    if (i < -n || i >= n) {
                        throw PlaygroundError.of("IndexError", "index " + i + " is out of bounds for axis " + axis
                                + " with size " + n);
                    }
                    yield i < 0 ? i + n : i;
                }
                case "wrap" -> Math.floorMod(i, (long) n);
                case "clip" -> Math.max(0, Math.min(n - 1, i));
                default -> { // fill, promise_in_bounds: negative indices count from the end once
                    long j = i < 0 ? i + n : i;
                    outside[k] = j < 0 || j >= n;
                    yield outside[k] ? 0 : j;
                }
            };
            anyOutside |= outside[k];
            positions[k] = (int) at;
        }
        int[] resultShape = new int[shape.length - 1 + indices.ndim()];
        System.arraycopy(shape, 0, resultShape, 0, axis);
        System.arraycopy(indices.shape(), 0, resultShape, axis, indices.ndim());
        System.arraycopy(shape, axis + 1, resultShape, axis + indices.ndim(), shape.length - axis - 1);
        DType dtype = m.dtype(x);
        if (n == 0) { // every index is outside an empty axis: all fill
            return m.constant(ns.full(resultShape, fillValue(ns, dtype, a[7]), dtype));
        }
        T result = m.reshape(m.gather(x, axis, positions), resultShape);
        if (!anyOutside || mode.equals("promise_in_bounds")) {
            return result;
        }
        int[] maskShape = new int[resultShape.length];
        java.util.Arrays.fill(maskShape, 1);
        System.arraycopy(indices.shape(), 0, maskShape, axis, indices.ndim());
        List<Object> flags = new java.util.ArrayList<>();
        for (boolean flag : outside) {
            flags.add(flag);
        }
        NdArray mask = Py.guard(() -> ns.array(flags, DType.BOOL).reshape(maskShape));
        return m.where(mask, m.constant(ns.full(new int[0], fillValue(ns, dtype, a[7]), dtype)), result);
    }

    /** jnp.take's fill: the given value, else NaN (inexact), the minimum (signed), the maximum (unsigned), True. */
    private static Object fillValue(ArrayNamespace ns, DType dtype, Value given) {
        if (given(given)) {
            return Py.asArray(ns, given, "take").item();
        }
        if (dtype.isFloat() || dtype.isComplex()) {
            return Double.NaN;
        }
        if (dtype.isBool()) {
            return Boolean.TRUE;
        }
        int bits = dtype.itemSize() * 8;
        if (dtype.isUnsigned()) {
            return bits == 64 ? -1L : (1L << bits) - 1;
        }
        return bits == 64 ? Long.MIN_VALUE : -(1L << (bits - 1));
    }

    static <T> T pad(ElementMoves<T> m, ArrayNamespace ns, Value[] a) {
        T x = m.operand(a[0], "pad");
        int[] shape = m.shape(x);
        int ndim = shape.length;
        String mode = given(a[2]) ? Py.toStr(a[2], "mode") : "constant";
        switch (mode) {
            case "constant", "edge", "reflect", "symmetric", "wrap" -> { }
            case "linear_ramp", "maximum", "mean", "median", "minimum", "empty" -> throw PlaygroundError.of(
                    "NotImplementedError", "pad(..., mode='" + mode + "') is not supported by the playground (it "
                    + "pads with 'constant', 'edge', 'reflect', 'symmetric' and 'wrap')");
            default -> throw PlaygroundError.valueError("mode '" + mode + "' is not supported");
        }
        List<String> allowed = switch (mode) {
            case "constant" -> List.of("constant_values");
            case "reflect", "symmetric" -> List.of("reflect_type");
            default -> List.of();
        };
        List<String> unsupported = new java.util.ArrayList<>();
        for (int slot = 3; slot < PAD.size(); slot++) {
            if (a[slot] != null && !allowed.contains(PAD.get(slot))) {
                unsupported.add("'" + PAD.get(slot) + "'");
            }
        }
        if (!unsupported.isEmpty()) {
            throw PlaygroundError.valueError("unsupported keyword arguments for mode '" + mode + "': {"
                    + String.join(", ", unsupported) + "}");
        }
        if (a[5] != null && !Py.toStr(a[5], "reflect_type").equals("even")) {
            throw PlaygroundError.of("NotImplementedError", "pad(..., reflect_type='" + Py.toStr(a[5],
                    "reflect_type") + "') is not supported by the playground (only 'even')");
        }
        NdArray widthsGiven = concrete(ns, a[1], "pad", "pad_width");
        if (!widthsGiven.dtype().isInteger() && !widthsGiven.dtype().isBool()) {
            throw PlaygroundError.typeError("`pad_width` must be of integral type.");
        }
        long[][] widths = pairs(widthsGiven, ndim);
        for (long[] pair : widths) {
            if (pair[0] < 0 || pair[1] < 0) {
                throw PlaygroundError.valueError("index can't contain negative values");
            }
        }
        NdArray constants = given(a[3]) ? concrete(ns, a[3], "pad", "constant_values") : null;
        double[][] constantPairs = constants == null ? null : doublePairs(constants, ndim);
        DType dtype = m.dtype(x);
        T result = x;
        for (int d = 0; d < ndim; d++) {
            int before = Math.toIntExact(widths[d][0]);
            int after = Math.toIntExact(widths[d][1]);
            if (before == 0 && after == 0) {
                continue;
            }
            int n = m.shape(result)[d];
            int length = before + n + after;
            int[] padded = m.shape(result).clone();
            padded[d] = length;
            if (n == 0 && !mode.equals("constant")) {
                throw PlaygroundError.valueError("can't extend empty axis " + d + " using modes other than "
                        + "'constant' or 'empty'");
            }
            double low = constantPairs == null ? 0 : constantPairs[d][0];
            double high = constantPairs == null ? 0 : constantPairs[d][1];
            if (n == 0) {
                int[] lowShape = padded.clone();
                lowShape[d] = before;
                int[] highShape = padded.clone();
                highShape[d] = after;
                int axis = d;
                NdArray lowPart = ns.full(lowShape, low, dtype);
                NdArray highPart = ns.full(highShape, high, dtype);
                result = m.constant(Py.guard(() -> ns.concatenate(List.of(lowPart, highPart), axis)));
                continue;
            }
            int[] positions = new int[length];
            for (int p = 0; p < length; p++) {
                long i = p - before;
                positions[p] = (int) switch (mode) {
                    case "reflect" -> {
                        if (n == 1) {
                            yield 0;
                        }
                        long period = 2L * (n - 1);
                        long j = Math.floorMod(i, period);
                        yield j >= n ? period - j : j;
                    }
                    case "symmetric" -> {
                        long j = Math.floorMod(i, 2L * n);
                        yield j >= n ? 2L * n - 1 - j : j;
                    }
                    case "wrap" -> Math.floorMod(i, (long) n);
                    default -> Math.max(0, Math.min(n - 1, i)); // edge; constant's outside is replaced below
                };
            }
            result = m.gather(result, d, positions);
            if (mode.equals("constant")) {
                int[] maskShape = new int[ndim];
                java.util.Arrays.fill(maskShape, 1);
                maskShape[d] = length;
                List<Object> lowFlags = new java.util.ArrayList<>();
                List<Object> highFlags = new java.util.ArrayList<>();
                for (int p = 0; p < length; p++) {
                    lowFlags.add(p < before);
                    highFlags.add(p >= before + n);
                }
                NdArray lowMask = Py.guard(() -> ns.array(lowFlags, DType.BOOL).reshape(maskShape));
                NdArray highMask = Py.guard(() -> ns.array(highFlags, DType.BOOL).reshape(maskShape));
                result = m.where(lowMask, m.constant(ns.full(new int[0], low, dtype)), m.where(highMask,
                        m.constant(ns.full(new int[0], high, dtype)), result));
            }
        }
        return result == x ? m.copy(x) : result;
    }

    /** NumPy's broadcast of pad_width (or constant_values) to (ndim, 2): (), (1,), (2,), (1, 2), (ndim, 1|2). */
    private static long[][] pairs(NdArray given, int ndim) {
        double[][] values = doublePairs(given, ndim);
        long[][] out = new long[ndim][2];
        for (int d = 0; d < ndim; d++) {
            out[d][0] = (long) values[d][0];
            out[d][1] = (long) values[d][1];
        }
        return out;
    }

    private static double[][] doublePairs(NdArray given, int ndim) {
        int[] shape = given.shape();
        boolean fits = shape.length <= 2;
        int rows = shape.length == 2 ? shape[0] : 1;
        int columns = shape.length >= 1 ? shape[shape.length - 1] : 1;
        fits &= (rows == 1 || rows == ndim) && (columns == 1 || columns == 2);
        if (!fits) {
            throw PlaygroundError.valueError("operands could not be broadcast together with remapped shapes "
                    + "[original->remapped]: " + Shape.pythonTuple(shape).replace(" ", "") + "  and requested "
                    + "shape (" + ndim + ",2)");
        }
        double[] flat = given.astype(DType.FLOAT64).toDoubleArray();
        double[][] out = new double[ndim][2];
        for (int d = 0; d < ndim; d++) {
            for (int side = 0; side < 2; side++) {
                int row = rows == 1 ? 0 : d;
                int column = columns == 1 ? 0 : side;
                out[d][side] = flat[row * columns + column];
            }
        }
        return out;
    }
}
