package io.tastelab.playground.arrays;

import io.tastelab.array.ArrayNamespace;
import io.tastelab.array.DType;
import io.tastelab.array.Flavor;
import io.tastelab.array.NdArray;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.TupleValue;
import io.tastelab.playground.interp.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * sort, argsort, unique, nonzero, where (one argument or three), argwhere, flatnonzero and count_nonzero of
 * {@code numpy} and {@code jax.numpy}.
 */
final class SortFunctions {

    private SortFunctions() {
    }

    static void register(Map<String, Value> f, ArrayNamespace ns) {
        f.put("sort", Fn.arrayFunction("sort", List.of("a", "axis", "kind", "order", "stable"), 1,
                (a, c) -> ArrayValue.wrap(ns.sort(Py.arrayLike(a[0], "sort"), sortAxis(a[1])))));
        f.put("argsort", Fn.arrayFunction("argsort", List.of("a", "axis", "kind", "order", "stable"), 1,
                (a, c) -> ArrayValue.wrap(ns.argsort(Py.arrayLike(a[0], "argsort"), sortAxis(a[1])))));
        f.put("nonzero", Fn.arrayFunction("nonzero", List.of("a"), 1,
                (a, c) -> indexTuple(ns.nonzero(Py.arrayLike(a[0], "nonzero")))));
        f.put("flatnonzero", Fn.arrayFunction("flatnonzero", List.of("a"), 1,
                (a, c) -> ArrayValue.wrap(ns.nonzero(Py.asArray(ns, a[0], "flatnonzero").ravel()).getFirst())));
        f.put("argwhere", Fn.arrayFunction("argwhere", List.of("a"), 1, (a, c) -> {
            NdArray x = Py.asArray(ns, a[0], "argwhere");
            NdArray shaped = x.ndim() == 0 ? ns.atLeast(x, 1) : x;
            List<NdArray> indices = ns.nonzero(shaped);
            NdArray rows = ns.stack(indices, 1);
            return ArrayValue.wrap(x.ndim() == 0 ? ns.reshape(rows, rows.shape()[0], 0) : rows);
        }));
        f.put("count_nonzero", Fn.arrayFunction("count_nonzero", List.of("a", "axis", "keepdims"), 1, (a, c) -> {
            NdArray truths = Py.asArray(ns, a[0], "count_nonzero").astype(DType.BOOL);
            NdArray counted = ArrayValue.reduce(ns, "sum", truths, a[1], Py.toBool(a[2]));
            // NumPy's sum of bools already is int64 (a NumPy scalar over everything); jnp's counts are int32
            return ArrayValue.wrap(ns.flavor() == Flavor.JAX ? counted.astype(DType.INT32) : counted);
        }));
        f.put("unique", Fn.arrayFunction("unique", List.of("ar", "return_index", "return_inverse", "return_counts",
                "axis", "equal_nan"), 1, (a, c) -> {
                    List<NdArray> parts = ns.unique(Py.arrayLike(a[0], "unique"), Py.toAxis(a[4]),
                            a[5] == null || a[5].isTruthy());
                    List<Value> out = new ArrayList<>();
                    out.add(ArrayValue.wrap(parts.get(0)));
                    for (int i = 1; i <= 3; i++) {
                        if (Py.toBool(a[i])) {
                            out.add(ArrayValue.wrap(parts.get(i)));
                        }
                    }
                    return out.size() == 1 ? out.getFirst() : new TupleValue(out);
                }));
        f.put("where", Fn.arrayFunction("where", List.of("condition", "x", "y"), 1, (a, c) -> {
            if (a[1] == null && a[2] == null) {
                return indexTuple(ns.nonzero(Py.asArray(ns, a[0], "where")));
            }
            if (a[1] == null || a[2] == null) {
                throw PlaygroundError.valueError(ns.flavor() == Flavor.NUMPY
                        ? "either both or neither of x and y should be given"
                        : "Either both or neither of the x and y arguments should be provided to jax.numpy.where, "
                                + "got " + (a[1] == null ? "None" : "x") + " and " + (a[2] == null ? "None" : "y")
                                + ".");
            }
            return ArrayValue.wrap(ns.where(Py.arrayLike(a[0], "where"), Py.arrayLike(a[1], "where"),
                    Py.arrayLike(a[2], "where")));
        }));
    }

    /** sort's axis: -1 by default, None for the flattened array. */
    static Integer sortAxis(Value axis) {
        if (axis == null) {
            return -1;
        }
        return Py.toAxis(axis);
    }

    static TupleValue indexTuple(List<NdArray> indices) {
        List<Value> items = new ArrayList<>(indices.size());
        for (NdArray index : indices) {
            items.add(ArrayValue.wrap(index));
        }
        return new TupleValue(items);
    }
}
