package io.tastelab.array;

import java.util.ArrayList;
import java.util.List;

/**
 * The functions of {@code np} ({@link #NUMPY}) and {@code jnp} ({@link #JAX}): the same operations with each
 * library's defaults (float64/int64 vs float32/int32), promotion rules and mutability.
 *
 * <p>Arguments that are "array-like" accept an {@link NdArray}, a Python scalar ({@code Long}, {@code Double},
 * {@code Boolean}) or nested {@link List}s of them. Optional arguments are nullable. Thread-safe: the
 * namespaces hold no state.
 */
public final class ArrayNamespace {
    public static final ArrayNamespace NUMPY = new ArrayNamespace(Flavor.NUMPY);
    public static final ArrayNamespace JAX = new ArrayNamespace(Flavor.JAX);

    private final Flavor flavor;

    private ArrayNamespace(Flavor flavor) {
        this.flavor = flavor;
    }

    public static ArrayNamespace of(Flavor flavor) {
        return flavor == Flavor.NUMPY ? NUMPY : JAX;
    }

    public Flavor flavor() {
        return flavor;
    }

    /** A dtype by name, as this namespace stores it ({@code jnp.float64} is float32 with 64-bit types off). */
    public DType dtype(String name) {
        return flavor.canonical(DType.parse(name));
    }

    // ------------------------------------------------------------------ creation

    /** {@code array(obj, dtype=None)}: always a new array. */
    public NdArray array(Object obj, DType dtype) {
        if (obj instanceof NdArray a) {
            NdArray r = a.withFlavor(flavor);
            return r.astype(dtype == null ? r.dtype : dtype);
        }
        return Creation.fromNested(flavor, obj, dtype);
    }

    /**
     * A scalar as {@code np.float32(3)} makes it (a NumPy scalar, printed {@code np.float32(3.0)}) or
     * {@code jnp.float32(3)} does (a 0-d JAX array).
     */
    public NdArray scalar(Object value, DType dtype) {
        NdArray a = array(value, dtype);
        if (a.ndim() != 0) {
            throw new ArrayTypeError("expected a scalar, got an array of shape " + a.shapeString());
        }
        return flavor == Flavor.NUMPY ? a.withScalar(true) : a.withWeak(Promotion.Weak.NONE);
    }

    public NdArray array(Object obj) {
        return array(obj, null);
    }

    /** {@code asarray(obj, dtype=None)}: no copy when {@code obj} already is such an array. */
    public NdArray asarray(Object obj, DType dtype) {
        if (obj instanceof NdArray a && a.flavor == flavor && (dtype == null || flavor.canonical(dtype) == a.dtype)) {
            return a;
        }
        return array(obj, dtype);
    }

    public NdArray zeros(int[] shape, DType dtype) {
        checkJaxFillShape(shape);
        return NdArray.zeros(flavor, flavor.canonical(dtype == null ? flavor.defaultFloat() : dtype), shape);
    }

    public NdArray ones(int[] shape, DType dtype) {
        return full(shape, 1L, dtype == null ? flavor.defaultFloat() : dtype);
    }

    /** {@code full(shape, fill_value, dtype=None)}; the dtype defaults to the fill value's. */
    public NdArray full(int[] shape, Object fillValue, DType dtype) {
        checkJaxFillShape(shape);
        NdArray fill = fillValue instanceof NdArray a ? a : Creation.fromNested(flavor, fillValue, null);
        DType d = flavor.canonical(dtype != null ? dtype : fill.dtype);
        if (flavor == Flavor.NUMPY && Creation.isPythonScalar(fillValue) && !(fillValue instanceof Double)) {
            // np.full copies with casting='unsafe', which still refuses a Python int out of range (NEP 50).
            Creation.checkFits(fillValue, d, flavor);
        }
        NdArray out = NdArray.zeros(flavor, d, shape);
        long[] src = Indexing.broadcastSourceOffsets(fill, shape);
        for (int k = 0; k < src.length; k++) {
            out.writeFrom(k, fill, src[k]);
        }
        // jnp.full((2,), 2.5) broadcasts the weak scalar: the result is weak too.
        return flavor == Flavor.JAX && dtype == null && fill.weak != Promotion.Weak.NONE ? out.withWeak(fill.weak)
                : out;
    }

    /** jnp.zeros, ones and full broadcast a value with lax.broadcast_in_dim, whose TypeError names a negative size. */
    private void checkJaxFillShape(int[] shape) {
        if (flavor == Flavor.JAX) {
            for (int d : shape) {
                if (d < 0) {
                    throw new ArrayTypeError("broadcast_in_dim shape must have every element be nonnegative, got "
                            + Shape.pythonTuple(shape) + ".");
                }
            }
        }
    }

    /**
     * {@code arange(start, stop, step, dtype)}; {@code stop == null} means {@code arange(start)}. Length is
     * {@code ceil((stop - start) / step)}; ints give the default int, any float the default float.
     */
    public NdArray arange(Number start, Number stop, Number step, DType dtype) {
        Number lo = stop == null ? 0L : start;
        Number hi = stop == null ? start : stop;
        Number st = step == null ? 1L : step;
        boolean anyFloat = isFloat(lo) || isFloat(hi) || isFloat(st);
        if (st.doubleValue() == 0) {
            throw new ArrayZeroDivisionError("division by zero");
        }
        DType d = flavor.canonical(dtype != null ? dtype : anyFloat ? flavor.defaultFloat() : flavor.defaultInt());
        double lenD = Math.ceil((hi.doubleValue() - lo.doubleValue()) / st.doubleValue());
        if (Double.isNaN(lenD)) {
            throw new ArrayValueError("arange: cannot compute length");
        }
        long len = (long) Math.max(0, lenD);
        if (len > Integer.MAX_VALUE) {
            throw new ArrayMemoryException(len * d.itemSize(), MemoryGuard.limitBytes(), "(" + len + ",)", d);
        }
        NdArray out = NdArray.zeros(flavor, d, new int[] {(int) len});
        if (!anyFloat && !d.isFloat()) {
            long s = lo.longValue();
            long inc = st.longValue();
            for (int i = 0; i < len; i++) {
                out.writeLong(i, s + i * inc, DType.INT64);
            }
        } else if (d == DType.FLOAT32 || d == DType.FLOAT16) {
            float s = (float) lo.doubleValue();
            float delta = (float) (lo.doubleValue() + st.doubleValue()) - s;
            for (int i = 0; i < len; i++) {
                out.writeDouble(i, s + i * delta);
            }
        } else {
            double s = lo.doubleValue();
            double delta = (s + st.doubleValue()) - s;
            for (int i = 0; i < len; i++) {
                out.writeDouble(i, s + i * delta);
            }
        }
        return out;
    }

    private static boolean isFloat(Number n) {
        return n instanceof Double || n instanceof Float;
    }

    /** {@code linspace(start, stop, num=50, endpoint=True, dtype=None)}. */
    public NdArray linspace(double start, double stop, int num, boolean endpoint, DType dtype) {
        if (num < 0) {
            throw new ArrayValueError("Number of samples, " + num + ", must be non-negative.");
        }
        DType d = flavor.canonical(dtype != null ? dtype : flavor.defaultFloat());
        NdArray out = NdArray.zeros(flavor, d, new int[] {num});
        int div = endpoint ? num - 1 : num;
        double delta = stop - start;
        double step = div > 0 ? delta / div : Double.NaN;
        for (int i = 0; i < num; i++) {
            double v;
            if (div > 0) {
                v = step == 0 ? (i / (double) div) * delta : i * step;
            } else {
                v = i * delta;
            }
            v += start;
            if (endpoint && num > 1 && i == num - 1) {
                v = stop;
            }
            out.writeDouble(i, v);
        }
        return out;
    }

    /** {@code eye(N, M=None, k=0, dtype=float)}. */
    public NdArray eye(int n, Integer m, int k, DType dtype) {
        int cols = m == null ? n : m;
        NdArray out = zeros(new int[] {n, cols}, dtype);
        for (int i = 0; i < n; i++) {
            int j = i + k;
            if (j >= 0 && j < cols) {
                out.writeLong((long) i * cols + j, 1, DType.INT64);
            }
        }
        return out;
    }

    /**
     * A float32 array of {@code shape} holding a copy of {@code data} (C order), as a random generator
     * produces it.
     */
    public NdArray fromFloats(float[] data, int... shape) {
        checkLength(data.length, shape, DType.FLOAT32);
        return NdArray.wrap(flavor, io.tastelab.array.nd4j.NdStorage.ofFloats(data), shape);
    }

    /**
     * An int32 or uint32 array of {@code shape} holding a copy of {@code data} (C order; for uint32 the ints
     * are bit patterns).
     */
    public NdArray fromInts(int[] data, DType dtype, int... shape) {
        checkLength(data.length, shape, dtype);
        if (dtype == DType.INT32) {
            return NdArray.wrap(flavor, io.tastelab.array.nd4j.NdStorage.ofInts(data), shape);
        }
        if (dtype != DType.UINT32) {
            throw new IllegalArgumentException("fromInts makes int32 or uint32 arrays, not " + dtype);
        }
        NdArray out = NdArray.zeros(flavor, dtype, shape);
        for (int i = 0; i < data.length; i++) {
            out.writeLong(i, Integer.toUnsignedLong(data[i]), DType.INT64);
        }
        return out;
    }

    private static void checkLength(int length, int[] shape, DType dtype) {
        long n = MemoryGuard.check(shape, dtype);
        if (n != length) {
            throw new IllegalArgumentException(length + " elements cannot fill shape " + Shape.pythonTuple(shape));
        }
    }

    // ------------------------------------------------------------------ shape functions

    public NdArray reshape(Object a, int... shape) {
        return asOperand(a).reshape(shape);
    }

    public NdArray transpose(Object a, int[] axes) {
        NdArray x = asOperand(a);
        return axes == null ? x.transpose() : x.transpose(axes);
    }

    public NdArray squeeze(Object a, Integer axis) {
        return Manipulation.squeeze(asOperand(a), axis);
    }

    public NdArray expandDims(Object a, int axis) {
        return Manipulation.expandDims(asOperand(a), axis);
    }

    public NdArray concatenate(List<?> arrays, Integer axis) {
        return Manipulation.concatenate(arrays, axis, flavor);
    }

    public NdArray stack(List<?> arrays, int axis) {
        return Manipulation.stack(arrays, axis, flavor);
    }

    public int[] shape(Object a) {
        return asOperand(a).shape();
    }

    public int ndim(Object a) {
        return asOperand(a).ndim();
    }

    public long size(Object a) {
        return asOperand(a).size();
    }

    // ------------------------------------------------------------------ math

    /** Any elementwise binary op with broadcasting and this namespace's promotion. */
    public NdArray binary(BinaryOp op, Object a, Object b) {
        return Ops.binary(op, a, b, flavor);
    }

    public NdArray unary(UnaryOp op, Object a) {
        return Ops.unary(op, a, flavor);
    }

    public NdArray add(Object a, Object b) {
        return binary(BinaryOp.ADD, a, b);
    }

    public NdArray subtract(Object a, Object b) {
        return binary(BinaryOp.SUBTRACT, a, b);
    }

    public NdArray multiply(Object a, Object b) {
        return binary(BinaryOp.MULTIPLY, a, b);
    }

    public NdArray divide(Object a, Object b) {
        return binary(BinaryOp.DIVIDE, a, b);
    }

    public NdArray maximum(Object a, Object b) {
        return binary(BinaryOp.MAXIMUM, a, b);
    }

    public NdArray minimum(Object a, Object b) {
        return binary(BinaryOp.MINIMUM, a, b);
    }

    public NdArray exp(Object a) {
        return unary(UnaryOp.EXP, a);
    }

    public NdArray log(Object a) {
        return unary(UnaryOp.LOG, a);
    }

    public NdArray sqrt(Object a) {
        return unary(UnaryOp.SQRT, a);
    }

    public NdArray abs(Object a) {
        return unary(UnaryOp.ABSOLUTE, a);
    }

    /** {@code real(a)}: the real parts (a copy; NumPy's {@code x.real} is a view). */
    public NdArray real(Object a) {
        return ComplexOps.part(ComplexOps.Part.REAL, Ops.operand(flavor, a));
    }

    /** {@code imag(a)}: the imaginary parts (zeros of a's dtype for a real array; a copy). */
    public NdArray imag(Object a) {
        return ComplexOps.part(ComplexOps.Part.IMAG, Ops.operand(flavor, a));
    }

    /** {@code conj(a)}: the complex conjugate (a real array's own values). */
    public NdArray conj(Object a) {
        return ComplexOps.part(ComplexOps.Part.CONJUGATE, Ops.operand(flavor, a));
    }

    /** {@code angle(z, deg=False)}: the argument of each element, in radians or degrees, as a float array. */
    public NdArray angle(Object a, boolean degrees) {
        NdArray radians = ComplexOps.part(ComplexOps.Part.ANGLE, Ops.operand(flavor, a));
        return degrees ? Ops.binary(BinaryOp.MULTIPLY, radians, 180.0 / Math.PI, flavor) : radians;
    }

    public NdArray where(Object condition, Object x, Object y) {
        return Manipulation.where(condition, x, y, flavor);
    }

    public NdArray matmul(Object a, Object b) {
        return LinAlg.matmul(a, b, flavor);
    }

    public NdArray dot(Object a, Object b) {
        return LinAlg.dot(a, b, flavor);
    }

    /** {@code convolve(a, v, mode)} of one-dimensional arrays ({@code mode}: full, same or valid). */
    public NdArray convolve(Object a, Object v, String mode) {
        return Convolution.apply(flavor, atLeast1d(a), atLeast1d(v), mode, false);
    }

    /** {@code correlate(a, v, mode)} of one-dimensional arrays ({@code mode}: valid, same or full). */
    public NdArray correlate(Object a, Object v, String mode) {
        return Convolution.apply(flavor, atLeast1d(a), atLeast1d(v), mode, true);
    }

    /** NumPy's {@code array(x, ndmin=1)} (jax.numpy keeps the 0-d array, which convolve then refuses). */
    private NdArray atLeast1d(Object x) {
        NdArray array = asOperand(x);
        return flavor == Flavor.NUMPY && array.ndim() == 0 ? array.reshape(1) : array;
    }

    // ------------------------------------------------------------------ reductions

    public NdArray sum(Object a, Integer axis, boolean keepdims) {
        return Reductions.reduce(Reductions.Kind.SUM, asOperand(a), axis, keepdims);
    }

    public NdArray prod(Object a, Integer axis, boolean keepdims) {
        return Reductions.reduce(Reductions.Kind.PROD, asOperand(a), axis, keepdims);
    }

    public NdArray mean(Object a, Integer axis, boolean keepdims) {
        return Reductions.reduce(Reductions.Kind.MEAN, asOperand(a), axis, keepdims);
    }

    public NdArray max(Object a, Integer axis, boolean keepdims) {
        return Reductions.reduce(Reductions.Kind.MAX, asOperand(a), axis, keepdims);
    }

    public NdArray min(Object a, Integer axis, boolean keepdims) {
        return Reductions.reduce(Reductions.Kind.MIN, asOperand(a), axis, keepdims);
    }

    /** sum, mean, max, min or prod over several axes: {@code kind} is the function's name. */
    public NdArray reduce(String kind, Object a, int[] axes, boolean keepdims) {
        return Reductions.reduce(Reductions.Kind.valueOf(kind.toUpperCase()), asOperand(a), axes, keepdims);
    }

    /**
     * np.all / jnp.all: whether every element (over the axis, or all) is true, as {@code bool}; true over no
     * elements. Counted, not folded, so that empty reductions, axis errors and shapes are the sum's.
     */
    public NdArray all(Object a, Integer axis, boolean keepdims) {
        return binary(BinaryOp.EQUAL, sum(falses(a), axis, keepdims), 0L);
    }

    /** np.any / jnp.any: whether some element (over the axis, or all) is true; false over no elements. */
    public NdArray any(Object a, Integer axis, boolean keepdims) {
        return binary(BinaryOp.GREATER, sum(truths(a), axis, keepdims), 0L);
    }

    /** {@link #all(Object, Integer, boolean)} over several axes. */
    public NdArray all(Object a, int[] axes, boolean keepdims) {
        return binary(BinaryOp.EQUAL, reduce("sum", falses(a), axes, keepdims), 0L);
    }

    /** {@link #any(Object, Integer, boolean)} over several axes. */
    public NdArray any(Object a, int[] axes, boolean keepdims) {
        return binary(BinaryOp.GREATER, reduce("sum", truths(a), axes, keepdims), 0L);
    }

    /** np.isnan / jnp.isnan: NaN elementwise (never for integers and bools). */
    public NdArray isnan(Object a) {
        return binary(BinaryOp.NOT_EQUAL, a, a);
    }

    /** np.isinf / jnp.isinf: an infinity of either sign. */
    public NdArray isinf(Object a) {
        NdArray exact = exactConstant(a, false);
        return exact != null ? exact : binary(BinaryOp.EQUAL, unary(UnaryOp.ABSOLUTE, a), Double.POSITIVE_INFINITY);
    }

    /** np.isfinite / jnp.isfinite: neither infinite nor NaN. */
    public NdArray isfinite(Object a) {
        NdArray exact = exactConstant(a, true);
        return exact != null ? exact : binary(BinaryOp.LESS, unary(UnaryOp.ABSOLUTE, a), Double.POSITIVE_INFINITY);
    }

    /**
     * jax.numpy answers isinf/isfinite of integers and bools with {@code full_like(x, value, bool)}: a bool array
     * that is never weakly typed (comparing with a Python float would make it weak). Null otherwise.
     */
    private NdArray exactConstant(Object a, boolean value) {
        if (flavor != Flavor.JAX) {
            return null;
        }
        NdArray x = asOperand(a);
        return x.dtype().isFloat() ? null : full(x.shape(), value, DType.BOOL);
    }

    /**
     * np.isclose / jnp.isclose: {@code |a - b| <= atol + rtol * |b|} elementwise, infinities close only to
     * themselves, NaN to nothing unless {@code equalNan}. Each namespace's own formula: NumPy 2's
     * ({@code (|x - y| <= atol + rtol |y|) & isfinite(y) | (x == y)}, y made inexact first) and jax.numpy's (both
     * promoted to one inexact type, then infinities and NaNs corrected).
     */
    public NdArray isclose(Object a, Object b, double rtol, double atol, boolean equalNan) {
        Object x = a;
        Object y = b;
        if (flavor == Flavor.JAX) {
            // promote_args_inexact: both to one inexact dtype (float32 for integers, weak scalars follow)
            NdArray xa = asOperand(a);
            NdArray ya = asOperand(b);
            DType common = Promotion.inexact(flavor, Promotion.resultType(flavor, xa.typed(), ya.typed()).dtype());
            x = xa.astype(common);
            y = ya.astype(common);
        } else {
            y = binary(BinaryOp.MULTIPLY, y, 1.0); // result_type(y, 1.0): y made inexact as NumPy does
        }
        NdArray close = binary(BinaryOp.LESS_EQUAL, unary(UnaryOp.ABSOLUTE, binary(BinaryOp.SUBTRACT, x, y)),
                binary(BinaryOp.ADD, atol, binary(BinaryOp.MULTIPLY, rtol, unary(UnaryOp.ABSOLUTE, y))));
        if (flavor == Flavor.JAX) {
            NdArray xInf = isinf(x);
            NdArray yInf = isinf(y);
            close = and(close, unary(UnaryOp.INVERT, binary(BinaryOp.BITWISE_OR, xInf, yInf)));
            close = binary(BinaryOp.BITWISE_OR, close, and(and(xInf, yInf), binary(BinaryOp.EQUAL, x, y)));
            close = and(close, unary(UnaryOp.INVERT, binary(BinaryOp.BITWISE_OR, isnan(x), isnan(y))));
        } else {
            close = binary(BinaryOp.BITWISE_OR, and(close, isfinite(y)), binary(BinaryOp.EQUAL, x, y));
        }
        if (equalNan) {
            close = binary(BinaryOp.BITWISE_OR, close, and(isnan(x), isnan(y)));
        }
        return close;
    }

    private NdArray and(NdArray p, NdArray q) {
        return binary(BinaryOp.BITWISE_AND, p, q);
    }

    private NdArray truths(Object a) {
        return asOperand(a).astype(DType.BOOL);
    }

    private NdArray falses(Object a) {
        return unary(UnaryOp.INVERT, truths(a));
    }

    public NdArray argmax(Object a, Integer axis) {
        return argmax(a, axis, false);
    }

    public NdArray argmin(Object a, Integer axis) {
        return argmin(a, axis, false);
    }

    /** {@code argmax(a, axis=None, keepdims=False)}: with keepdims the reduced axes stay as length 1. */
    public NdArray argmax(Object a, Integer axis, boolean keepdims) {
        return Reductions.reduce(Reductions.Kind.ARGMAX, asOperand(a), axis, keepdims);
    }

    public NdArray argmin(Object a, Integer axis, boolean keepdims) {
        return Reductions.reduce(Reductions.Kind.ARGMIN, asOperand(a), axis, keepdims);
    }

    // ------------------------------------------------------------------ joining and splitting

    public NdArray hstack(List<?> arrays) {
        return Joining.hstack(own(arrays), flavor);
    }

    public NdArray vstack(List<?> arrays) {
        return Joining.vstack(own(arrays), flavor);
    }

    public NdArray dstack(List<?> arrays) {
        return Joining.dstack(own(arrays), flavor);
    }

    public NdArray columnStack(List<?> arrays) {
        return Joining.columnStack(own(arrays), flavor);
    }

    /** {@code block(arrays)}: {@code arrays} is nested lists whose leaves are array-likes. */
    public NdArray block(Object arrays) {
        return Joining.block(arrays instanceof List<?> list ? ownNested(list) : ownOperand(arrays), flavor);
    }

    /** {@code atleast_1d}, {@code atleast_2d} or {@code atleast_3d} of one array-like. */
    public NdArray atLeast(Object a, int ndim) {
        return Joining.atLeast(ownOperand(a), ndim);
    }

    /**
     * {@code split} ({@code equal} true) or {@code array_split} into {@code sections} parts along {@code axis};
     * the parts are views.
     */
    public List<NdArray> split(Object a, int sections, int axis, boolean equal) {
        return Joining.splitSections(ownOperand(a), sections, axis, equal);
    }

    /** {@code split(a, indices, axis)}: the parts between the indices. */
    public List<NdArray> split(Object a, long[] indices, int axis) {
        return Joining.splitAt(ownOperand(a), indices, axis);
    }

    /** The axis {@code hsplit}, {@code vsplit} or {@code dsplit} cuts {@code a} along. */
    public int splitAxis(String function, Object a) {
        return Joining.splitAxis(function, ownOperand(a));
    }

    // ------------------------------------------------------------------ more creation

    /**
     * {@code empty(shape, dtype)}: zeros. NumPy leaves the memory as it was (any values may show); jax.numpy's
     * empty is zeros, and zeros are one of NumPy's possible answers, so both namespaces give the same array.
     */
    public NdArray empty(int[] shape, DType dtype) {
        return zeros(shape, dtype);
    }

    /** {@code diag(v, k)}: a 1-d input becomes a square matrix with it on diagonal k; a 2-d one gives diagonal k. */
    public NdArray diag(Object v, int k) {
        NdArray x = ownOperand(v);
        if (x.ndim() == 1) {
            int n = x.shape[0] + Math.abs(k);
            NdArray out = NdArray.zeros(flavor, x.dtype, new int[] {n, n});
            for (int i = 0; i < x.shape[0]; i++) {
                int row = k >= 0 ? i : i - k;
                int col = k >= 0 ? i + k : i;
                out.writeFrom((long) row * n + col, x, x.offset + i * x.strides[0]);
            }
            return out;
        }
        if (x.ndim() != 2) {
            throw new ArrayValueError(flavor == Flavor.JAX ? "diag input must be 1d or 2d" : "Input must be 1- or 2-d.");
        }
        int rows = x.shape[0];
        int cols = x.shape[1];
        int length = Math.max(0, k >= 0 ? Math.min(rows, cols - k) : Math.min(rows + k, cols));
        NdArray out = NdArray.zeros(flavor, x.dtype, new int[] {length});
        for (int i = 0; i < length; i++) {
            int row = k >= 0 ? i : i - k;
            int col = k >= 0 ? i + k : i;
            out.writeFrom(i, x, x.offset + row * x.strides[0] + col * x.strides[1]);
        }
        return out;
    }

    /**
     * {@code resize(a, new_shape)}: the flattened elements repeated as often as needed to fill the new shape (zeros
     * when either is empty).
     */
    public NdArray resize(Object a, int[] newShape) {
        NdArray x = ownOperand(a).reshape(-1);
        for (int d : newShape) {
            if (d < 0) {
                throw new ArrayValueError("all elements of `new_shape` must be non-negative");
            }
        }
        long newSize = Shape.size(newShape);
        if (x.size() == 0 || newSize == 0) {
            return zeros(newShape, x.dtype);
        }
        NdArray out = NdArray.zeros(flavor, x.dtype, newShape);
        long[] from = x.offsets();
        for (long i = 0; i < newSize; i++) {
            out.writeFrom(i, x, from[(int) (i % from.length)]);
        }
        return out;
    }

    // ------------------------------------------------------------------ sorting and searching

    /** {@code sort(a, axis)}; a null axis sorts the flattened array. NaN sorts last. */
    public NdArray sort(Object a, Integer axis) {
        return Sorting.sort(ownOperand(a), axis, false);
    }

    /** {@code argsort(a, axis)}, stable; a null axis sorts the flattened array. */
    public NdArray argsort(Object a, Integer axis) {
        return Sorting.sort(ownOperand(a), axis, true);
    }

    /** {@code nonzero(a)}: one index array per axis. */
    public List<NdArray> nonzero(Object a) {
        return Sorting.nonzero(ownOperand(a));
    }

    /**
     * {@code unique(a, axis=None, equal_nan=True)} with everything NumPy can return: values, first indices, the
     * inverse (the input's shape for axis None) and counts.
     */
    public List<NdArray> unique(Object a, Integer axis, boolean equalNan) {
        Sorting.Unique u = Sorting.unique(ownOperand(a), axis, equalNan);
        return List.of(u.values(), u.index(), u.inverse(), u.counts());
    }

    // ------------------------------------------------------------------ running reductions and moments

    /** {@code cumsum(a, axis, dtype)}; a null axis accumulates over the flattened array. */
    public NdArray cumsum(Object a, Integer axis, DType dtype) {
        return Accumulation.accumulate(BinaryOp.ADD, ownOperand(a), axis, dtype);
    }

    public NdArray cumprod(Object a, Integer axis, DType dtype) {
        return Accumulation.accumulate(BinaryOp.MULTIPLY, ownOperand(a), axis, dtype);
    }

    /** A binary ufunc's {@code accumulate(a, axis=0, dtype=None)}. */
    public NdArray accumulate(BinaryOp op, Object a, Integer axis, DType dtype) {
        return Accumulation.accumulate(op, ownOperand(a), axis, dtype);
    }

    /**
     * {@code var(a, axis, dtype, ddof, keepdims)} as each library computes it: the mean (kept as an axis), the
     * squared deviations summed, divided by {@code n - ddof} (NumPy stops at 0; JAX does not). Integers compute in
     * the default float. {@code axes} null means all.
     */
    public NdArray var(Object a, int[] axes, DType dtype, long ddof, boolean keepdims) {
        NdArray x = ownOperand(a);
        DType computation = dtype != null ? flavor.canonical(dtype)
                : x.dtype.isInexact() ? x.dtype : flavor.defaultFloat();
        NdArray values = x.dtype == computation ? x : x.astype(computation);
        int[] over = axes != null ? axes : allAxes(values.ndim());
        long count = 1;
        for (int axis : over) {
            count *= values.shape[Shape.normalizeAxis(axis, values.ndim())];
        }
        NdArray mean = flavor == Flavor.JAX ? reduce("mean", values, over, true)
                : divide(reduce("sum", values, over, true), count);
        NdArray centered = subtract(values, mean);
        // a complex deviation counts by its squared magnitude, re**2 + im**2, as NumPy's _var adds the parts' squares
        NdArray deviations = !centered.dtype.isComplex() ? multiply(centered, centered)
                : add(multiply(real(centered), real(centered)), multiply(imag(centered), imag(centered)));
        NdArray squares = reduce("sum", deviations, over, keepdims);
        long divisor = flavor == Flavor.JAX ? count - ddof : Math.max(count - ddof, 0);
        return divide(squares, divisor);
    }

    /** {@code std}: the square root of {@link #var}. */
    public NdArray std(Object a, int[] axes, DType dtype, long ddof, boolean keepdims) {
        return sqrt(var(a, axes, dtype, ddof, keepdims));
    }

    private static int[] allAxes(int ndim) {
        int[] axes = new int[ndim];
        for (int d = 0; d < ndim; d++) {
            axes[d] = d;
        }
        return axes;
    }

    /** Arrays of the other library become this namespace's (NumPy reads JAX arrays through __array__ and back). */
    private NdArray ownOperand(Object a) {
        return asOperand(a).withFlavor(flavor);
    }

    private List<Object> own(List<?> items) {
        List<Object> out = new ArrayList<>(items.size());
        for (Object item : items) {
            out.add(item instanceof NdArray a ? a.withFlavor(flavor) : item);
        }
        return out;
    }

    private List<Object> ownNested(List<?> items) {
        List<Object> out = new ArrayList<>(items.size());
        for (Object item : items) {
            out.add(item instanceof List<?> list ? ownNested(list) : item instanceof NdArray a ? a.withFlavor(flavor)
                    : item);
        }
        return out;
    }

    /** An operand for a function of this namespace: Python values become arrays of this flavor. */
    NdArray asOperand(Object a) {
        if (a instanceof NdArray x) {
            return x;
        }
        return Creation.fromNested(flavor, a, null);
    }

    /** Converts nested lists of array-likes in one go (used by concatenate/stack callers). */
    public List<NdArray> asArrays(List<?> items) {
        List<NdArray> out = new ArrayList<>();
        for (Object o : items) {
            out.add(asOperand(o));
        }
        return out;
    }
}
