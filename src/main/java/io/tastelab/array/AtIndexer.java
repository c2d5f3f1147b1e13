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
