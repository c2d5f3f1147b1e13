package io.tastelab.playground.arrays;

import io.tastelab.array.ArrayNamespace;
import io.tastelab.array.BinaryOp;
import io.tastelab.array.NdArray;
import io.tastelab.array.TraceGraph;
import io.tastelab.playground.interp.Arguments;
import io.tastelab.playground.interp.NoneValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.Value;
import java.util.List;
import java.util.Map;

/**
 * {@code nansum}, {@code nanmean}, {@code nanmax}, {@code nanmin}, {@code nanargmax} and {@code nanargmin} of
 * {@code numpy} and {@code jax.numpy}, as both libraries write them: NaNs replaced by 0 and summed; the mean divides
 * that sum by the count of non-NaN values and keeps the sum's dtype (NumPy divides in float64 and casts back, JAX in
 * the float dtype; the quotient rounds the same). nanmax/nanmin replace NaNs by -inf/+inf and give NaN for an
 * all-NaN slice; nanargmax/nanargmin take the arg of that, and an all-NaN slice is NumPy's ValueError, JAX's -1.
 * Integer and bool arrays hold no NaN, so they are the plain reductions. Traced (jit, grad, jvp) through
 * {@link #traced} in the same steps.
 */
final class NanReductions {

    private NanReductions() {
    }

    static void register(Map<String, Value> f, ArrayNamespace ns) {
        for (String name : List.of("nansum", "nanmean")) {
            f.put(name, Fn.arrayFunction(name, List.of("a", "axis", "dtype", "out", "keepdims"), 1, (a, c) -> {
                for (int slot : new int[] {2, 3}) {
                    if (a[slot] != null && a[slot] != NoneValue.INSTANCE) {
                        throw PlaygroundError.of("NotImplementedError", name + "(..., " + (slot == 2 ? "dtype" : "out")
                                + "=...) is not supported by the playground: cast the array or assign the result");
                    }
                }
                NdArray x = Py.asArray(ns, a[0], name);
                boolean keepdims = Py.toBool(a[4]);
                char kind = x.dtype().kind();
                if (kind != 'f' && kind != 'c') {
                    return ArrayValue.wrap(ArrayValue.reduce(ns, name.equals("nansum") ? "sum" : "mean", x, a[1],
                            keepdims));
                }
                NdArray nan = Py.guard(() -> ns.isnan(x));
                NdArray cleaned = Py.guard(() -> ns.where(nan, ns.zeros(new int[0], x.dtype()), x));
                NdArray total = ArrayValue.reduce(ns, "sum", cleaned, a[1], keepdims);
                if (name.equals("nansum")) {
                    return ArrayValue.wrap(total);
                }
                NdArray present = Py.guard(() -> ns.binary(BinaryOp.EQUAL, nan, false));
                NdArray count = ArrayValue.reduce(ns, "sum", present, a[1], keepdims);
                NdArray mean = Py.guard(() -> ns.divide(total, count).astype(total.dtype()));
                // a whole-array mean is a NumPy scalar (np.float64(1.75)), as the sum it divides
                return ArrayValue.wrap(total.isScalar() ? Py.guard(() -> ns.scalar(mean.item(), mean.dtype()))
                        : mean);
            }));
        }
        for (String name : List.of("nanmax", "nanmin")) {
            f.put(name, Fn.arrayFunction(name, List.of("a", "axis", "out", "keepdims"), 1, (a, c) -> {
                refuseOut(name, a[2]);
                NdArray x = Py.asArray(ns, a[0], name);
                boolean keepdims = Py.toBool(a[3]);
                String plain = name.substring(3);
                char kind = x.dtype().kind();
                if (kind != 'f' && kind != 'c') {
                    return ArrayValue.wrap(ArrayValue.reduce(ns, plain, x, a[1], keepdims));
                }
                if (x.size() == 0) {
                    throw PlaygroundError.valueError("zero-size array to reduction operation "
                            + (plain.equals("max") ? "fmax" : "fmin") + " which has no identity");
                }
                NdArray nan = Py.guard(() -> ns.isnan(x));
                NdArray replacement = ns.full(new int[0], plain.equals("max") ? Double.NEGATIVE_INFINITY
                        : Double.POSITIVE_INFINITY, x.dtype());
                NdArray extreme = ArrayValue.reduce(ns, plain, Py.guard(() -> ns.where(nan, replacement, x)), a[1],
                        keepdims);
                NdArray allNan = ArrayValue.reduce(ns, "all", nan, a[1], keepdims);
                NdArray result = Py.guard(() -> ns.where(allNan, ns.full(new int[0], Double.NaN, x.dtype()),
                        extreme));
                return ArrayValue.wrap(extreme.isScalar() ? Py.guard(() -> ns.scalar(result.item(), result.dtype()))
                        : result);
            }));
        }
        for (String name : List.of("nanargmax", "nanargmin")) {
            f.put(name, Fn.arrayFunction(name, List.of("a", "axis", "out", "keepdims"), 1, (a, c) -> {
                refuseOut(name, a[2]);
                NdArray x = Py.asArray(ns, a[0], name);
                boolean keepdims = Py.toBool(a[3]);
                String plain = name.substring(3);
                char kind = x.dtype().kind();
                if (kind != 'f' && kind != 'c') {
                    return ArrayValue.wrap(ArrayValue.reduce(ns, plain, x, Py.toAxis(a[1]), keepdims));
                }
                NdArray nan = Py.guard(() -> ns.isnan(x));
                NdArray replacement = ns.full(new int[0], plain.equals("argmax") ? Double.NEGATIVE_INFINITY
                        : Double.POSITIVE_INFINITY, x.dtype());
                NdArray arg = ArrayValue.reduce(ns, plain, Py.guard(() -> ns.where(nan, replacement, x)),
                        Py.toAxis(a[1]), keepdims);
                NdArray allNan = ArrayValue.reduce(ns, "all", nan, Py.toAxis(a[1]), keepdims);
                if (ns.flavor() == io.tastelab.array.Flavor.NUMPY) {
                    if (Boolean.TRUE.equals(ArrayValue.reduce(ns, "any", allNan, (Integer) null, false).item())) {
                        throw PlaygroundError.valueError("All-NaN slice encountered");
                    }
                    return ArrayValue.wrap(arg);
                }
                return ArrayValue.wrap(Py.guard(() -> ns.where(allNan, ns.full(new int[0], -1L, arg.dtype()), arg)));
            }));
        }
    }

    private static void refuseOut(String name, Value out) {
        if (out != null && out != NoneValue.INSTANCE) {
            throw PlaygroundError.of("NotImplementedError", name + "(..., out=...) is not supported by the "
                    + "playground: assign the result");
        }
    }

    /** nansum, nanmean, nanmax and nanmin of a traced value, in JAX's steps (so grad and jvp follow them). */
    static TraceGraph.Node traced(String name, Arguments arguments, TraceGraph graph) {
        List<String> parameters = name.equals("nansum") || name.equals("nanmean")
                ? List.of("a", "axis", "dtype", "out", "keepdims") : List.of("a", "axis", "out", "keepdims");
        Value[] a = arguments.bind(name, parameters, 1);
        for (int slot = 2; slot < parameters.size() - 1; slot++) {
            if (a[slot] != null && a[slot] != NoneValue.INSTANCE) {
                throw Py.toPython(graph.untraceable("jnp." + name + " with " + parameters.get(slot) + "="));
            }
        }
        TraceGraph.Node x = TracerValue.operand(graph, a[0]);
        Integer axis = Py.toAxis(a[1]);
        boolean keepdims = Py.toBool(a[parameters.size() - 1]);
        String plain = switch (name) {
            case "nansum" -> "sum";
            case "nanmean" -> "mean";
            default -> name.substring(3);
        };
        if (!x.dtype().isFloat()) {
            return graph.reduce(plain, x, axis, keepdims);
        }
        TraceGraph.Node nan = graph.binary(BinaryOp.NOT_EQUAL, x, x);
        double fill = switch (plain) {
            case "max" -> Double.NEGATIVE_INFINITY;
            case "min" -> Double.POSITIVE_INFINITY;
            default -> 0.0;
        };
        TraceGraph.Node cleaned = graph.where(nan, graph.constant(fill), x);
        if (plain.equals("max") || plain.equals("min")) {
            TraceGraph.Node extreme = graph.reduce(plain, cleaned, axis, keepdims);
            TraceGraph.Node allNan = Tracing.allOrAny(graph, "all", nan, axis, keepdims);
            return graph.where(allNan, graph.constant(Double.NaN), extreme);
        }
        TraceGraph.Node total = graph.reduce("sum", cleaned, axis, keepdims);
        if (plain.equals("sum")) {
            return total;
        }
        TraceGraph.Node count = graph.reduce("sum", graph.astype(graph.binary(BinaryOp.EQUAL, nan,
                graph.constant(false)), x.dtype()), axis, keepdims);
        return graph.binary(BinaryOp.DIVIDE, total, count);
    }
}
