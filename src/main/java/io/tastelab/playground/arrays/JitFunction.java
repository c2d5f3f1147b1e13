package io.tastelab.playground.arrays;

import io.tastelab.array.DType;
import io.tastelab.array.Flavor;
import io.tastelab.array.NdArray;
import io.tastelab.array.TraceGraph;
import io.tastelab.playground.interp.Arguments;
import io.tastelab.playground.interp.CallContext;
import io.tastelab.playground.interp.CallableValue;
import io.tastelab.playground.interp.FunctionValue;
import io.tastelab.playground.interp.InstanceValue;
import io.tastelab.playground.interp.ListValue;
import io.tastelab.playground.interp.NoneValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.StrValue;
import io.tastelab.playground.interp.TupleValue;
import io.tastelab.playground.interp.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code jax.jit(f)}: on the first call for an input signature (the shapes, dtypes and weak types of the array
 * and Python-scalar arguments, and the values of the static ones) it calls {@code f} with tracers, records its
 * array ops in a {@link TraceGraph} (an ND4J SameDiff graph), and runs the graph; later calls with the same
 * signature run the cached graph, a new signature traces again, as JAX does. Python scalars are traced as weakly
 * typed inputs, as in JAX; {@code static_argnums} and non-array values are static (part of the signature). The
 * traces belong to the function object, so {@code jax.jit(f)} made again reuses them, as JAX's cache does.
 *
 * <p>ND4J 1.0.0-M2.1 executes SameDiff graphs op by op (no fusion, no XLA), so on a CPU a jitted function runs
 * about as fast as the same ops eagerly; the point of the playground's jit is JAX's model (tracing, caching,
 * retracing, abstract values), not its speed-up.
 */
final class JitFunction implements CallableValue, io.tastelab.playground.interp.BindsAsMethod {

    private record Signature(List<Object> parts) {
    }

    /** The graph, its outputs, and the result's pytree structure (any pytree of arrays, as JAX returns). */
    private record Compiled(TraceGraph graph, List<TraceGraph.Node> outputs, TreeModule.TreeDef structure) {
    }

    private final Value function;
    private final JitStatistics statistics;
    private final Map<Signature, Compiled> cache;
    private final java.util.Set<Integer> staticArgnums;
    private final java.util.Set<String> staticArgnames;

    /**
     * The traces of each function a session has jitted, shared by every {@code jax.jit} of the same function
     * object, as JAX's cache is: a fresh {@code jax.jit(f)} reuses {@code f}'s traces (and so does not see a
     * global changed since). Weak keys: a function nothing else refers to takes its traces with it.
     */
    static final class Traces {
        private final Map<Value, Map<Signature, Compiled>> byFunction = new java.util.WeakHashMap<>();

        private Map<Signature, Compiled> of(Value function) {
            return byFunction.computeIfAbsent(function, f -> new HashMap<>());
        }
    }

    /**
     * {@code jax.jit(fun, static_argnums)}: {@code staticArgnums} is null, an int or a tuple/list of ints (the
     * positions whose values are part of the signature instead of traced).
     */
    JitFunction(Value function, Value staticArgnums, JitStatistics statistics, Traces traces) {
        this(function, staticArgnums, null, statistics, traces);
    }

    /**
     * {@code jax.jit(fun, static_argnums, static_argnames)}: {@code staticArgnames} is null, a str or a tuple/list
     * of str; each names a parameter of {@code fun} whose value is static, passed by position or by keyword.
     */
    JitFunction(Value function, Value staticArgnums, Value staticArgnames, JitStatistics statistics,
            Traces traces) {
        if (!(function instanceof CallableValue)) {
            throw PlaygroundError.typeError("Expected a callable value, got " + function.repr());
        }
        this.function = function;
        this.statistics = statistics;
        this.cache = traces.of(function);
        this.staticArgnums = new java.util.HashSet<>();
        if (staticArgnums instanceof io.tastelab.playground.interp.TupleValue
                || staticArgnums instanceof ListValue) {
            for (Value item : ((io.tastelab.playground.interp.IterableValue) staticArgnums).items()) {
                this.staticArgnums.add(Py.toInt(item, "static_argnums"));
            }
        } else if (staticArgnums != null && staticArgnums != NoneValue.INSTANCE) {
            this.staticArgnums.add(Py.toInt(staticArgnums, "static_argnums"));
        }
        this.staticArgnames = new java.util.HashSet<>();
        if (staticArgnames instanceof StrValue name) {
            this.staticArgnames.add(name.value());
        } else if (staticArgnames instanceof io.tastelab.playground.interp.IterableValue names
                && staticArgnames != NoneValue.INSTANCE) {
            for (Value item : names.items()) {
                if (!(item instanceof StrValue name)) {
                    throw PlaygroundError.typeError("static_argnames must be a str or a sequence of str, got "
                            + item.repr());
                }
                this.staticArgnames.add(name.value());
            }
        }
        // As JAX does, a static name also makes its position static and a static position its name.
        if (function instanceof FunctionValue f) {
            List<String> parameters = f.parameterNames();
            for (int i = 0; i < parameters.size(); i++) {
                if (this.staticArgnames.contains(parameters.get(i))) {
                    this.staticArgnums.add(i);
                } else if (this.staticArgnums.contains(i)) {
                    this.staticArgnames.add(parameters.get(i));
                }
            }
        }
    }

    /** A tracer, or a tuple, list or dict holding one at any depth (a pytree argument of an outer trace). */
    private static boolean holdsTracer(Value argument) {
        boolean[] found = {false};
        DifferentiatedCall.mapTracers(argument, tracer -> {
            found[0] = true;
            return tracer;
        });
        return found[0];
    }

    /** How many graphs this function has traced (one per signature). */
    int traceCount() {
        return cache.size();
    }

    @Override
    public Value wrapped() {
        return function;
    }

    @Override
    public boolean keepsArguments() {
        return false; // traces see tracers, and the compiled graph only reads the arrays
    }

    @Override
    public Value call(Arguments arguments, CallContext context) {
        for (String keyword : arguments.keywords().keySet()) {
            if (!staticArgnames.contains(keyword)) {
                throw PlaygroundError.typeError("the playground's jitted functions take array arguments by position "
                        + "only; '" + keyword + "' is passed by keyword without being in static_argnames");
            }
        }
        if (arguments.positional().stream().anyMatch(JitFunction::holdsTracer)) {
            // Inside another trace (jax.grad, an outer jit, a lax loop's body): the function's ops join that trace,
            // as in JAX.
            return context.call(function, arguments);
        }
        List<Object> parts = new ArrayList<>();
        List<NdArray> dynamic = new ArrayList<>();
        List<Slot> byPosition = new ArrayList<>();
        for (int i = 0; i < arguments.positional().size(); i++) {
            Value argument = arguments.positional().get(i);
            boolean isStatic = staticArgnums.contains(i);
            if (!isStatic && (isPytreeNode(argument) || isTracedContainer(argument, context))) {
                List<Value> leaves = new ArrayList<>();
                TreeModule.TreeDef tree = TreeModule.flattenTree(argument, context, leaves);
                List<NdArray> arrays = new ArrayList<>();
                List<Object> signature = new ArrayList<>();
                signature.add(tree);
                for (int k = 0; k < leaves.size(); k++) {
                    NdArray jax = dynamicArgument(leaves.get(k), -1);
                    if (jax == null) {
                        throw notAnArray(leaves.get(k), parameterName(i)
                                + TreeModule.leafPaths(argument, context).get(k));
                    }
                    arrays.add(jax);
                    signature.add(List.of(Arrays.toString(jax.shape()), jax.dtype(), jax.isWeaklyTyped()));
                }
                byPosition.add(new Slot(null, tree, arrays));
                dynamic.addAll(arrays);
                parts.add(signature);
                continue;
            }
            if (!isStatic && argument instanceof InstanceValue) {
                throw notAnArray(argument, parameterName(i));
            }
            NdArray jax = dynamicArgument(argument, i);
            byPosition.add(new Slot(jax, null, null));
            if (jax != null) {
                dynamic.add(jax);
                parts.add(List.of(Arrays.toString(jax.shape()), jax.dtype(), jax.isWeaklyTyped()));
            } else if (argument instanceof InstanceValue) {
                parts.add(staticKey(argument)); // JAX keys static arguments by their hash and ==
            } else {
                parts.add(argument.repr());
            }
        }
        new java.util.TreeMap<>(arguments.keywords()).forEach((name, value) -> parts.add(name + "=" + value.repr()));
        Signature signature = new Signature(parts);
        Compiled compiled = cache.get(signature);
        if (compiled == null) {
            compiled = trace(arguments, byPosition, context);
            cache.put(signature, compiled);
            statistics.traced();
            statistics.note(traceNote(compiled));
        } else {
            statistics.ranCached();
        }
        Compiled program = compiled;
        List<NdArray> results = Py.guard(() -> program.graph().run(dynamic, program.outputs(),
                DebugPrint.printer(context)));
        List<Value> leaves = new ArrayList<>();
        for (NdArray result : results) {
            leaves.add(new ArrayValue(result));
        }
        return program.structure().unflatten(new ListValue(leaves), context);
    }

    /**
     * How one positional argument is traced: as one array ({@code single}), as the leaves of a pytree node (a
     * registered class's instance or a named tuple), or not at all (static: both null).
     */
    private record Slot(NdArray single, TreeModule.TreeDef tree, List<NdArray> leaves) {
    }

    /**
     * Whether {@code argument} is a list, tuple or dict whose leaves are all arrays or Python scalars (a model's
     * parameters, {@code [{'weights': w, 'biases': b}, ...]}): JAX flattens it and traces it leaf by leaf, so new
     * parameter values reuse the trace. A container holding another kind of leaf (a string) stays static, keyed by
     * its repr.
     */
    private static boolean isTracedContainer(Value argument, CallContext context) {
        if (!(argument instanceof ListValue || argument instanceof TupleValue
                || argument instanceof io.tastelab.playground.interp.DictValue)) {
            return false;
        }
        List<Value> leaves = new ArrayList<>();
        TreeModule.flattenTree(argument, context, leaves);
        for (Value leaf : leaves) {
            if (!(leaf instanceof ArrayValue || leaf instanceof io.tastelab.playground.interp.FloatValue
                    || leaf instanceof io.tastelab.playground.interp.IntValue
                    || leaf instanceof io.tastelab.playground.interp.BoolValue)) {
                return false;
            }
        }
        return !leaves.isEmpty();
    }

    /** A registered class's instance or a named tuple: flattened into traced leaves, as JAX does. */
    private static boolean isPytreeNode(Value argument) {
        return argument instanceof InstanceValue instance && instance.type().pytree() != null
                || argument instanceof io.tastelab.playground.interp.NamedTupleValue named && named.type() != null;
    }

    private static Object staticKey(Value argument) {
        try {
            return io.tastelab.playground.interp.Values.hashKey(argument);
        } catch (PlaygroundError unhashable) {
            throw PlaygroundError.valueError("Non-hashable static arguments are not supported. An error occurred "
                    + "while trying to hash an object of type <class '__main__." + argument.typeName() + "'>, "
                    + argument.repr() + ". The error was:\n" + unhashable.type() + ": " + unhashable.pythonMessage());
        }
    }

    /** The name JAX gives the argument at {@code position} in its messages: the parameter's, else args[i]. */
    private String parameterName(int position) {
        if (function instanceof FunctionValue f && position < f.parameterNames().size()) {
            return f.parameterNames().get(position);
        }
        return "args[" + position + "]";
    }

    /** JAX's TypeError for an argument that is neither an array, a scalar, a pytree of them, nor static. */
    private PlaygroundError notAnArray(Value argument, String path) {
        String type = argument instanceof InstanceValue instance ? instance.type().repr()
                : io.tastelab.playground.interp.Values.typeOf(argument).repr();
        return PlaygroundError.typeError("Error interpreting argument to <function " + functionName()
                + "> as an abstract array. The problematic value is of type " + type
                + " and was passed to the function at path " + path + ".\nThis typically means that a jit-wrapped "
                + "function was called with a non-array argument, and this argument was not marked as static "
                + "using the static_argnums or static_argnames parameters of jax.jit.");
    }

    private String traceNote(Compiled compiled) {
        String inputs = String.join(", ", compiled.graph().inputs().stream().map(TraceGraph.Node::abstractValue)
                .toList());
        return "[jit] traced " + functionName() + "(" + inputs + ") into a graph of "
                + compiled.graph().opCount() + " op" + (compiled.graph().opCount() == 1 ? "" : "s") + " (trace #"
                + cache.size() + " of this function). Later calls with the same shapes and dtypes run the graph op "
                + "by op without tracing again; there is no XLA to fuse the ops, so a call saves the Python work, "
                + "not the arithmetic.";
    }

    private String functionName() {
        return function instanceof FunctionValue f ? f.qualifiedName() : "function";
    }

    /**
     * The array a traced argument stands for (JAX canonical dtype), or null for a static one: arrays and Python
     * scalars are traced (scalars as weakly typed 0-d arrays, as in JAX, so {@code f(4.)} and {@code f(5.)} share
     * a trace); arguments in {@code static_argnums} and values of other kinds are static, part of the signature.
     */
    private NdArray dynamicArgument(Value argument, int position) {
        if (staticArgnums.contains(position)) {
            return null;
        }
        if (argument instanceof ArrayValue array) {
            NdArray jax = array.array().withFlavor(Flavor.JAX);
            DType canonical = Flavor.JAX.canonical(jax.dtype());
            return jax.dtype() != canonical ? jax.astype(canonical) : jax;
        }
        if (argument instanceof io.tastelab.playground.interp.FloatValue
                || argument instanceof io.tastelab.playground.interp.IntValue
                || argument instanceof io.tastelab.playground.interp.BoolValue) {
            return Py.guard(() -> io.tastelab.array.ArrayNamespace.JAX.asarray(Py.toObject(argument), null));
        }
        return null;
    }

    private Compiled trace(Arguments arguments, List<Slot> byPosition, CallContext context) {
        TraceGraph graph = new TraceGraph();
        graph.checkpointWith(context::checkBudget); // the session's Cancel and time limit, for every later run too
        List<Value> tracers = new ArrayList<>();
        for (int i = 0; i < byPosition.size(); i++) {
            Slot slot = byPosition.get(i);
            if (slot.tree() != null) {
                List<Value> leaves = new ArrayList<>();
                for (NdArray leaf : slot.leaves()) {
                    leaves.add(new TracerValue(graph, Py.guard(() -> graph.input(leaf))));
                }
                tracers.add(slot.tree().unflatten(new ListValue(leaves), context));
            } else {
                tracers.add(slot.single() == null ? arguments.positional().get(i)
                        : new TracerValue(graph, Py.guard(() -> graph.input(slot.single()))));
            }
        }
        Value result = context.call(function, new Arguments(tracers, arguments.keywords()));
        // The result is any pytree (tuples, lists, dicts, named tuples, registered classes; None is an empty node),
        // its leaves the graph's outputs, as JAX flattens a jitted function's output.
        List<Value> leaves = new ArrayList<>();
        TreeModule.TreeDef structure = TreeModule.flattenTree(result, context, leaves);
        List<TraceGraph.Node> outputs = new ArrayList<>();
        for (Value leaf : leaves) {
            outputs.add(output(graph, leaf));
        }
        return new Compiled(graph, outputs, structure);
    }

    private TraceGraph.Node output(TraceGraph graph, Value value) {
        TraceGraph.Node node = TracerValue.operand(graph, value);
        if (node == null) {
            throw PlaygroundError.typeError("a jitted function must return a pytree of arrays, not one with a "
                    + "leaf of type '" + value.typeName() + "'");
        }
        return node;
    }

    @Override
    public String typeName() {
        return "PjitFunction";
    }

    @Override
    public String repr() {
        return "<PjitFunction of <function " + functionName() + ">>";
    }
}
