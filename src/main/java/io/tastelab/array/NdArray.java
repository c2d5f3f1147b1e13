package io.tastelab.array;

import io.tastelab.array.nd4j.NdStorage;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * An n-dimensional array with NumPy's semantics: a strided view (shape, strides, offset) over a flat run of
 * elements. NumPy-flavored arrays are mutable and views share elements with their base ({@code x[1:3][0] = 5}
 * changes {@code x}); JAX-flavored arrays are immutable and change only through {@link #at}.
 *
 * <p>Not thread-safe when mutated; immutable (JAX) arrays may be shared freely.
 */
public final class NdArray {
    final NdStorage storage;
    final DType dtype;
    final int[] shape;
    final long[] strides;
    final long offset;
    final Flavor flavor;
    /** True for a NumPy scalar such as {@code np.int32(5)} (printed {@code np.int32(5)}, not {@code array(5)}). */
    final boolean scalar;
    /** JAX weak type of a 0-d array made from a Python scalar; NONE otherwise. */
    final Promotion.Weak weak;

    NdArray(NdStorage storage, DType dtype, int[] shape, long[] strides, long offset, Flavor flavor,
            boolean scalar, Promotion.Weak weak) {
        this.storage = storage;
        this.dtype = dtype;
        this.shape = shape;
        this.strides = strides;
        this.offset = offset;
        this.flavor = flavor;
        this.scalar = scalar;
        this.weak = Promotion.weakOf(dtype, weak);
    }

    // ------------------------------------------------------------------ creation (internal)

    /** A new zero-filled contiguous array; refuses sizes over the memory limit. */
    static NdArray zeros(Flavor flavor, DType dtype, int[] shape) {
        long n = MemoryGuard.check(shape, dtype);
        NdStorage s = NdStorage.allocate(dtype, n);
        return new NdArray(s, dtype, shape.clone(), Shape.contiguousStrides(shape), 0, flavor, false,
                Promotion.Weak.NONE);
    }

    static NdArray wrap(Flavor flavor, NdStorage storage, int[] shape) {
        return new NdArray(storage, storage.dtype(), shape.clone(), Shape.contiguousStrides(shape), 0, flavor,
                false, Promotion.Weak.NONE);
    }

    /** Another view of the same elements; JAX keeps the weak type through views (slices, reshapes, None). */
    NdArray view(int[] newShape, long[] newStrides, long newOffset) {
        return new NdArray(storage, dtype, newShape, newStrides, newOffset, flavor, false,
                flavor == Flavor.JAX ? weak : Promotion.Weak.NONE);
    }

    NdArray withScalar(boolean isScalar) {
        return new NdArray(storage, dtype, shape, strides, offset, flavor, isScalar, weak);
    }

    NdArray withWeak(Promotion.Weak w) {
        return new NdArray(storage, dtype, shape, strides, offset, flavor, scalar, w);
    }

    /** The same elements seen through the other library's semantics (a copy when becoming mutable). */
    public NdArray withFlavor(Flavor f) {
        if (f == flavor) {
            return this;
        }
        NdArray c = copy();
        NdArray r = new NdArray(c.storage, c.dtype, c.shape, c.strides, c.offset, f, false, Promotion.Weak.NONE);
        if (f == Flavor.JAX && dtype != dtype.canonicalX32()) {
            return r.astype(dtype.canonicalX32());
        }
        return r;
    }

    /** Whether the two arrays see the same elements' memory (one is a view of the other, or both of one base). */
    public boolean sharesMemoryWith(NdArray other) {
        return storage == other.storage;
    }

    /**
     * Hands this array's memory back at once (large buffers go back to the pool for the next result). Only
     * for an array that nothing else can reach, nor any view of it: using either afterwards fails.
     */
    public void release() {
        storage.release();
    }

    // ------------------------------------------------------------------ properties

    public int[] shape() {
        return shape.clone();
    }

    public int ndim() {
        return shape.length;
    }

    public long size() {
        return Shape.size(shape);
    }

    public DType dtype() {
        return dtype;
    }

    public Flavor flavor() {
        return flavor;
    }

    /** NumPy arrays are writeable; JAX arrays are not. */
    public boolean isMutable() {
        return flavor == Flavor.NUMPY;
    }

    /** True for NumPy scalars ({@code np.int32(5)}), which a 0-d result of full integer indexing is. */
    public boolean isScalar() {
        return scalar;
    }

    /** JAX's {@code weak_type} flag (arrays made from Python scalars). */
    public boolean isWeaklyTyped() {
        return weak != Promotion.Weak.NONE;
    }

    Promotion.Typed typed() {
        return new Promotion.Typed(dtype, weak);
    }

    /** The shape as Python prints it: {@code (3, 3)}. */
    public String shapeString() {
        return Shape.pythonTuple(shape);
    }

    long nbytes() {
        return size() * dtype.itemSize();
    }

    // ------------------------------------------------------------------ element access

    long rawLong(long off) {
        return storage.getLong(off);
    }

    /** The real part of the element at {@code off} (the element itself for a real dtype). */
    double readReal(long off) {
        return dtype.isComplex() ? storage.getReal(off) : readDouble(off);
    }

    /** The imaginary part of the element at {@code off} (zero for a real dtype). */
    double readImag(long off) {
        return dtype.isComplex() ? storage.getImag(off) : 0.0;
    }

    /**
     * Writes a complex value converted to this array's dtype: each part rounded for a complex dtype; for a real
     * dtype the real part only, as NumPy's unsafe cast does (astype warns first, see {@link #astype}).
     */
    void writeComplex(long off, double real, double imag) {
        if (dtype.isComplex()) {
            DType part = dtype.partType();
            storage.setComplex(off, Values.round(real, part), Values.round(imag, part));
        } else if (dtype.isBool()) {
            storage.setLong(off, real != 0 || imag != 0 || Double.isNaN(real) || Double.isNaN(imag) ? 1 : 0);
        } else {
            writeDouble(off, real);
        }
    }

    /** Element at storage offset {@code off} as a double. */
    double readDouble(long off) {
        if (dtype.isFloat()) {
            return storage.getDouble(off);
        }
        long v = storage.getLong(off);
        if (dtype == DType.UINT64 && v < 0) {
            return unsignedToDouble(v);
        }
        return v;
    }

    /** Element at storage offset {@code off} as a long (floats truncated toward zero like a C cast). */
    long readLong(long off) {
        if (dtype.isFloat()) {
            return (long) storage.getDouble(off);
        }
        return storage.getLong(off);
    }

    static double unsignedToDouble(long v) {
        if (v >= 0) {
            return v;
        }
        return ((double) (v >>> 1)) * 2.0 + (v & 1);
    }

    /** Writes {@code v} converted to this array's dtype (NumPy's unsafe cast). */
    void writeDouble(long off, double v) {
        if (dtype.isComplex()) {
            writeComplex(off, v, 0.0);
        } else if (dtype == DType.FLOAT16) {
            // IEEE rounding (65520 becomes inf), not the storage's own conversion, which saturates.
            storage.setDouble(off, Values.round(v, dtype));
        } else if (dtype.isFloat()) {
            storage.setDouble(off, v);
        } else if (dtype.isBool()) {
            storage.setLong(off, v != 0 || Double.isNaN(v) ? 1 : 0);
        } else if (flavor == Flavor.JAX) {
            // XLA's conversion: truncate, saturate at the integer type's ends, NaN to 0.
            storage.setLong(off, Values.saturatingTruncate(v, dtype));
        } else {
            storage.setLong(off, Values.numpyFloatToInteger(v, dtype));
        }
    }

    /** Writes an integer value (from a source of dtype {@code from}) converted to this array's dtype. */
    void writeLong(long off, long v, DType from) {
        if (dtype.isComplex()) {
            writeComplex(off, from == DType.UINT64 ? unsignedToDouble(v) : (double) v, 0.0);
        } else if (dtype == DType.FLOAT16) {
            // IEEE rounding: uint16 65535 is inf in float16, where the storage's own conversion saturates.
            storage.setDouble(off, Values.round(from == DType.UINT64 ? unsignedToDouble(v) : (double) v, dtype));
        } else if (dtype.isFloat()) {
            storage.setDouble(off, from == DType.UINT64 ? unsignedToDouble(v) : (double) v);
        } else {
            storage.setLong(off, Values.wrap(v, dtype));
        }
    }

    /** Copies element {@code srcOff} of {@code src} into {@code off} of this array, casting. */
    void writeFrom(long off, NdArray src, long srcOff) {
        if (src.dtype.isComplex()) {
            writeComplex(off, src.storage.getReal(srcOff), src.storage.getImag(srcOff));
        } else if (src.dtype.isFloat()) {
            writeDouble(off, src.storage.getDouble(srcOff));
        } else {
            writeLong(off, src.storage.getLong(srcOff), src.dtype);
        }
    }

    /** Storage offsets of all elements in C order. */
    long[] offsets() {
        long n = size();
        // The offset table is temporary memory too: it counts against the same limit as arrays.
        if (n > Integer.MAX_VALUE - 8 || n * 8 > MemoryGuard.limitBytes()) {
            throw new ArrayMemoryException(n * 8, MemoryGuard.limitBytes(), shapeString(), DType.INT64);
        }
        long[] out = new long[(int) n];
        if (n == 0) {
            return out;
        }
        int nd = shape.length;
        if (nd == 0) {
            out[0] = offset;
            return out;
        }
        int[] idx = new int[nd];
        long off = offset;
        int last = nd - 1;
        int inner = shape[last];
        long innerStride = strides[last];
        int k = 0;
        while (true) {
            long o = off;
            for (int i = 0; i < inner; i++) {
                out[k++] = o;
                o += innerStride;
            }
            int d = last - 1;
            while (d >= 0) {
                idx[d]++;
                off += strides[d];
                if (idx[d] < shape[d]) {
                    break;
                }
                off -= strides[d] * shape[d];
                idx[d] = 0;
                d--;
            }
            if (d < 0) {
                return out;
            }
        }
    }

    /** NumPy's {@code flags.c_contiguous}: the elements lie in C order, one after the other. */
    public boolean isCContiguous() {
        return isContiguous();
    }

    /** True when the elements are one C-ordered contiguous run starting at {@link #offset}. */
    boolean isContiguous() {
        long expected = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            if (shape[i] == 0) {
                return true;
            }
            if (shape[i] != 1 && strides[i] != expected) {
                return false;
            }
            expected *= shape[i];
        }
        return true;
    }

    /** The elements as their own contiguous storage of exactly {@link #size()} elements (may be shared). */
    NdStorage contiguousStorage() {
        long n = size();
        if (isContiguous()) {
            if (offset == 0 && storage.length() == n) {
                return storage;
            }
            return storage.copyRange(offset, n);
        }
        return copy().storage;
    }

    /** Element at a multi-index (negative indices count from the end) as a double. */
    public double getDouble(long... index) {
        return readDouble(offsetOf(index));
    }

    /** Element at a multi-index as a long (integral dtypes; floats truncate). */
    public long getLong(long... index) {
        return readLong(offsetOf(index));
    }

    long offsetOf(long... index) {
        if (index.length != shape.length) {
            throw new ArrayIndexError("expected " + shape.length + " indices, got " + index.length);
        }
        long off = offset;
        for (int d = 0; d < index.length; d++) {
            long i = index[d];
            if (i < -shape[d] || i >= shape[d]) {
                throw new ArrayIndexError(Indexing.outOfBounds(i, d, shape[d]));
            }
            if (i < 0) {
                i += shape[d];
            }
            off += i * strides[d];
        }
        return off;
    }

    /** A Python value for element at {@code off}: Boolean, Long, Double, Complex (or BigInteger for big uint64). */
    Object pythonValue(long off) {
        if (dtype.isComplex()) {
            return new Complex(storage.getReal(off), storage.getImag(off));
        }
        if (dtype.isBool()) {
            return storage.getLong(off) != 0;
        }
        if (dtype.isFloat()) {
            return storage.getDouble(off);
        }
        long v = storage.getLong(off);
        if (dtype == DType.UINT64 && v < 0) {
            return new BigInteger(Long.toUnsignedString(v));
        }
        return v;
    }

    /** The single element of a size-1 array as a Python value ({@code .item()}). */
    public Object item() {
        if (size() != 1) {
            throw new ArrayValueError("can only convert an array of size 1 to a Python scalar");
        }
        return pythonValue(offsets()[0]);
    }

    /** All elements in C order as Python values (Boolean, Long, Double; BigInteger for big uint64). */
    public List<Object> flatValues() {
        long[] offs = offsets();
        List<Object> out = new ArrayList<>(offs.length);
        for (long o : offs) {
            out.add(pythonValue(o));
        }
        return out;
    }

    /**
     * Elements in C order for {@code play --json}: Boolean, Long (BigInteger above 2**63 - 1) or Double, whose
     * shortest decimal form round-trips to the element exactly (a float32 0.1 is 0.10000000149011612); NaN and
     * infinities as the strings {@code "nan"}, {@code "inf"}, {@code "-inf"}; a complex element as the pair
     * {@code [real, imag]} of such numbers.
     */
    public List<Object> jsonValues() {
        List<Object> values = flatValues();
        if (dtype.isFloat()) {
            values.replaceAll(v -> jsonNumber((Double) v));
        } else if (dtype.isComplex()) {
            values.replaceAll(v -> List.of(jsonNumber(((Complex) v).real()), jsonNumber(((Complex) v).imag())));
        }
        return values;
    }

    private static Object jsonNumber(double d) {
        return Double.isNaN(d) ? "nan" : d == Double.POSITIVE_INFINITY ? "inf"
                : d == Double.NEGATIVE_INFINITY ? "-inf" : d;
    }

    /** All elements in C order as doubles. */
    public double[] toDoubleArray() {
        long[] offs = offsets();
        double[] out = new double[offs.length];
        for (int i = 0; i < offs.length; i++) {
            out[i] = readDouble(offs[i]);
        }
        return out;
    }

    /** All elements in C order as longs (uint64 as bit patterns; floats truncated). */
    public long[] toLongArray() {
        long[] offs = offsets();
        long[] out = new long[offs.length];
        for (int i = 0; i < offs.length; i++) {
            out[i] = readLong(offs[i]);
        }
        return out;
    }

    /** Nested Java lists like {@code tolist()}; a 0-d array gives its element. */
    public Object toList() {
        List<Object> flat = flatValues();
        if (shape.length == 0) {
            return flat.get(0);
        }
        return nest(flat, 0, 0)[0];
    }

    private Object[] nest(List<Object> flat, int dim, int start) {
        int n = shape[dim];
        List<Object> out = new ArrayList<>(n);
        int pos = start;
        for (int i = 0; i < n; i++) {
            if (dim == shape.length - 1) {
                out.add(flat.get(pos++));
            } else {
                Object[] r = nest(flat, dim + 1, pos);
                out.add(r[0]);
                pos = (int) r[1];
            }
        }
        return new Object[] {out, pos};
    }

    // ------------------------------------------------------------------ copies, casts, shapes

    /** A contiguous copy (NumPy's {@code .copy()}). */
    public NdArray copy() {
        return astypeInternal(dtype, true);
    }

    /** {@code astype(dtype)}: always a copy, NumPy's unsafe casting (float→int truncates). */
    public NdArray astype(DType target) {
        return astypeInternal(flavor.canonical(target), true);
    }

    NdArray astypeInternal(DType target, boolean forceCopy) {
        if (!forceCopy && target == dtype) {
            return this;
        }
        NdArray out = zeros(flavor, target, shape);
        long n = size();
        if (n == 0) {
            return out;
        }
        if (isContiguous() && (target == dtype)) {
            NdStorage s = storage.copyRange(offset, n);
            return wrap(flavor, s, shape);
        }
        if (isContiguous()) {
            for (long i = 0; i < n; i++) {
                out.writeFrom(i, this, offset + i);
            }
            return out;
        }
        long[] offs = offsets();
        for (int i = 0; i < offs.length; i++) {
            out.writeFrom(i, this, offs[i]);
        }
        return out;
    }

    /** Reshape ({@code -1} infers one dimension); a view when the layout allows, else a copy. */
    public NdArray reshape(int... newShape) {
        int[] target = flavor == Flavor.JAX ? Shape.resolveJaxReshape(newShape, size(), shape)
                : Shape.resolveReshape(newShape, size(), shape);
        if (isContiguous()) {
            return view(target, Shape.contiguousStrides(target), offset);
        }
        long[] viewStrides = Shape.noCopyReshapeStrides(shape, strides, target);
        if (viewStrides != null) {
            return view(target, viewStrides, offset);
        }
        NdArray c = copy();
        return c.view(target, Shape.contiguousStrides(target), 0);
    }

    /**
     * NumPy's {@code a.shape = newShape}: the same elements under the new shape without copying them, or null when
     * the layout cannot take that shape without a copy (NumPy then refuses the assignment).
     */
    public NdArray reshapedInPlace(int... newShape) {
        int[] target = Shape.resolveReshape(newShape, size(), shape);
        if (isContiguous()) {
            return view(target, Shape.contiguousStrides(target), offset);
        }
        long[] viewStrides = Shape.noCopyReshapeStrides(shape, strides, target);
        return viewStrides == null ? null : view(target, viewStrides, offset);
    }

    /** Reverses the axes ({@code .T}); a view. */
    public NdArray transpose() {
        int n = shape.length;
        int[] axes = new int[n];
        for (int i = 0; i < n; i++) {
            axes[i] = n - 1 - i;
        }
        return transpose(axes);
    }

    /** Permutes the axes; a view. */
    public NdArray transpose(int... axes) {
        int n = shape.length;
        if (flavor == Flavor.JAX) {
            Shape.jaxPermutation(axes, shape);
        }
        if (axes.length != n) {
            throw new ArrayValueError("axes don't match array");
        }
        int[] s = new int[n];
        long[] st = new long[n];
        boolean[] seen = new boolean[n];
        for (int i = 0; i < n; i++) {
            int a = Shape.normalizeAxis(axes[i], n);
            if (seen[a]) {
                throw new ArrayValueError("repeated axis in transpose");
            }
            seen[a] = true;
            s[i] = shape[a];
            st[i] = strides[a];
        }
        return view(s, st, offset);
    }


    /** {@code .T}. */
    public NdArray T() {
        return transpose();
    }

    /** {@code len(x)}: the length of the first axis. */
    public int len() {
        if (shape.length == 0) {
            throw new ArrayTypeError("len() of unsized object");
        }
        return shape[0];
    }

    /** {@code bool(x)}: only for one element, as NumPy and JAX require. */
    public boolean truth() {
        if (size() != 1) {
            throw new ArrayValueError("The truth value of an array with more than one element is ambiguous. "
                    + "Use a.any() or a.all()");
        }
        long o = offsets()[0];
        if (dtype.isComplex()) {
            return readReal(o) != 0 || readImag(o) != 0;
        }
        return dtype.isFloat() ? readDouble(o) != 0 : rawLong(o) != 0;
    }

    /** {@code ravel()}: a flat view when the layout allows, else a copy. */
    public NdArray ravel() {
        return reshape(-1);
    }

    /** Flattened contiguous copy in C order. */
    public NdArray flatten() {
        NdArray c = copy();
        return c.view(new int[] {(int) size()}, new long[] {1}, 0);
    }

    /** {@code block_until_ready()}: computation is eager, so this returns the array itself. */
    public NdArray blockUntilReady() {
        return this;
    }

    // ------------------------------------------------------------------ indexing

    /** {@code x[idx...]} with NumPy's rules: views for basic indices, copies for advanced ones. */
    public NdArray get(List<Index> index) {
        return Indexing.get(this, index);
    }

    /** Convenience: {@code get(Index.of(..), ...)}. */
    public NdArray get(Object... index) {
        List<Index> items = new ArrayList<>(index.length);
        for (Object o : index) {
            items.add(Index.of(o));
        }
        return get(items);
    }

    /**
     * {@code x[idx...] = value}, broadcasting the value. NumPy arrays only; JAX arrays raise the TypeError JAX
     * raises, naming {@code .at[].set()}.
     *
     * @param value an NdArray, a Python scalar (Long, Double, Boolean) or nested list
     */
    public void set(List<Index> index, Object value) {
        if (flavor == Flavor.JAX) {
            throw new ArrayImmutableError("JAX arrays are immutable and do not support in-place item assignment."
                    + " Instead of x[idx] = y, use x = x.at[idx].set(y) or another .at[] method:"
                    + " https://docs.jax.dev/en/latest/_autosummary/jax.numpy.ndarray.at.html");
        }
        Indexing.set(this, index, value);
    }

    /**
     * JAX's {@code x.at[idx]}: functional updates that return new arrays. JAX arrays only.
     *
     * @throws ArrayAttributeError for NumPy arrays, which have no {@code at}
     */
    public AtIndexer at(List<Index> index) {
        if (flavor == Flavor.NUMPY) {
            throw new ArrayAttributeError("'numpy.ndarray' object has no attribute 'at'");
        }
        return new AtIndexer(this, index);
    }

    /** Convenience for {@link #at(List)}. */
    public AtIndexer at(Object... index) {
        List<Index> items = new ArrayList<>(index.length);
        for (Object o : index) {
            items.add(Index.of(o));
        }
        return at(items);
    }

    // ------------------------------------------------------------------ operators

    /** {@code this op other} with broadcasting and promotion ({@code x + 1}, {@code x < y}, ...). */
    public NdArray binary(BinaryOp op, Object other) {
        return Ops.binary(op, this, other, flavor);
    }

    /** {@code other op this}, for a Python scalar on the left ({@code 1 - x}). */
    public NdArray reflected(BinaryOp op, Object other) {
        return Ops.binary(op, other, this, flavor);
    }

    public NdArray add(Object other) {
        return binary(BinaryOp.ADD, other);
    }

    public NdArray subtract(Object other) {
        return binary(BinaryOp.SUBTRACT, other);
    }

    public NdArray multiply(Object other) {
        return binary(BinaryOp.MULTIPLY, other);
    }

    public NdArray divide(Object other) {
        return binary(BinaryOp.DIVIDE, other);
    }

    /** Unary minus. */
    public NdArray negative() {
        return Ops.unary(UnaryOp.NEGATIVE, this, flavor);
    }

    public NdArray unary(UnaryOp op) {
        return Ops.unary(op, this, flavor);
    }

    /** {@code this @ other}. */
    public NdArray matmul(Object other) {
        return LinAlg.matmul(this, other, flavor);
    }

    public NdArray dot(Object other) {
        return LinAlg.dot(this, other, flavor);
    }

    public NdArray sum(Integer axis) {
        return Reductions.reduce(Reductions.Kind.SUM, this, axis, false);
    }

    public NdArray mean(Integer axis) {
        return Reductions.reduce(Reductions.Kind.MEAN, this, axis, false);
    }

    public NdArray max(Integer axis) {
        return Reductions.reduce(Reductions.Kind.MAX, this, axis, false);
    }

    public NdArray min(Integer axis) {
        return Reductions.reduce(Reductions.Kind.MIN, this, axis, false);
    }

    public NdArray argmax(Integer axis) {
        return Reductions.reduce(Reductions.Kind.ARGMAX, this, axis, false);
    }

    public NdArray argmin(Integer axis) {
        return Reductions.reduce(Reductions.Kind.ARGMIN, this, axis, false);
    }

    public NdArray squeeze(Integer axis) {
        return Manipulation.squeeze(this, axis);
    }

    // ------------------------------------------------------------------ printing

    /** NumPy's {@code repr} ({@code array([1, 2])}) or JAX's ({@code Array([1, 2], dtype=int32)}). */
    @Override
    public String toString() {
        return Formatter.repr(this);
    }

    /** {@code str(x)}: {@code [1 2 3]}. */
    public String str() {
        return Formatter.str(this);
    }
}
