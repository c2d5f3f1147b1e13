package io.tastelab.playground.arrays;

import io.tastelab.array.ArrayNamespace;
import io.tastelab.array.Index;
import io.tastelab.array.NdArray;
import io.tastelab.array.Rounding;
import io.tastelab.array.Shape;
import io.tastelab.playground.interp.NoneValue;
import io.tastelab.playground.interp.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code floor}, {@code ceil}, {@code trunc}, {@code fix}, {@code rint}, {@code round}/{@code around} and the
 * flips ({@code flip}, {@code fliplr}, {@code flipud}) of {@code numpy} and {@code jax.numpy}.
 */
final class RoundingFunctions {

    private RoundingFunctions() {
    }

    static void register(Map<String, Value> f, ArrayNamespace ns) {
        for (Rounding.Function function : Rounding.Function.values()) {
            String name = function.numpyName();
            f.put(name, Fn.arrayFunction(name, List.of("x"), 1, (a, c) -> ArrayValue.wrap(
                    Rounding.apply(function, Py.arrayLike(a[0], name), ns.flavor()))));
        }
        for (String name : List.of("round", "around")) {
            f.put(name, Fn.arrayFunction(name, List.of("a", "decimals", "out"), 1, (a, c) -> ArrayValue.wrap(
                    round(ns, a[0], a[1], name))));
        }
        f.put("flip", Fn.arrayFunction("flip", List.of("m", "axis"), 1, (a, c) -> {
            NdArray m = Py.asArray(ns, a[0], "flip");
            int[] axes;
            if (a[1] == null || a[1] == NoneValue.INSTANCE) {
                axes = new int[m.ndim()];
                for (int k = 0; k < axes.length; k++) {
                    axes[k] = k;
                }
            } else {
                int[] tuple = Py.toAxes(a[1]);
                axes = tuple != null ? tuple : new int[] {Py.toInt(a[1], "axis")};
            }
            return ArrayValue.wrap(flip(m, axes));
        }));
        f.put("rot90", Fn.arrayFunction("rot90", List.of("m", "k", "axes"), 1, (a, c) -> ArrayValue.wrap(rot90(
                Py.asArray(ns, a[0], "rot90"), a[1] == null ? 1 : Py.toInt(a[1], null),
                a[2] == null ? new int[] {0, 1} : Py.toShape(a[2])))));
        f.put("fliplr", Fn.arrayFunction("fliplr", List.of("m"), 1, (a, c) -> ArrayValue.wrap(flipAtLeast(
                Py.asArray(ns, a[0], "fliplr"), 1, "Input must be >= 2-d."))));
        f.put("flipud", Fn.arrayFunction("flipud", List.of("m"), 1, (a, c) -> ArrayValue.wrap(flipAtLeast(
                Py.asArray(ns, a[0], "flipud"), 0, "Input must be >= 1-d."))));
    }

    /** {@code round(a, decimals)}: the function and the ndarray method. */
    static NdArray round(ArrayNamespace ns, Value operand, Value decimals, String name) {
        int places = decimals == null || decimals == NoneValue.INSTANCE ? 0 : Py.toInt(decimals, "decimals");
        return Rounding.round(Py.arrayLike(operand, name), places, ns.flavor());
    }

    /** The view that reverses each of {@code axes} (NumPy's flip is a view; JAX's a new array). */
    static NdArray flip(NdArray m, int[] axes) {
        List<Index> index = new ArrayList<>();
        for (int k = 0; k < m.ndim(); k++) {
            index.add(Index.Slice.ALL);
        }
        for (int axis : axes) {
            index.set(Shape.normalizeAxis(axis, m.ndim()), new Index.Slice(null, null, -1L));
        }
        return m.get(index);
    }

    /** NumPy's rot90: {@code k} quarter turns from the first of {@code axes} towards the second, as flips and a swap. */
    static NdArray rot90(NdArray m, int k, int[] axes) {
        if (axes.length != 2) {
            throw io.tastelab.playground.interp.PlaygroundError.valueError("len(axes) must be 2.");
        }
        int n = m.ndim();
        if (axes[0] == axes[1] || Math.abs(axes[0] - axes[1]) == n) {
            throw io.tastelab.playground.interp.PlaygroundError.valueError("Axes must be different.");
        }
        if (axes[0] >= n || axes[0] < -n || axes[1] >= n || axes[1] < -n) {
            throw io.tastelab.playground.interp.PlaygroundError.valueError("Axes=(" + axes[0] + ", " + axes[1]
                    + ") out of range for array of ndim=" + n + ".");
        }
        int turns = Math.floorMod(k, 4);
        if (turns == 0) {
            return flip(m, new int[0]);
        }
        if (turns == 2) {
            return flip(flip(m, new int[] {axes[0]}), new int[] {axes[1]});
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int first = Shape.normalizeAxis(axes[0], n);
        int second = Shape.normalizeAxis(axes[1], n);
        order[first] = second;
        order[second] = first;
        return turns == 1 ? flip(m, new int[] {axes[1]}).transpose(order)
                : flip(m.transpose(order), new int[] {axes[1]});
    }

    private static NdArray flipAtLeast(NdArray m, int axis, String message) {
        if (m.ndim() <= axis) {
            throw io.tastelab.playground.interp.PlaygroundError.valueError(message);
        }
        return flip(m, new int[] {axis});
    }
}
