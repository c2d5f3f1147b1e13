package io.tastelab.playground.arrays;

import io.tastelab.array.ArrayNamespace;
import io.tastelab.array.BinaryOp;
import io.tastelab.array.DType;
import io.tastelab.array.Flavor;
import io.tastelab.array.Shape;
import io.tastelab.array.TraceGraph;
import io.tastelab.array.UnaryOp;
import io.tastelab.array.UntraceableOpException;
import io.tastelab.playground.interp.Arguments;
import io.tastelab.playground.interp.BuiltinFunction;
import io.tastelab.playground.interp.NoneValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.Value;
import java.util.List;
import java.util.Map;

/**
 * The {@code jnp} functions as seen from inside {@code jax.jit}: when an argument is a {@link TracerValue}, the
 * call adds a node to the trace instead of computing. Functions without a traced form raise
 * {@code NotImplementedError} naming themselves; NumPy functions given a tracer raise JAX's
 * {@code TracerArrayConversionError}.
 */
final class Tracing {

    private Tracing() {
    }

    /** Wraps a module function so that calls with tracers are traced (jnp) or refused (np). */
    static BuiltinFunction wrap(Flavor flavor, String moduleName, BuiltinFunction eager) {
        return new BuiltinFunction(eager.name(), (arguments, context) -> {
            TracerValue tracer = firstTracer(arguments);
            if (tracer == null) {
                TraceGraph staging = STAGING.get();
                if (staging != null && flavor == Flavor.JAX && scalarsOnly(arguments)
                        && (unaryOp(eager.name()) != null || binaryOp(eager.name()) != null)) {
                    // jax.make_jaxpr stages jnp math on Python scalars too: `log 2.0:f32[]` in the jaxpr.
                    return Py.guard(() -> traced(eager.name(), arguments, staging));
                }
                return eager.call(arguments, context);
            }
            if (flavor == Flavor.NUMPY) {
                throw PlaygroundError.of("TracerArrayConversionError", "The numpy.ndarray conversion method "
                        + "__array__() was called on traced array with shape " + tracer.node().abstractValue()
                        + " (in " + moduleName + "." + eager.name() + "). Use jax.numpy inside jax.jit.");
            }
            return Py.guard(() -> traced(eager.name(), arguments, tracer.graph()));
        }, eager.owner(), eager.keepsArguments());
    }

    /** The trace that jnp math on Python scalars joins, while jax.make_jaxpr traces on this thread; else unset. */
    static final ThreadLocal<TraceGraph> STAGING = new ThreadLocal<>();

    private static boolean scalarsOnly(Arguments arguments) {
        if (!arguments.keywords().isEmpty() || arguments.positional().isEmpty()) {
            return false;
        }
        for (Value value : arguments.positional()) {
            if (!(value instanceof io.tastelab.playground.interp.FloatValue
                    || value instanceof io.tastelab.playground.interp.IntValue)) {
                return false;
            }
        }
        return true;
    }

    private static TracerValue firstTracer(Arguments arguments) {
        for (Value value : arguments.positional()) {
            TracerValue found = findTracer(value);
            if (found != null) {
                return found;
            }
        }
        for (Value value : arguments.keywords().values()) {
            TracerValue found = findTracer(value);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static TracerValue findTracer(Value value) {
        return findTracer(value, 0, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    }

    /**
     * Looks no deeper than an array's 64 dimensions go and into each list once, so a list holding itself, or
     * repeated inside itself, ends the search.
     */
    private static TracerValue findTracer(Value value, int depth, java.util.Set<Value> seen) {
        if (value instanceof TracerValue tracer) {
            return tracer;
        }
        if ((value instanceof io.tastelab.playground.interp.ListValue
                || value instanceof io.tastelab.playground.interp.TupleValue)
                && value instanceof io.tastelab.playground.interp.IterableValue iterable && iterable.length() < 1000
                && depth < 64 && seen.add(value)) {
            for (Value item : iterable.items()) {
                TracerValue found = findTracer(item, depth + 1, seen);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Value traced(String name, Arguments arguments, TraceGraph graph) {
        BinaryOp binary = binaryOp(name);
        if (binary != null) {
            Value[] a = arguments.bind(name, List.of("x1", "x2"), 2);
            return tracer(graph, graph.binary(binary, node(graph, a[0]), node(graph, a[1])));
        }
        UnaryOp unary = unaryOp(name);
        if (unary != null) {
            Value[] a = arguments.bind(name, List.of("x"), 1);
            return tracer(graph, graph.unary(unary, node(graph, a[0])));
        }
        switch (name) {
            case "square" -> {
                // lax.integer_pow(x, 2), as jnp.square is.
                return tracer(graph, graph.integerPower(node(graph, arguments.bind(name, List.of("x"), 1)[0]), 2));
            }
            case "reciprocal" -> {
                // lax.integer_pow(x, -1) of x made inexact, as jnp.reciprocal is.
                TraceGraph.Node x = node(graph, arguments.bind(name, List.of("x"), 1)[0]);
                return tracer(graph, graph.integerPower(x.dtype().isFloat() ? x : graph.astype(x, DType.FLOAT32), -1));
            }
            case "isnan" -> {
                // NaN is the one value unequal to itself.
                TraceGraph.Node x = node(graph, arguments.bind(name, List.of("x"), 1)[0]);
                return tracer(graph, graph.binary(BinaryOp.NOT_EQUAL, x, x));
            }
            case "logical_not" -> {
                TraceGraph.Node x = node(graph, arguments.bind(name, List.of("x"), 1)[0]);
                return tracer(graph, x.dtype().isBool() ? graph.binary(BinaryOp.NOT_EQUAL, x, graph.constant(true))
                        : graph.binary(BinaryOp.EQUAL, x, graph.constant(0L)));
            }
            case "logical_and", "logical_or", "logical_xor" -> {
                Value[] a = arguments.bind(name, List.of("x1", "x2"), 2);
                TraceGraph.Node x = truth(graph, node(graph, a[0]));
                TraceGraph.Node y = truth(graph, node(graph, a[1]));
                if (name.equals("logical_xor")) {
                    return tracer(graph, graph.binary(BinaryOp.NOT_EQUAL, x, y));
                }
                // On 0/1 integers: and is a product, or a sum, each then compared with 0.
                TraceGraph.Node xi = graph.astype(x, DType.INT32);
                TraceGraph.Node yi = graph.astype(y, DType.INT32);
                return tracer(graph, graph.binary(BinaryOp.NOT_EQUAL, graph.binary(name.equals("logical_and")
                        ? BinaryOp.MULTIPLY : BinaryOp.ADD, xi, yi), graph.constant(0L)));
            }
            case "isfinite" -> {
                // Finite is neither NaN (unequal to itself) nor infinite: x - x is 0 exactly for finite x.
                TraceGraph.Node x = node(graph, arguments.bind(name, List.of("x"), 1)[0]);
                if (!x.dtype().isFloat()) {
                    return tracer(graph, graph.binary(BinaryOp.EQUAL, x, x));
                }
                TraceGraph.Node difference = graph.binary(BinaryOp.SUBTRACT, x, x);
                return tracer(graph, graph.binary(BinaryOp.EQUAL, difference, difference));
            }
            case "zeros", "ones", "empty", "full" -> {
                Value shape = arguments.positional().isEmpty() ? arguments.keywords().get("shape")
                        : arguments.positional().getFirst();
                if (shape != null && findTracer(shape) != null) {
                    // An array's shape must be known while tracing; JAX's TypeError (core.canonicalize_shape).
                    Value tuple = shape instanceof io.tastelab.playground.interp.TupleValue ? shape
                            : shape instanceof io.tastelab.playground.interp.ListValue list
                            ? new io.tastelab.playground.interp.TupleValue(list.items())
                            : io.tastelab.playground.interp.TupleValue.of(shape);
                    throw PlaygroundError.typeError("Shapes must be 1D sequences of concrete values of integer "
                            + "type, got " + tuple.repr() + ".\nIf using `jit`, try using `static_argnums` or "
                            + "applying `jit` to smaller subfunctions.");
                }
                throw graph.untraceable("jnp." + name);
            }
            case "zeros_like", "ones_like" -> {
                // A constant of the operand's shape and dtype (weakly typed where the operand is, as lax.full_like
                // keeps it): its values do not depend on the operand's, so no gradient flows through it.
                Value[] a = arguments.bind(name, List.of("a", "dtype", "shape"), 1);
                TraceGraph.Node x = node(graph, a[0]);
                DType dtype = a[1] == null || a[1] == NoneValue.INSTANCE ? null : Py.toDType(ArrayNamespace.JAX, a[1]);
                int[] shape = a[2] == null || a[2] == NoneValue.INSTANCE ? null : Py.toShape(a[2]);
                return tracer(graph, Py.guard(() -> graph.filledLike(x, dtype, shape, name.equals("zeros_like") ? 0
                        : 1)));
            }
            case "all", "any" -> {
                Value[] a = arguments.bind(name, List.of("a", "axis", "out", "keepdims"), 1);
                return tracer(graph, allOrAny(graph, name, node(graph, a[0]), Py.toAxis(a[1]), Py.toBool(a[3])));
            }
            case "stack" -> {
                Value[] a = arguments.bind(name, List.of("arrays", "axis"), 1);
                List<TraceGraph.Node> items = new java.util.ArrayList<>();
                for (Value item : ((io.tastelab.playground.interp.IterableValue) a[0]).items()) {
                    items.add(node(graph, item));
                }
                return tracer(graph, graph.stack(items, a[1] == null ? 0 : Py.toInt(a[1], "axis")));
            }
            case "round", "around" -> {
                Value[] a = arguments.bind(name, List.of("a", "decimals", "out"), 1);
                if (a[1] != null && a[1] != NoneValue.INSTANCE && Py.toInt(a[1], "decimals") != 0) {
                    throw graph.untraceable("jnp.round with decimals");
                }
                return tracer(graph, graph.rounding("round", node(graph, a[0]),
                        x -> io.tastelab.array.Rounding.round(x, 0, Flavor.JAX)));
            }
            case "floor", "ceil", "trunc", "rint", "fix" -> {
                io.tastelab.array.Rounding.Function function = io.tastelab.array.Rounding.Function.valueOf(
                        name.toUpperCase(java.util.Locale.ROOT));
                return tracer(graph, graph.rounding(name, node(graph, arguments.bind(name, List.of("x"), 1)[0]),
                        x -> io.tastelab.array.Rounding.apply(function, x, Flavor.JAX)));
            }
            case "matmul", "dot" -> {
                Value[] a = arguments.bind(name, List.of("a", "b"), 2);
                return tracer(graph, graph.matmul(node(graph, a[0]), node(graph, a[1])));
            }
            case "tensordot" -> {
                Value[] a = arguments.bind(name, List.of("a", "b", "axes"), 2);
                return tracer(graph, Tensordot.traced(graph, node(graph, a[0]), node(graph, a[1]),
                        a[2] == null ? io.tastelab.playground.interp.IntValue.of(2) : a[2]));
            }
            case "vdot" -> {
                Value[] a = arguments.bind(name, List.of("a", "b"), 2);
                int[] flat = {-1};
                return tracer(graph, graph.matmul(graph.reshape(node(graph, a[0]), flat),
                        graph.reshape(node(graph, a[1]), flat)));
            }
            case "where" -> {
                Value[] a = arguments.bind(name, List.of("condition", "x", "y"), 1);
                if (a[1] == null && a[2] == null) {
                    throw dataDependentSize("jnp.nonzero", node(graph, a[0])); // where(c) is nonzero(c)
                }
                Value[] all = arguments.bind(name, List.of("condition", "x", "y"), 3);
                return tracer(graph, graph.where(node(graph, all[0]), node(graph, all[1]), node(graph, all[2])));
            }
            case "nonzero", "argwhere", "flatnonzero", "unique" -> {
                Value[] a = arguments.bind(name, List.of("a"), 1);
                throw dataDependentSize(name.equals("unique") ? "jnp.unique" : "jnp.nonzero", node(graph, a[0]));
            }
            case "sum", "mean", "max", "min", "amax", "amin" -> {
                Value[] a = arguments.bind(name, List.of("a", "axis", "keepdims"), 1);
                String kind = name.startsWith("a") ? name.substring(1) : name;
                return tracer(graph, graph.reduce(kind, node(graph, a[0]), Py.toAxis(a[1]), Py.toBool(a[2])));
            }
            case "var", "std" -> {
                Value[] a = arguments.bind(name, List.of("a", "axis", "dtype", "out", "ddof", "keepdims"), 1);
                return tracer(graph, moment(graph, name, node(graph, a[0]), a[1], a[2], a[3], a[4], a[5]));
            }
            case "reshape" -> {
                Value[] a = arguments.bind(name, List.of("a", "shape"), 2);
                return tracer(graph, graph.reshape(node(graph, a[0]), Py.toShape(a[1])));
            }
            case "transpose" -> {
                Value[] a = arguments.bind(name, List.of("a", "axes"), 1);
                int[] axes = a[1] == null || a[1] == NoneValue.INSTANCE ? null : Py.toShape(a[1]);
                return tracer(graph, graph.transpose(node(graph, a[0]), axes));
            }
            case "astype" -> {
                Value[] a = arguments.bind(name, List.of("x", "dtype"), 2);
                return tracer(graph, graph.astype(node(graph, a[0]), Py.toDType(ArrayNamespace.JAX, a[1])));
            }
            case "asarray", "array" -> {
                Value[] a = arguments.bind(name, List.of("a", "dtype"), 1);
                TraceGraph.Node x = nested(graph, a[0]);
                return tracer(graph, a[1] == null ? x : graph.astype(x, Py.toDType(ArrayNamespace.JAX, a[1])));
            }
            case "tile", "repeat", "roll", "diff", "tril", "triu", "outer" -> {
                return tracer(graph, ManipulationFunctions.traced(name, arguments, graph));
            }
            case "take", "pad" -> {
                return tracer(graph, TakeAndPad.traced(name, arguments, graph));
            }
            case "nansum", "nanmean", "nanmax", "nanmin" -> {
                return tracer(graph, NanReductions.traced(name, arguments, graph));
            }
            default -> throw graph.untraceable("jnp." + name);
        }
    }

    /**
     * jnp.var / jnp.std as JAX computes them, in traced ops (so jax.grad sees them too): integers to float32, the
     * mean kept as an axis, squared deviations summed, divided by {@code n - ddof}; std takes the square root.
     */
    static TraceGraph.Node moment(TraceGraph graph, String name, TraceGraph.Node a, Value axis, Value dtype,
            Value out, Value ddof, Value keepdims) {
        if (out != null && out != NoneValue.INSTANCE) {
            throw PlaygroundError.typeError(name + "(): the playground does not support out=; assign the result "
                    + "instead");
        }
        DType requested = Py.toDType(ArrayNamespace.JAX, dtype);
        TraceGraph.Node x = requested != null ? graph.astype(a, requested)
                : a.dtype().isFloat() ? a : graph.astype(a, DType.FLOAT32);
        Integer ax = Py.toAxis(axis);
        long count = ax == null ? Shape.size(x.shape()) : x.shape()[Py.guard(() -> Shape.normalizeAxis(ax,
                x.shape().length))];
        long degrees = ddof == null ? 0 : Py.toLong(ddof, "ddof");
        TraceGraph.Node mean = graph.reduce("mean", x, ax, true);
        TraceGraph.Node centered = graph.binary(BinaryOp.SUBTRACT, x, mean);
        TraceGraph.Node squares = graph.reduce("sum", graph.binary(BinaryOp.MULTIPLY, centered, centered), ax,
                Py.toBool(keepdims));
        TraceGraph.Node variance = graph.binary(BinaryOp.DIVIDE, squares, graph.constant((Object) (count - degrees)));
        return name.equals("std") ? graph.unary(UnaryOp.SQRT, variance) : variance;
    }

    /**
     * JAX's refusal of an output whose size depends on the values (nonzero, where with one argument, unique): the
     * tracer has no values, so the caller must give {@code size=}, which the playground does not take.
     */
    static PlaygroundError dataDependentSize(String function, TraceGraph.Node input) {
        return PlaygroundError.of("ConcretizationTypeError", "Abstract tracer value encountered where concrete value "
                + "is expected: traced array with shape " + input.abstractValue() + "\nThe size argument of "
                + function + " must be statically specified to use " + function + " within JAX transformations.\n\n"
                + "See https://docs.jax.dev/en/latest/errors.html#jax.errors.ConcretizationTypeError");
    }

    private static BinaryOp binaryOp(String name) {
        for (BinaryOp op : BinaryOp.values()) {
            if (op.ufuncName().equals(name)) {
                return op;
            }
        }
        return Map.of("true_divide", BinaryOp.DIVIDE).get(name);
    }

    private static UnaryOp unaryOp(String name) {
        if (name.equals("abs")) {
            return UnaryOp.ABSOLUTE;
        }
        for (UnaryOp op : UnaryOp.values()) {
            if (op.ufuncName().equals(name)) {
                return op;
            }
        }
        return null;
    }

    /** A list or tuple of traced values (nested to any depth) stacked into one, as jnp.array does. */
    private static TraceGraph.Node nested(TraceGraph graph, Value value) {
        if (value instanceof io.tastelab.playground.interp.ListValue
                || value instanceof io.tastelab.playground.interp.TupleValue) {
            List<Value> items = ((io.tastelab.playground.interp.IterableValue) value).items();
            if (items.isEmpty()) {
                throw graph.untraceable("jnp.array of an empty list");
            }
            List<TraceGraph.Node> nodes = new java.util.ArrayList<>();
            for (Value item : items) {
                TraceGraph.Node node = nested(graph, item);
                // A Python scalar's weak type ends in an array: JAX converts each element (weak_type=False).
                nodes.add(node.typed().isWeak() ? graph.astype(node, node.dtype()) : node);
            }
            return graph.stack(nodes, 0);
        }
        return node(graph, value);
    }

    /**
     * {@code all} / {@code any} over an axis or all: the truth of each element as 0/1, its min (all) or max (any)
     * compared with 0.
     */
    static TraceGraph.Node allOrAny(TraceGraph graph, String name, TraceGraph.Node a, Integer axis, boolean keepdims) {
        TraceGraph.Node ones = graph.astype(truth(graph, a), DType.INT32);
        return graph.binary(BinaryOp.NOT_EQUAL, graph.reduce(name.equals("all") ? "min" : "max", ones, axis,
                keepdims), graph.constant(0L));
    }

    /** A value's truth as a bool node: itself when bool, else non-zero (NaN is truthy, as in NumPy). */
    private static TraceGraph.Node truth(TraceGraph graph, TraceGraph.Node x) {
        return x.dtype().isBool() ? x : graph.binary(BinaryOp.NOT_EQUAL, x, graph.constant(0L));
    }

    private static TraceGraph.Node node(TraceGraph graph, Value value) {
        TraceGraph.Node node = TracerValue.operand(graph, value);
        if (node == null) {
            throw PlaygroundError.typeError("expected an array, got '" + value.typeName() + "'");
        }
        return node;
    }

    private static Value tracer(TraceGraph graph, TraceGraph.Node node) {
        return new TracerValue(graph, node);
    }
}
