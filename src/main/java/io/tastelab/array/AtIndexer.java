package io.tastelab.array;

import java.util.List;

/**
 * JAX's {@code x.at[idx]}: each method returns a new array and leaves {@code x} unchanged. Updates at
 * out-of-bounds indices are dropped, {@link #get()} clamps them, and repeated indices accumulate for
 * {@code add}/{@code multiply}/{@code min}/{@code max} ({@code set}: the last write wins).
 */
public final class AtIndexer {
    private final NdArray base;
    private final List<Index> index;

    AtIndexer(NdArray base, List<Index> index) {
        this.base = base;
        this.index = List.copyOf(index);
    }

    /** {@code x.at[idx].get()}: gathers with out-of-bounds indices clamped. */
    public NdArray get() {
        Indexing.Plan p = Indexing.resolve(base, index, Indexing.Mode.CLAMP);
        if (p.isView()) {
            return base.view(p.shape(), p.strides(), p.offset()).copy();
        }
        return Indexing.gather(base, p);
    }

    /**
     * {@code x.at[idx].get(mode='fill', fill_value=...)}: out-of-bounds positions read {@code fillValue}, or, when
     * it is null, JAX's default: NaN for floats, the smallest value of a signed integer type, the largest of an
     * unsigned one, True for bool.
     */
    public NdArray getFilled(Object fillValue) {
        Indexing.Plan p = Indexing.resolve(base, index, Indexing.Mode.DROP);
        long[] offsets = p.targetOffsets(base);
        NdArray out = NdArray.zeros(base.flavor, base.dtype, p.shape());
        NdArray fill = Creation.valueFor(out, fillValue != null ? fillValue : defaultFill(base.dtype));
        for (int k = 0; k < offsets.length; k++) {
            if (offsets[k] >= 0) {
                out.writeFrom(k, base, offsets[k]);
            } else {
                out.writeFrom(k, fill, 0);
            }
        }
        return base.isWeaklyTyped() ? out.withWeak(base.weak) : out;
    }

    private static Object defaultFill(DType dtype) {
        if (dtype.isFloat()) {
            return Double.NaN;
        }
        if (dtype.isBool()) {
            return Boolean.TRUE;
        }
        int bits = dtype.itemSize() * 8;
        if (dtype.isUnsigned()) {
            return bits == 64 ? (Object) Values.wrap(-1L, dtype) : (Object) ((1L << bits) - 1);
        }
        return bits == 64 ? Long.MIN_VALUE : -(1L << (bits - 1));
    }

    public NdArray set(Object value) {
        return update(value, null);
    }

    public NdArray add(Object value) {
        return update(value, BinaryOp.ADD);
    }

    public NdArray multiply(Object value) {
        return update(value, BinaryOp.MULTIPLY);
    }

    public NdArray min(Object value) {
        return update(value, BinaryOp.MINIMUM);
    }

    public NdArray max(Object value) {
        return update(value, BinaryOp.MAXIMUM);
    }

    private NdArray update(Object value, BinaryOp op) {
        NdArray out = base.copy();
        Indexing.Plan p = Indexing.resolve(out, index, Indexing.Mode.DROP);
        NdArray v = Creation.valueFor(out, value);
        long[] targets = p.targetOffsets(out);
        long[] sources = Indexing.broadcastSourceOffsets(v, p.shape());
        DType d = out.dtype;
        for (int k = 0; k < targets.length; k++) {
            long t = targets[k];
            if (t < 0) {
                continue;
            }
            if (op == null) {
                out.writeFrom(t, v, sources[k]);
            } else if (d.isFloat()) {
                double y = Values.round(v.readDouble(sources[k]), d);
                out.writeDouble(t, Ops.floatOp(op, out.readDouble(t), y));
            } else if (d.isBool()) {
                long x = out.rawLong(t);
                long y = v.readLong(sources[k]) != 0 ? 1 : 0;
                long r = op == BinaryOp.ADD || op == BinaryOp.MAXIMUM ? x | y : x & y;
                out.storage.setLong(t, r);
            } else {
                long y = Values.wrap(v.dtype.isFloat() ? (long) v.readDouble(sources[k]) : v.readLong(sources[k]), d);
                long r = Ops.intOp(op, out.rawLong(t), y, d == DType.UINT64);
                out.storage.setLong(t, Values.wrap(r, d));
            }
        }
        // The updated array keeps the weak type of the one it was made from, as JAX's scatter does.
        return base.isWeaklyTyped() ? out.withWeak(base.weak) : out;
    }
}
