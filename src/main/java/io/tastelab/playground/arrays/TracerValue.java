package io.tastelab.playground.arrays;

import io.tastelab.array.BinaryOp;
import io.tastelab.array.NdArray;
import io.tastelab.array.TraceGraph;
import io.tastelab.array.UnaryOp;
import io.tastelab.array.UntraceableOpException;
import io.tastelab.playground.interp.AttributeDispatch;
import io.tastelab.playground.interp.IntValue;
import io.tastelab.playground.interp.NotImplementedValue;
import io.tastelab.playground.interp.OperatorDispatch;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.SubscriptDispatch;
import io.tastelab.playground.interp.Value;
import io.tastelab.playground.lang.BinaryOperator;
import io.tastelab.playground.lang.CompareOperator;
import io.tastelab.playground.lang.UnaryOperator;
import java.util.List;

/**
 * An abstract array inside a function that {@code jax.jit} is tracing: it has a shape and a dtype but no values,
 * and every op on it adds a node to the {@link TraceGraph}. Anything that would need the values (printing them,
 * {@code if x > 0}, indexing) is refused with a message naming it, as JAX refuses it.
 */
final class TracerValue implements OperatorDispatch, AttributeDispatch, SubscriptDispatch,
        io.tastelab.playground.interp.IterableValue {

    private final TraceGraph graph;
    private final TraceGraph.Node node;

    TracerValue(TraceGraph graph, TraceGraph.Node node) {
        this.graph = graph;
        this.node = node;
    }

    TraceGraph graph() {
        return graph;
    }

    TraceGraph.Node node() {
        return node;
    }

    /** The graph node for an operand of a traced op: a tracer, a captured array or a Python scalar; else null. */
    static TraceGraph.Node operand(TraceGraph graph, Value value) {
        if (value instanceof TracerValue tracer) {
            if (tracer.graph != graph) {
                throw PlaygroundError.of("UnexpectedTracerError", "a tracer from another jax.jit trace was used "
                        + "(it leaked out of its function)");
            }
            return tracer.node;
        }
        Object converted = Py.toObject(value);
        if (converted == Py.UNCONVERTIBLE || converted == null) {
            return null; // None and other non-array values: the operator's own TypeError follows
        }
        // The array layer's errors (a Python int beyond int32, a ragged list) as the Python errors they stand for.
        if (converted instanceof NdArray array) {
            return Py.guard(() -> graph.constant(array));
        }
        if (converted instanceof java.util.List<?>) {
            return Py.guard(() -> graph.constant(io.tastelab.array.ArrayNamespace.JAX.array(converted)));
        }
        return Py.guard(() -> graph.constant(converted));
    }

    @Override
    public String typeName() {
        return "DynamicJaxprTracer";
    }

    @Override
    public String repr() {
        // As recent JAX prints a tracer (print(x) inside jax.jit): JitTracer(float32[3,4]), ~ marking a weak type.
        String kind = graph.transform().equals("jax.make_jaxpr") ? "JaxprTracer" : "JitTracer";
        return kind + "(" + (node.typed().isWeak() ? "~" : "") + node.abstractValue() + ")";
    }

    @Override
    public boolean isTruthy() {
        NdArray concrete = DifferentiatedCall.concreteValue(graph, node);
        if (concrete != null) {
            // Under an outermost grad the point is known, as in JAX: the branch of its value is traced.
            return new ArrayValue(concrete).isTruthy();
        }
        // JAX's first line, then (where JAX names the traced function's file) what to do instead.
        throw PlaygroundError.of("TracerBoolConversionError", "Attempted boolean conversion of traced array with "
                + "shape " + node.abstractValue() + ".\nThe truth value of a traced array depends on the input "
                + "values, which jax.jit does not know while tracing: use jnp.where instead of if/and/or, or mark "
                + "the argument static (static_argnums / static_argnames).");
    }

    @Override
    public Value binaryOp(BinaryOperator op, Value other, boolean reflected) {
        TraceGraph.Node that = operand(graph, other);
        if (that == null) {
            return NotImplementedValue.INSTANCE;
        }
        TraceGraph.Node left = reflected ? that : node;
        TraceGraph.Node right = reflected ? node : that;
        if (op == BinaryOperator.MATMUL) {
            return wrap(Py.guard(() -> graph.matmul(left, right)));
        }
        if (op == BinaryOperator.POWER && !reflected && other instanceof io.tastelab.playground.interp.IntValue n) {
            long exponent = n.fitsLong() ? n.longValueExact() : Long.MAX_VALUE;
            return wrap(Py.guard(() -> graph.integerPower(node, exponent)));
        }
        BinaryOp mapped = switch (op) {
            case ADD -> BinaryOp.ADD;
            case SUBTRACT -> BinaryOp.SUBTRACT;
            case MULTIPLY -> BinaryOp.MULTIPLY;
            case TRUE_DIVIDE -> BinaryOp.DIVIDE;
            case FLOOR_DIVIDE -> BinaryOp.FLOOR_DIVIDE;
            case MODULO -> BinaryOp.REMAINDER;
            case POWER -> BinaryOp.POWER;
            default -> null;
        };
        if (mapped == null) {
            throw Py.toPython(graph.untraceable("the operator " + op));
        }
        return wrap(Py.guard(() -> graph.binary(mapped, left, right)));
    }

    @Override
    public Value compare(CompareOperator op, Value other) {
        BinaryOp mapped = switch (op) {
            case EQUAL -> BinaryOp.EQUAL;
            case NOT_EQUAL -> BinaryOp.NOT_EQUAL;
            case LESS -> BinaryOp.LESS;
            case LESS_EQUAL -> BinaryOp.LESS_EQUAL;
            case GREATER -> BinaryOp.GREATER;
            case GREATER_EQUAL -> BinaryOp.GREATER_EQUAL;
            default -> null;
        };
        TraceGraph.Node that = operand(graph, other);
        if (mapped == null || that == null) {
            return NotImplementedValue.INSTANCE;
        }
        return wrap(Py.guard(() -> graph.binary(mapped, node, that)));
    }

    @Override
    public Value absolute() {
        return wrap(Py.guard(() -> graph.unary(UnaryOp.ABSOLUTE, node)));
    }

    @Override
    public Value unaryOp(UnaryOperator op) {
        return switch (op) {
            case NEGATE -> wrap(Py.guard(() -> graph.unary(UnaryOp.NEGATIVE, node)));
            case PLUS -> this;
            // ~mask is logical not; ~n is -n - 1, as for NumPy's integers.
            case INVERT -> wrap(Py.guard(() -> node.dtype().isBool()
                    ? graph.binary(io.tastelab.array.BinaryOp.NOT_EQUAL, node, graph.constant(true))
                    : graph.binary(io.tastelab.array.BinaryOp.SUBTRACT, graph.unary(UnaryOp.NEGATIVE, node),
                            graph.constant(1L))));
            default -> throw Py.toPython(graph.untraceable("the operator " + op));
        };
    }

    /** {@code len(x)}: the leading dimension, known while tracing, as in JAX. */
    @Override
    public long length() {
        if (node.shape().length == 0) {
            throw PlaygroundError.typeError("len() of unsized object");
        }
        return node.shape()[0];
    }

    /** Iterating a tracer unrolls over its leading dimension, as JAX does. */
    @Override
    public List<Value> items() {
        if (node.shape().length == 0) {
            throw PlaygroundError.typeError("iteration over a 0-d array");
        }
        List<Value> items = new java.util.ArrayList<>();
        for (int i = 0; i < node.shape()[0]; i++) {
            items.add(getItem(IntValue.of(i)));
        }
        return items;
    }

    @Override
    public Value getItem(Value index) {
        List<Value> items = index instanceof io.tastelab.playground.interp.TupleValue tuple ? tuple.items()
                : List.of(index);
        for (Value item : items) {
            if (item instanceof TracerValue tracer && tracer.node.dtype().isBool()) {
                TraceGraph.Node mask = tracer.node;
                // x[mask]'s shape depends on the values in mask, which jit does not know.
                throw PlaygroundError.of("NonConcreteBooleanIndexError", "Array boolean indices must be concrete; "
                        + "got " + mask.abstractValue() + "\n\nSee https://docs.jax.dev/en/latest/errors.html"
                        + "#jax.errors.NonConcreteBooleanIndexError");
            }
        }
        if (items.size() == 1 && items.getFirst() instanceof io.tastelab.playground.interp.SliceValue slice
                && node.shape().length > 0) {
            // x[a:b:c] along the first axis: the rows it selects, taken one by one and stacked.
            io.tastelab.playground.interp.SliceValue.Bounds bounds = slice.indices(node.shape()[0]);
            if (bounds.length() == 0) {
                throw Py.toPython(graph.untraceable("an empty slice"));
            }
            List<TraceGraph.Node> rows = new java.util.ArrayList<>();
            for (long k = 0; k < bounds.length(); k++) {
                int row = (int) (bounds.start() + k * bounds.step());
                rows.add(Py.guard(() -> graph.take(node, 0, row)));
            }
            return wrap(Py.guard(() -> graph.stack(rows, 0)));
        }
        TraceGraph.Node result = node;
        for (Value item : items) {
            if (!(item instanceof IntValue i) || !i.fitsLong() || result.shape().length == 0) {
                throw Py.toPython(graph.untraceable("indexing (x[...]) other than with integers"));
            }
            TraceGraph.Node from = result;
            result = Py.guard(() -> graph.take(from, 0, (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE,
                    i.longValueExact()))));
        }
        return wrap(result);
    }

    @Override
    public Value getAttribute(String name) {
        String owner = "DynamicJaxprTracer object";
        return switch (name) {
            case "shape" -> Py.shapeTuple(node.shape());
            case "ndim" -> IntValue.of(node.shape().length);
            case "size" -> IntValue.of(io.tastelab.array.Shape.size(node.shape()));
            case "dtype" -> DTypeValue.instance(node.dtype());
            case "T" -> wrap(Py.guard(() -> graph.transpose(node, null)));
            case "reshape" -> new io.tastelab.playground.interp.BuiltinFunction(name, (args, context) -> {
                int[] shape = args.size() == 1 ? Py.toShape(args.get(0)) : args.positional().stream()
                        .mapToInt(v -> Py.toInt(v, "shape")).toArray();
                return wrap(Py.guard(() -> graph.reshape(node, shape)));
            }, owner);
            case "astype" -> Fn.method(name, owner, List.of("dtype"), 1, (a, c) -> wrap(graph.astype(node,
                    Py.toDType(io.tastelab.array.ArrayNamespace.JAX, a[0]))));
            case "all", "any" -> Fn.method(name, owner, List.of("axis", "out", "keepdims"), 0, (a, c) -> wrap(
                    Py.guard(() -> Tracing.allOrAny(graph, name, node, Py.toAxis(a[0]), Py.toBool(a[2])))));
            case "sum", "mean", "max", "min" -> Fn.method(name, owner, List.of("axis", "keepdims"), 0,
                    (a, c) -> wrap(graph.reduce(name, node, Py.toAxis(a[0]), Py.toBool(a[1]))));
            case "nonzero" -> Fn.method(name, owner, List.of(), 0, (a, c) -> {
                throw Tracing.dataDependentSize("jnp.nonzero", node);
            });
            case "var", "std" -> Fn.method(name, owner, StatisticsFunctions.MOMENT_PARAMETERS, 0, (a, c) -> wrap(
                    Py.guard(() -> Tracing.moment(graph, name, node, a[0], a[1], a[2], a[3], a[4]))));
            case "clip" -> Fn.method(name, owner, List.of("min", "max"), 0, (a, c) -> {
                TraceGraph.Node result = node;
                if (a[0] != null && a[0] != io.tastelab.playground.interp.NoneValue.INSTANCE) {
                    result = graph.binary(io.tastelab.array.BinaryOp.MAXIMUM, result, operand(graph, a[0]));
                }
                if (a[1] != null && a[1] != io.tastelab.playground.interp.NoneValue.INSTANCE) {
                    result = graph.binary(io.tastelab.array.BinaryOp.MINIMUM, result, operand(graph, a[1]));
                }
                return wrap(result);
            });
            case "block_until_ready" -> Fn.method(name, owner, List.of(), 0, (a, c) -> this);
            case "at" -> throw Py.toPython(graph.untraceable(".at[] updates"));
            default -> throw Py.toPython(graph.untraceable("the method ." + name + "()"));
        };
    }

    private Value wrap(TraceGraph.Node result) {
        return new TracerValue(graph, result);
    }
}
