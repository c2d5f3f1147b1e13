package io.tastelab.array;

import java.util.List;

/**
 * One item of a subscript, as the interpreter hands it over: {@code x[1, 2:5, None, ..., idx]}.
 * Build items with {@link #of(Object)} from Python-level values or with the factories.
 */
public sealed interface Index {

    /** An integer, e.g. {@code x[-1]}. */
    record Int(long value) implements Index {
    }

    /** {@code start:stop:step}; null parts are omitted ({@code x[::2]}). */
    record Slice(Long start, Long stop, Long step) implements Index {
        public static final Slice ALL = new Slice(null, null, null);
    }

    /** {@code None} / {@code np.newaxis}. */
    enum NewAxis implements Index { INSTANCE }

    /** {@code ...}. */
    enum Ellipsis implements Index { INSTANCE }

    /** A Python bool used as an index ({@code x[True]}): adds an axis of length 1 or 0. */
    record Bool(boolean value) implements Index {
    }

    /** An integer or boolean array (or list) used as an index. */
    record Array(NdArray array) implements Index {
    }

    static Index slice(Long start, Long stop, Long step) {
        return new Slice(start, stop, step);
    }

    static Index at(long i) {
        return new Int(i);
    }

    /**
     * Converts a Python-level value: {@code Long}/{@code Integer} → Int, {@code Boolean} → Bool, {@code null}
     * → NewAxis, {@link Index} as is, {@link NdArray} and (nested) {@link List} → Array. Floats are refused
     * with NumPy's message.
     *
     * @throws ArrayIndexError for floats and other types
     */
    static Index of(Object o) {
        if (o instanceof Index i) {
            return i;
        }
        if (o == null) {
            return NewAxis.INSTANCE;
        }
        if (o instanceof Boolean b) {
            return new Bool(b);
        }
        if (o instanceof Long || o instanceof Integer || o instanceof Short || o instanceof Byte) {
            return new Int(((Number) o).longValue());
        }
        if (o instanceof NdArray a) {
            return new Array(a);
        }
        if (o instanceof List<?> list) {
            return new Array(listIndex(list));
        }
        throw new ArrayIndexError(Indexing.ONLY_INTEGERS);
    }

    /** A list used as an index: integers and bools only (NumPy refuses floats and None in lists). */
    private static NdArray listIndex(List<?> list) {
        checkLeaves(list);
        NdArray a = Creation.fromNested(Flavor.NUMPY, list, null);
        return a.size() == 0 && !a.dtype().isBool() ? a.astype(DType.INT64) : a;
    }

    private static void checkLeaves(Object o) {
        if (o instanceof List<?> l) {
            for (Object x : l) {
                checkLeaves(x);
            }
        } else if (o instanceof NdArray a) {
            if (a.dtype().isFloat()) {
                throw new ArrayIndexError(Indexing.ONLY_INTEGERS);
            }
        } else if (!(o instanceof Boolean || o instanceof Long || o instanceof Integer || o instanceof Short
                || o instanceof Byte)) {
            throw new ArrayIndexError(Indexing.ONLY_INTEGERS);
        }
    }
}
