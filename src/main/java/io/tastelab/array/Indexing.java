package io.tastelab.array;

import java.util.ArrayList;
import java.util.List;

/**
 * NumPy's indexing rules, resolved to either a strided view or a list of gathered element offsets.
 *
 * <p>Integers, slices, {@code None} and {@code ...} give views; integer and boolean arrays ("advanced"
 * indices) give copies, their broadcast dimensions placed where the first of them stands when they are
 * adjacent, otherwise first.
 */
final class Indexing {
    static final String ONLY_INTEGERS = "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`)"
            + " and integer or boolean arrays are valid indices";

    private Indexing() {
    }

    /** What to do with indices outside an axis: NumPy raises; JAX drops updates and clamps reads. */
    enum Mode { RAISE, DROP, CLAMP }

    /**
     * A resolved index. {@code gather == null}: a view with {@code shape/strides/offset}. Otherwise the
     * result has {@code shape} and element {@code k} (C order) is at storage offset {@code gather[k]}
     * ({@code -1}: dropped).
     */
    record Plan(int[] shape, long[] strides, long offset, long[] gather, boolean scalar) {
        boolean isView() {
            return gather == null;
        }

        long[] targetOffsets(NdArray base) {
            if (gather != null) {
                return gather;
            }
            return base.view(shape, strides, offset).offsets();
        }
    }

    private record Adv(int vdim, int[] shape, long[] values, int srcAxis, boolean fromInt) {
    }

    static String outOfBounds(long index, int axis, int size) {
        return "index " + index + " is out of bounds for axis " + axis + " with size " + size;
    }

    static NdArray get(NdArray x, List<Index> index) {
        // JAX clamps out-of-bounds indices when reading; NumPy raises.
        Plan p = resolve(x, index, x.flavor == Flavor.JAX ? Mode.CLAMP : Mode.RAISE);
        if (p.isView()) {
            NdArray v = x.view(p.shape(), p.strides(), p.offset());
            if (p.scalar() && x.flavor == Flavor.NUMPY) {
                return v.copy().withScalar(true);
            }
            return v;
        }
        return gather(x, p);
    }

    static NdArray gather(NdArray x, Plan p) {
        NdArray out = NdArray.zeros(x.flavor, x.dtype, p.shape());
        long[] g = p.gather();
        for (int k = 0; k < g.length; k++) {
            if (g[k] >= 0) {
                out.writeFrom(k, x, g[k]);
            }
        }
        return out;
    }

    static void set(NdArray x, List<Index> index, Object value) {
        if (x.flavor == Flavor.NUMPY && hasAdvanced(index)) {
            setAdvanced(x, index, value);
            return;
        }
        Plan p = resolve(x, index, Mode.RAISE);
        Object element = x.flavor == Flavor.NUMPY && p.scalar() ? numpyElementValue(x, value) : value;
        NdArray v = Creation.valueFor(x, element);
        if (x.flavor == Flavor.NUMPY) {
            checkBooleanMaskValue(x, index, v);
        }
        write(x, p, v);
    }

    /**
     * NumPy's order for an integer or boolean array index: the value is converted first ({@code x[[5]] = nan} is
     * a ValueError), then broadcast to the result's shape, and only then are the indices checked.
     */
    private static void setAdvanced(NdArray x, List<Index> index, Object value) {
        NdArray v = Creation.valueFor(x, value);
        Plan p;
        try {
            p = resolve(x, index, Mode.RAISE);
        } catch (ArrayIndexError outOfBounds) {
            Plan dropped;
            try {
                dropped = resolve(x, index, Mode.DROP);
            } catch (ArrayException other) {
                throw outOfBounds;
            }
            broadcastSourceOffsets(v, dropped.shape());
            throw outOfBounds;
        }
        checkBooleanMaskValue(x, index, v);
        write(x, p, v);
    }

    private static void write(NdArray x, Plan p, NdArray v) {
        long[] targets = p.targetOffsets(x);
        long[] sources = broadcastSourceOffsets(v, p.shape());
        for (int k = 0; k < targets.length; k++) {
            x.writeFrom(targets[k], v, sources[k]);
        }
    }

    private static boolean hasAdvanced(List<Index> index) {
        for (Index item : index) {
            if (item instanceof Index.Array(NdArray a) && a.ndim() > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A sequence stored into one element, as NumPy converts it: a bool element takes its truth, an integer
     * element refuses a list as {@code int()} does (TypeError), anything else is "setting an array element with a
     * sequence." (ValueError).
     */
    private static Object numpyElementValue(NdArray x, Object value) {
        boolean list = value instanceof List<?>;
        boolean array = value instanceof NdArray a && a.ndim() > 0;
        if (!list && !array) {
            return value;
        }
        if (x.dtype.isBool()) {
            if (list) {
                return !((List<?>) value).isEmpty();
            }
            NdArray a = (NdArray) value;
            if (a.size() != 1) {
                throw new ArrayValueError("The truth value of an array with more than one element is ambiguous. "
                        + "Use a.any() or a.all()");
            }
            return a.readDouble(a.offsets()[0]) != 0;
        }
        if (list && x.dtype.isInteger()) {
            throw new ArrayTypeError("int() argument must be a string, a bytes-like object or a real number, "
                    + "not 'list'");
        }
        throw new ArrayValueError("setting an array element with a sequence.");
    }

    /** NumPy's boolean-mask fast path: a mask as deep as {@code x} takes a value of at most one dimension. */
    private static void checkBooleanMaskValue(NdArray x, List<Index> index, NdArray value) {
        if (index.size() == 1 && index.getFirst() instanceof Index.Array(NdArray mask) && mask.dtype.isBool()
                && mask.ndim() == x.ndim() && mask.ndim() > 0 && value.ndim() > 1) {
            throw new ArrayTypeError("NumPy boolean array indexing assignment requires a 0 or 1-dimensional input, "
                    + "input has " + value.ndim() + " dimensions");
        }
    }

    /** Offsets in {@code v} that read it broadcast to {@code target}, NumPy's assignment error otherwise. */
    static long[] broadcastSourceOffsets(NdArray v, int[] target) {
        int[] vs = v.shape;
        // NumPy lets the value have extra leading dimensions of length 1.
        int extra = vs.length - target.length;
        int lead = 0;
        while (extra > 0 && lead < vs.length && vs[lead] == 1) {
            lead++;
            extra--;
        }
        int[] trimmed = java.util.Arrays.copyOfRange(vs, lead, vs.length);
        long[] trimmedStrides = java.util.Arrays.copyOfRange(v.strides, lead, vs.length);
        int[] b = extra > 0 ? null : Shape.tryBroadcast(trimmed, target);
        if (b == null || !Shape.equal(b, target)) {
            throw new ArrayValueError("could not broadcast input array from shape " + Shape.pythonTuple(vs)
                    + " into shape " + Shape.pythonTuple(target));
        }
        long[] st = Shape.broadcastStrides(trimmed, trimmedStrides, target);
        return v.view(target, st, v.offset).offsets();
    }

    static Plan resolve(NdArray x, List<Index> raw, Mode mode) {
        int ndim = x.shape.length;
        List<Index> items = new ArrayList<>(raw.size());
        int ellipses = 0;
        int consumed = 0;
        boolean hasAdvanced = false;
        for (Index it : raw) {
            Index i = it;
            if (i instanceof Index.Array(NdArray a)) {
                if (a.dtype.isFloat() && a.scalar) {
                    throw new ArrayIndexError(ONLY_INTEGERS);
                }
                if (a.dtype.isFloat() && x.flavor == Flavor.JAX) {
                    throw new ArrayTypeError("Indexer must have integer or boolean type, got indexer with type "
                            + a.dtype.name().toLowerCase());
                }
                if (a.dtype.isFloat()) {
                    throw new ArrayIndexError("arrays used as indices must be of integer (or boolean) type");
                }
                if (a.ndim() == 0) {
                    i = a.dtype.isBool() ? new Index.Bool(a.readLong(a.offset) != 0) : new Index.Int(a.readLong(a.offset));
                }
            }
            switch (i) {
                case Index.Ellipsis e -> ellipses++;
                case Index.Int n -> consumed++;
                case Index.Slice s -> consumed++;
                case Index.Array(NdArray a) -> {
                    consumed += a.dtype.isBool() ? a.ndim() : 1;
                    hasAdvanced = true;
                }
                case Index.Bool b -> hasAdvanced = true;
                case Index.NewAxis n -> { }
            }
            items.add(i);
        }
        if (ellipses > 1) {
            throw new ArrayIndexError("an index can only have a single ellipsis ('...')");
        }
        if (consumed > ndim) {
            throw new ArrayIndexError("too many indices for array: array is " + ndim + "-dimensional, but "
                    + consumed + " were indexed");
        }
        boolean intsAdvanced = hasAdvanced || mode != Mode.RAISE;
        boolean onlyInts = !items.isEmpty() || ndim == 0;
        for (Index i : items) {
            if (!(i instanceof Index.Int)) {
                onlyInts = false;
            }
        }

        List<Integer> vShape = new ArrayList<>();
        List<Long> vStrides = new ArrayList<>();
        List<Adv> advs = new ArrayList<>();
        long off = x.offset;
        int src = 0;
        ArrayIndexError pendingIntError = null;
        for (Index i : items) {
            switch (i) {
                case Index.Int(long value) -> {
                    int n = x.shape[src];
                    if (mode == Mode.RAISE && (value < -n || value >= n) && pendingIntError == null) {
                        // NumPy checks integers after boolean shapes but before broadcasting index arrays.
                        pendingIntError = new ArrayIndexError(outOfBounds(value, src, n));
                    }
                    if (intsAdvanced) {
                        advs.add(new Adv(vShape.size(), new int[0], new long[] {value}, src, true));
                        vShape.add(n);
                        vStrides.add(x.strides[src]);
                    } else {
                        long v = value < 0 ? value + n : value;
                        off += v * x.strides[src];
                    }
                    src++;
                }
                case Index.Slice s -> {
                    long[] r = sliceIndices(s, x.shape[src]);
                    off += r[0] * x.strides[src];
                    vShape.add((int) r[2]);
                    vStrides.add(r[2] <= 1 ? x.strides[src] : x.strides[src] * r[1]); // a huge step selects one element
                    src++;
                }
                case Index.NewAxis n -> {
                    vShape.add(1);
                    vStrides.add(0L);
                }
                case Index.Ellipsis e -> {
                    for (int k = 0; k < ndim - consumed; k++) {
                        vShape.add(x.shape[src]);
                        vStrides.add(x.strides[src]);
                        src++;
                    }
                }
                case Index.Bool(boolean value) -> {
                    advs.add(new Adv(vShape.size(), new int[] {value ? 1 : 0}, value ? new long[] {0} : new long[0],
                            -1, false));
                    vShape.add(1);
                    vStrides.add(0L);
                }
                case Index.Array(NdArray a) when a.dtype.isBool() -> {
                    int k = a.ndim();
                    for (int j = 0; j < k; j++) {
                        // NumPy skips the check for boolean dimensions of length 0.
                        if (a.shape[j] != 0 && a.shape[j] != x.shape[src + j]) {
                            throw new ArrayIndexError("boolean index did not match indexed array along axis "
                                    + (src + j) + "; size of axis is " + x.shape[src + j]
                                    + " but size of corresponding boolean axis is " + a.shape[j]);
                        }
                    }
                    long[][] nz = nonzero(a);
                    for (int j = 0; j < k; j++) {
                        advs.add(new Adv(vShape.size(), new int[] {nz[j].length}, nz[j], src + j, false));
                        vShape.add(x.shape[src + j]);
                        vStrides.add(x.strides[src + j]);
                    }
                    src += k;
                }
                case Index.Array(NdArray a) -> {
                    advs.add(new Adv(vShape.size(), a.shape.clone(), a.toLongArray(), src, false));
                    vShape.add(x.shape[src]);
                    vStrides.add(x.strides[src]);
                    src++;
                }
            }
        }
        if (pendingIntError != null) {
            throw pendingIntError;
        }
        while (src < ndim) {
            vShape.add(x.shape[src]);
            vStrides.add(x.strides[src]);
            src++;
        }
        int[] vs = vShape.stream().mapToInt(Integer::intValue).toArray();
        long[] vst = vStrides.stream().mapToLong(Long::longValue).toArray();
        if (advs.isEmpty()) {
            return new Plan(vs, vst, off, null, onlyInts && ellipses == 0 && vs.length == 0);
        }
        return gatherPlan(vs, vst, off, advs, mode, onlyInts && ellipses == 0);
    }

    private static Plan gatherPlan(int[] vs, long[] vst, long off, List<Adv> advs, Mode mode, boolean scalar) {
        int[][] shapes = new int[advs.size()][];
        for (int i = 0; i < advs.size(); i++) {
            shapes[i] = advs.get(i).shape();
        }
        int[] b = new int[0];
        for (int[] s : shapes) {
            int[] r = Shape.tryBroadcast(b, s);
            if (r == null) {
                List<int[]> named = new ArrayList<>();
                for (Adv a : advs) {
                    if (!a.fromInt()) {
                        named.add(a.shape());
                    }
                }
                throw new ArrayIndexError("shape mismatch: indexing arrays could not be broadcast together with shapes "
                        + Shape.joinCompact(named.toArray(new int[0][])));
            }
            b = r;
        }
        // Normalise and bounds-check every index value (NumPy checks nothing when the broadcast is empty).
        boolean emptyBroadcast = Shape.size(b) == 0;
        long[][] norm = new long[advs.size()][];
        for (int i = 0; i < advs.size(); i++) {
            Adv a = advs.get(i);
            int n = vs[a.vdim()];
            long[] vals = a.values().clone();
            for (int k = 0; k < vals.length; k++) {
                long v = vals[k];
                if ((v < -n || v >= n) && !emptyBroadcast) {
                    switch (mode) {
                        case RAISE -> throw new ArrayIndexError(outOfBounds(v, a.srcAxis(), n));
                        case DROP -> v = Long.MIN_VALUE;
                        case CLAMP -> v = n == 0 ? Long.MIN_VALUE : v < 0 ? 0 : n - 1;
                    }
                } else if (v < 0) {
                    v += n;
                }
                vals[k] = v;
            }
            norm[i] = vals;
        }
        boolean adjacent = advs.getLast().vdim() - advs.getFirst().vdim() == advs.size() - 1;
        boolean[] isAdv = new boolean[vs.length];
        for (Adv a : advs) {
            isAdv[a.vdim()] = true;
        }
        List<Integer> pre = new ArrayList<>();
        List<Integer> post = new ArrayList<>();
        for (int d = 0; d < vs.length; d++) {
            if (isAdv[d]) {
                continue;
            }
            if (adjacent && d < advs.getFirst().vdim()) {
                pre.add(d);
            } else {
                post.add(d);
            }
        }
        int[] outShape = new int[pre.size() + b.length + post.size()];
        int k = 0;
        for (int d : pre) {
            outShape[k++] = vs[d];
        }
        for (int d : b) {
            outShape[k++] = d;
        }
        for (int d : post) {
            outShape[k++] = vs[d];
        }
        long total = MemoryGuard.check(outShape, DType.INT64);
        long[] preOffs = subOffsets(vs, vst, pre);
        long[] postOffs = subOffsets(vs, vst, post);
        // Offsets contributed by the broadcast index arrays.
        int bSize = (int) Shape.size(b);
        long[] advOffs = new long[bSize];
        long[][] bStrides = new long[advs.size()][];
        for (int i = 0; i < advs.size(); i++) {
            bStrides[i] = Shape.broadcastStrides(shapes[i], Shape.contiguousStrides(shapes[i]), b);
        }
        int[] bIdx = new int[b.length];
        for (int j = 0; j < bSize; j++) {
            long o = 0;
            boolean dropped = false;
            for (int i = 0; i < advs.size(); i++) {
                long pos = 0;
                for (int d = 0; d < b.length; d++) {
                    pos += bIdx[d] * bStrides[i][d];
                }
                long v = norm[i][(int) pos];
                if (v == Long.MIN_VALUE) {
                    dropped = true;
                } else {
                    o += v * vst[advs.get(i).vdim()];
                }
            }
            advOffs[j] = dropped ? -1 : o;
            for (int d = b.length - 1; d >= 0; d--) {
                if (++bIdx[d] < b[d]) {
                    break;
                }
                bIdx[d] = 0;
            }
        }
        long[] gather = new long[(int) total];
        int g = 0;
        for (long p : preOffs) {
            for (long a : advOffs) {
                for (long q : postOffs) {
                    gather[g++] = a < 0 ? -1 : off + p + a + q;
                }
            }
        }
        return new Plan(outShape, null, off, gather, scalar && outShape.length == 0);
    }

    /** Offsets (relative) of iterating the given view dimensions in C order. */
    private static long[] subOffsets(int[] vs, long[] vst, List<Integer> dims) {
        int[] s = new int[dims.size()];
        long[] st = new long[dims.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = vs[dims.get(i)];
            st[i] = vst[dims.get(i)];
        }
        long n = Shape.size(s);
        long[] out = new long[(int) n];
        int[] idx = new int[s.length];
        for (int j = 0; j < n; j++) {
            long o = 0;
            for (int d = 0; d < s.length; d++) {
                o += idx[d] * st[d];
            }
            out[j] = o;
            for (int d = s.length - 1; d >= 0; d--) {
                if (++idx[d] < s[d]) {
                    break;
                }
                idx[d] = 0;
            }
        }
        return out;
    }

    /** Coordinates of the true elements of a bool array, one array per dimension. */
    static long[][] nonzero(NdArray a) {
        long[] offs = a.offsets();
        int nd = a.ndim();
        int count = 0;
        for (long o : offs) {
            if (a.rawLong(o) != 0) {
                count++;
            }
        }
        long[][] out = new long[nd][count];
        int[] idx = new int[nd];
        int c = 0;
        for (long o : offs) {
            if (a.rawLong(o) != 0) {
                for (int d = 0; d < nd; d++) {
                    out[d][c] = idx[d];
                }
                c++;
            }
            for (int d = nd - 1; d >= 0; d--) {
                if (++idx[d] < a.shape[d]) {
                    break;
                }
                idx[d] = 0;
            }
        }
        return out;
    }

    /** Python's {@code slice.indices(n)} plus the length: {@code {start, step, length}}. */
    static long[] sliceIndices(Index.Slice s, int n) {
        long step = s.step() == null ? 1 : Math.max(s.step(), -Long.MAX_VALUE);
        if (step == 0) {
            throw new ArrayValueError("slice step cannot be zero");
        }
        long start;
        long stop;
        if (s.start() == null) {
            start = step < 0 ? n - 1 : 0;
        } else {
            start = s.start();
            if (start < 0) {
                start += n;
                if (start < 0) {
                    start = step < 0 ? -1 : 0;
                }
            } else if (start >= n) {
                start = step < 0 ? n - 1 : n;
            }
        }
        if (s.stop() == null) {
            stop = step < 0 ? -1 : n;
        } else {
            stop = s.stop();
            if (stop < 0) {
                stop += n;
                if (stop < 0) {
                    stop = step < 0 ? -1 : 0;
                }
            } else if (stop >= n) {
                stop = step < 0 ? n - 1 : n;
            }
        }
        long len;
        if (step < 0) {
            len = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
        } else {
            len = start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        if (len == 0) {
            start = 0;
        }
        return new long[] {start, step, len};
    }
}
