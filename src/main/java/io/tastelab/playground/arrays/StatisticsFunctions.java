package io.tastelab.playground.arrays;

import io.tastelab.array.ArrayNamespace;
import io.tastelab.array.NdArray;
import io.tastelab.playground.interp.FloatValue;
import io.tastelab.playground.interp.NoneValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.Value;
import java.util.List;
import java.util.Map;

/** cumsum, cumprod, var and std of {@code numpy} and {@code jax.numpy}; the array methods share the helpers. */
final class StatisticsFunctions {
    /** The parameters of var and std after the array. */
    static final List<String> MOMENT_PARAMETERS = List.of("axis", "dtype", "out", "ddof", "keepdims");

    private StatisticsFunctions() {
    }

    static void register(Map<String, Value> f, ArrayNamespace ns) {
        for (String name : List.of("cumsum", "cumprod")) {
            f.put(name, Fn.arrayFunction(name, List.of("a", "axis", "dtype", "out"), 1,
                    (a, c) -> ArrayValue.wrap(cumulative(ns, name, Py.asArray(ns, a[0], name), a[1], a[2], a[3]))));
        }
        for (String name : List.of("var", "std")) {
            f.put(name, Fn.arrayFunction(name, List.of("a", "axis", "dtype", "out", "ddof", "keepdims"), 1,
                    (a, c) -> ArrayValue.wrap(moment(ns, name, Py.asArray(ns, a[0], name), a[1], a[2], a[3], a[4],
                            a[5]))));
        }
    }

    static NdArray cumulative(ArrayNamespace ns, String name, NdArray a, Value axis, Value dtype, Value out) {
        refuseOut(name, out);
        Integer ax = Py.toAxis(axis);
        return name.equals("cumsum") ? ns.cumsum(a, ax, Py.toDType(ns, dtype))
                : ns.cumprod(a, ax, Py.toDType(ns, dtype));
    }

    /** var or std with an axis that may be None, an int or a tuple of ints. */
    static NdArray moment(ArrayNamespace ns, String name, NdArray a, Value axis, Value dtype, Value out, Value ddof,
            Value keepdims) {
        refuseOut(name, out);
        int[] axes = Py.toAxes(axis);
        if (axes == null && axis != null && axis != NoneValue.INSTANCE) {
            axes = new int[] {Py.toInt(axis, "axis")};
        }
        if (ddof instanceof FloatValue number && number.value() != Math.rint(number.value())) {
            throw PlaygroundError.valueError(name + "(): the playground takes a whole number as ddof, not "
                    + number.repr());
        }
        long degrees = ddof == null ? 0 : ddof instanceof FloatValue number ? (long) number.value()
                : Py.toLong(ddof, "ddof");
        int[] over = axes;
        return Py.guard(() -> name.equals("var") ? ns.var(a, over, Py.toDType(ns, dtype), degrees,
                Py.toBool(keepdims)) : ns.std(a, over, Py.toDType(ns, dtype), degrees, Py.toBool(keepdims)));
    }

    private static void refuseOut(String name, Value out) {
        if (out != null && out != NoneValue.INSTANCE) {
            throw PlaygroundError.typeError(name + "(): the playground does not support out=; assign the result "
                    + "instead");
        }
    }
}
