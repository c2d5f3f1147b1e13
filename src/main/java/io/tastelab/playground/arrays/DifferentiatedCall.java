package io.tastelab.playground.arrays;

import io.tastelab.array.DType;
import io.tastelab.array.Flavor;
import io.tastelab.array.NdArray;
import io.tastelab.array.TraceGraph;
import io.tastelab.playground.interp.Arguments;
import io.tastelab.playground.interp.BoolValue;
import io.tastelab.playground.interp.CallContext;
import io.tastelab.playground.interp.DictValue;
import io.tastelab.playground.interp.FloatValue;
import io.tastelab.playground.interp.IntValue;
import io.tastelab.playground.interp.ListValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.TupleValue;
import io.tastelab.playground.interp.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One call of a function under a reverse-mode transformation ({@code jax.grad}, {@code jax.jacrev},
 * {@code jax.jacfwd}): the differentiated arguments (each a pytree of float arrays: an array, or dicts, lists and
 * tuples of them) become tracers in a {@link TraceGraph}, the function is traced, and the caller adds its
 * derivative nodes and {@link #run}s them. Inside another trace ({@code jax.jit}, an outer {@code grad}) the ops go
 * into that trace instead, so the transformations compose.
 */
final class DifferentiatedCall {

    final TraceGraph graph;
    /** Whether this call is inside another trace: results are tracers of that trace. */
    final boolean nested;
    /** Per differentiated argument: its structure and its leaves' nodes. */
    final List<TreeModule.TreeDef> structures = new ArrayList<>();
    final List<List<TraceGraph.Node>> wrt = new ArrayList<>();
    /** Where the function's ops start on the tape. */
    final int start;
    /** What the function returned, tracers in it. */
    final Value result;
    private final List<NdArray> feeds = new ArrayList<>();
    private final CallContext context;

    private DifferentiatedCall(String transform, Value function, List<Integer> argnums, String argnumsText,
            Arguments arguments, CallContext context, List<Value> companions) {
        this.context = context;
        List<Value> positional = arguments.positional();
        for (int argnum : argnums) {
            if (argnum >= positional.size() || argnum < -positional.size()) {
                throw PlaygroundError.typeError("differentiating with respect to argnums=" + argnumsText
                        + " requires at least " + (argnum + 1) + " positional arguments to be passed by the caller, "
                        + "but got only " + positional.size() + " positional arguments.");
            }
        }
        TracerValue outer = outerTracer(arguments, context);
        if (outer == null) {
            outer = outerTracer(new Arguments(companions, Map.of()), context);
        }
        this.nested = outer != null;
        this.graph = nested ? outer.graph() : new TraceGraph(transform);
        if (!nested) {
            graph.checkpointWith(context::checkBudget);
        }
        List<Value> traced = new ArrayList<>(positional);
        for (int argnum : argnums) {
            int index = Math.floorMod(argnum, positional.size());
            List<Value> leaves = new ArrayList<>();
            TreeModule.TreeDef structure = TreeModule.flattenTree(positional.get(index), context, leaves);
            List<TraceGraph.Node> nodes = new ArrayList<>();
            List<Value> tracers = new ArrayList<>();
            for (Value leaf : leaves) {
                TraceGraph.Node node;
                if (leaf instanceof TracerValue tracer) {
                    node = graph.alias(TracerValue.operand(graph, tracer)); // the outer trace's value: a fresh variable
                } else {
                    NdArray value = differentiable(transform, leaf);
                    if (nested) {
                        node = Py.guard(() -> graph.alias(graph.constant(value)));
                    } else {
                        node = Py.guard(() -> graph.input(value));
                        feeds.add(value);
                    }
                }
                nodes.add(node);
                tracers.add(new TracerValue(graph, node));
            }
            structures.add(structure);
            wrt.add(nodes);
            traced.set(index, structure.unflatten(new ListValue(tracers), context));
        }
        if (!nested) {
            for (int i = 0; i < traced.size(); i++) {
                if (traced.get(i) instanceof ArrayValue array) {
                    // The other array arguments are inputs too (not constants baked into the graph).
                    NdArray value = jaxArray(array.array());
                    traced.set(i, new TracerValue(graph, Py.guard(() -> graph.input(value))));
                    feeds.add(value);
                }
            }
        }
        this.start = graph.tapeSize();
        if (!nested) {
            CONCRETE.put(graph, feeds);
        }
        try {
            this.result = atLevel(graph, 1, () -> context.call(function, new Arguments(traced,
                    arguments.keywords())));
        } finally {
            if (!nested) {
                CONCRETE.remove(graph);
            }
        }
    }

    /**
     * Per trace, how many differentiating transformations are tracing a function into it now: JAX's JVP levels.
     * A custom_jvp or custom_vjp function called with that trace's tracers uses its rules only above level 0, and
     * its rules run one level lower (so the function called inside its own rule runs plainly, as in JAX, and
     * {@code grad(grad(f))} calls the rule twice); {@code jax.jit} and {@code jax.vmap} add no level.
     */
    private static final Map<TraceGraph, int[]> LEVELS = java.util.Collections.synchronizedMap(
            new java.util.WeakHashMap<>());

    /** The differentiation level of {@code graph} now (0: no transformation is differentiating into it). */
    static int level(TraceGraph graph) {
        int[] level = LEVELS.get(graph);
        return level == null ? 0 : level[0];
    }

    /** Runs {@code work} with {@code graph}'s level moved by {@code delta}, restored after. */
    static <T> T atLevel(TraceGraph graph, int delta, java.util.function.Supplier<T> work) {
        int[] level = LEVELS.computeIfAbsent(graph, g -> new int[1]);
        level[0] += delta;
        try {
            return work.get();
        } finally {
            level[0] -= delta;
        }
    }

    /**
     * The traces of outermost differentiated calls, with the concrete arguments they are fed: JAX differentiates
     * at a point, with concrete values, so Python control flow on them ({@code if x < 3} under {@code grad}) takes
     * the branch of that point. A jit's trace is not here: there, as in JAX, the values are unknown.
     */
    private static final Map<TraceGraph, List<NdArray>> CONCRETE = java.util.Collections.synchronizedMap(
            new java.util.WeakHashMap<>());

    /**
     * The value of {@code node} at the point being differentiated, when {@code graph} is the trace of an outermost
     * {@code grad}/{@code jacrev}/{@code jacfwd} call still running its function; else null (abstract).
     */
    static NdArray concreteValue(TraceGraph graph, TraceGraph.Node node) {
        List<NdArray> feeds = CONCRETE.get(graph);
        if (feeds == null) {
            return null;
        }
        return Py.guard(() -> graph.run(feeds, List.of(node))).getFirst();
    }

    /**
     * Runs {@code work} (building the derivative) with the point's values known again, as while the function was
     * traced: JAX runs a custom_vjp's {@code bwd} on concrete values outside {@code jax.jit}, so Python control flow
     * in it ({@code if}, a {@code lax.while_loop}'s condition) takes the point's branch here too.
     */
    <T> T concretely(java.util.function.Supplier<T> work) {
        if (nested) {
            return work.get();
        }
        CONCRETE.put(graph, feeds);
        try {
            return work.get();
        } finally {
            CONCRETE.remove(graph);
        }
    }

    /** Traces {@code function} called with {@code arguments}, differentiated with respect to {@code argnums}. */
    static DifferentiatedCall trace(String transform, Value function, List<Integer> argnums, String argnumsText,
            Arguments arguments, CallContext context) {
        return new DifferentiatedCall(transform, function, argnums, argnumsText, arguments, context, List.of());
    }

    /**
     * {@link #trace}, joining the trace of a tracer among {@code companions} too (jvp's tangents: a traced tangent
     * of concrete primals puts the call inside the tangent's trace).
     */
    static DifferentiatedCall trace(String transform, Value function, List<Integer> argnums, String argnumsText,
            Arguments arguments, CallContext context, List<Value> companions) {
        return new DifferentiatedCall(transform, function, argnums, argnumsText, arguments, context, companions);
    }

    /** Every differentiated leaf's node, in argument order. */
    List<TraceGraph.Node> allWrt() {
        return wrt.stream().flatMap(List::stream).toList();
    }

    /** The values of {@code outputs}: tracers of the outer trace when nested, else arrays computed now. */
    List<Value> run(List<TraceGraph.Node> outputs) {
        List<Value> values = new ArrayList<>();
        if (nested) {
            for (TraceGraph.Node node : outputs) {
                values.add(new TracerValue(graph, node));
            }
        } else {
            for (NdArray array : Py.guard(() -> graph.run(feeds, outputs, DebugPrint.printer(context)))) {
                values.add(new ArrayValue(array));
            }
        }
        return values;
    }

    /** A tracer among the arguments, at any depth of their pytrees: this call is inside another trace. */
    private static TracerValue outerTracer(Arguments arguments, CallContext context) {
        for (Value value : arguments.positional()) {
            List<Value> leaves = new ArrayList<>();
            TreeModule.flattenTree(value, context, leaves);
            for (Value leaf : leaves) {
                if (leaf instanceof TracerValue tracer) {
                    return tracer;
                }
            }
        }
        return null;
    }

    /** A differentiated leaf as a JAX array; JAX's TypeError for integer and bool inputs. */
    private static NdArray differentiable(String transform, Value argument) {
        NdArray value;
        if (argument instanceof ArrayValue array) {
            value = jaxArray(array.array());
        } else if (argument instanceof FloatValue || argument instanceof IntValue || argument instanceof BoolValue) {
            value = Py.guard(() -> io.tastelab.array.ArrayNamespace.JAX.asarray(Py.toObject(argument), null));
        } else {
            throw PlaygroundError.typeError("Argument '" + argument.repr() + "' of type " + argument.typeName()
                    + " is not a valid JAX type.");
        }
        if (!value.dtype().isFloat()) {
            String name = transform.substring(transform.indexOf('.') + 1);
            throw PlaygroundError.typeError(name + " requires real- or complex-valued inputs (input dtype that is a "
                    + "sub-dtype of np.inexact), but got " + value.dtype() + ". If you want to use Boolean- or "
                    + "integer-valued inputs, use vjp or set allow_int to True.");
        }
        return value;
    }

    static NdArray jaxArray(NdArray array) {
        NdArray jax = array.withFlavor(Flavor.JAX);
        DType canonical = Flavor.JAX.canonical(jax.dtype());
        return jax.dtype() == canonical ? jax : jax.astype(canonical);
    }

    /** {@code value} with each tracer in it (at any depth of tuples, lists and dicts) replaced by {@code replace}'s. */
    static Value mapTracers(Value value, Function<TracerValue, Value> replace) {
        if (value instanceof TracerValue tracer) {
            return replace.apply(tracer);
        }
        if (value instanceof TupleValue tuple) {
            List<Value> items = new ArrayList<>();
            for (Value item : tuple.items()) {
                items.add(mapTracers(item, replace));
            }
            return new TupleValue(items);
        }
        if (value instanceof ListValue list) {
            List<Value> items = new ArrayList<>();
            for (Value item : list.items()) {
                items.add(mapTracers(item, replace));
            }
            return new ListValue(items);
        }
        if (value instanceof DictValue dict) {
            DictValue mapped = new DictValue();
            for (Value key : dict.keys()) {
                mapped.put(key, mapTracers(dict.get(key), replace));
            }
            return mapped;
        }
        return value;
    }

    /** The aux value's tracers computed alongside {@code outputs}: appends their nodes, and later puts values back. */
    static final class Aux {
        private final Value aux;
        private final List<TracerValue> tracers = new ArrayList<>();

        Aux(Value aux) {
            this.aux = aux;
            mapTracers(aux, tracer -> {
                tracers.add(tracer);
                return tracer;
            });
        }

        void addOutputs(TraceGraph graph, List<TraceGraph.Node> outputs) {
            for (TracerValue tracer : tracers) {
                outputs.add(TracerValue.operand(graph, tracer));
            }
        }

        /** The aux value with its tracers replaced by {@code values} (the last outputs, in order). */
        Value withValues(List<Value> values) {
            List<Value> mine = values.subList(values.size() - tracers.size(), values.size());
            int[] next = {0};
            return mapTracers(aux, tracer -> mine.get(next[0]++));
        }
    }

    /** The traced function's output to differentiate, and with {@code has_aux} the aux value returned beside it. */
    record Output(Value primal, Aux aux) {

        /** Splits {@code has_aux}'s (output, aux) pair; without it the whole result is the output and aux is null. */
        static Output of(Value result, boolean hasAux) {
            if (!hasAux) {
                return new Output(result, null);
            }
            // JAX takes a list as well as a tuple (jax._src.api_util.flatten_fun_nokwargs2), with its words when not.
            List<Value> pair = result instanceof TupleValue tuple ? tuple.items()
                    : result instanceof ListValue list ? list.items() : null;
            if (pair == null || pair.size() != 2) {
                throw PlaygroundError.typeError("expected function with aux output to return a two-element tuple, "
                        + "but got type " + pythonType(result) + " with value " + result.repr());
            }
            return new Output(pair.get(0), new Aux(pair.get(1)));
        }

        /**
         * {@code type(x)} as JAX's message prints it: a traced array inside grad is JAX's linearization tracer
         * ({@code jax._src.interpreters.ad.LinearizeTracer}, direct linearization being JAX's default), not the
         * jit tracer's class name the playground gives tracers elsewhere.
         */
        private static String pythonType(Value value) {
            return value instanceof TracerValue ? "<class 'jax._src.interpreters.ad.LinearizeTracer'>"
                    : io.tastelab.playground.interp.Values.typeOf(value).repr();
        }
    }
}
