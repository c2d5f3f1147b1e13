package io.tastelab.playground.arrays;

import io.tastelab.array.DType;
import io.tastelab.array.Flavor;
import io.tastelab.array.NdArray;
import io.tastelab.array.TraceGraph;
import io.tastelab.playground.interp.Arguments;
import io.tastelab.playground.interp.CallContext;
import io.tastelab.playground.interp.CallableValue;
import io.tastelab.playground.interp.FunctionValue;
import io.tastelab.playground.interp.ListValue;
import io.tastelab.playground.interp.NoneValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.TupleValue;
import io.tastelab.playground.interp.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code jax.jit(f)}: on the first call for an input signature (the shapes and dtypes of the array arguments,
 * and the values of the others) it calls {@code f} with tracers, records its array ops in a {@link TraceGraph}
 * (an ND4J SameDiff graph), and runs the graph; later calls with the same signature run the cached graph, a new
 * signature traces again, as JAX does. Python scalars and other non-array arguments are treated as static
 * (baked into the graph), where JAX would trace scalars as weakly typed inputs.
 *
 * <p>ND4J 1.0.0-M2.1 executes SameDiff graphs op by op (no fusion, no XLA), so on a CPU a jitted function runs
 * about as fast as the same ops eagerly; the point of the playground's jit is JAX's model (tracing, caching,
 * retracing, abstract values), not its speed-up.
 */
final class JitFunction implements CallableValue {

    private record Signature(List<Object> parts) {
    }

    /** The graph, its outputs, and the result's structure: tuples and lists of arrays, each leaf a {@code None}. */
    private record Compiled(TraceGraph graph, List<TraceGraph.Node> outputs, Value structure) {
    }

    private final Value function;
    private final JitStatistics statistics;
    private final Map<Signature, Compiled> cache = new HashMap<>();

    JitFunction(Value function, JitStatistics statistics) {
        if (!(function instanceof CallableValue)) {
            throw PlaygroundError.typeError("Expected a callable value, got " + function.repr());
        }
        this.function = function;
        this.statistics = statistics;
    }

    /** How many graphs this function has traced (one per signature). */
    int traceCount() {
        return cache.size();
    }

    @Override
    public boolean keepsArguments() {
        return false; // traces see tracers, and the compiled graph only reads the arrays
    }

    @Override
    public Value call(Arguments arguments, CallContext context) {
        if (!arguments.keywords().isEmpty()) {
            throw PlaygroundError.typeError("the playground's jitted functions take positional arguments only");
        }
        if (arguments.positional().stream().anyMatch(TracerValue.class::isInstance)) {
            // Inside another trace (jax.grad, or an outer jit): the function's ops join that trace, as in JAX.
            return context.call(function, arguments);
        }
        List<Object> parts = new ArrayList<>();
        List<NdArray> dynamic = new ArrayList<>();
        for (Value argument : arguments.positional()) {
            if (argument instanceof ArrayValue array) {
                NdArray jax = array.array().withFlavor(Flavor.JAX);
                DType canonical = Flavor.JAX.canonical(jax.dtype());
                if (jax.dtype() != canonical) {
                    jax = jax.astype(canonical); // astype copies even to its own dtype, as NumPy's does
                }
                dynamic.add(jax);
                parts.add(List.of(Arrays.toString(jax.shape()), jax.dtype()));
            } else {
                parts.add(argument.repr());
            }
        }
        Signature signature = new Signature(parts);
        Compiled compiled = cache.get(signature);
        if (compiled == null) {
            compiled = trace(arguments, context);
            cache.put(signature, compiled);
            statistics.traced();
            statistics.note(traceNote(compiled));
        } else {
            statistics.ranCached();
        }
        Compiled program = compiled;
        List<NdArray> results = Py.guard(() -> program.graph().run(dynamic, program.outputs()));
        int[] next = {0};
        return rebuild(program.structure(), () -> new ArrayValue(results.get(next[0]++)));
    }

    /** {@code structure} with each leaf ({@code None}) replaced by the next of {@code leaves}. */
    private static Value rebuild(Value structure, java.util.function.Supplier<Value> leaves) {
        if (structure == NoneValue.INSTANCE) {
            return leaves.get();
        }
        List<Value> items = new ArrayList<>();
        for (Value item : ((io.tastelab.playground.interp.IterableValue) structure).items()) {
            items.add(rebuild(item, leaves));
        }
        return structure instanceof TupleValue ? new TupleValue(items) : new ListValue(items);
    }

    private String traceNote(Compiled compiled) {
        String inputs = String.join(", ", compiled.graph().inputs().stream().map(TraceGraph.Node::abstractValue)
                .toList());
        return "[jit] traced " + functionName() + "(" + inputs + ") into an ND4J SameDiff graph of "
                + compiled.graph().opCount() + " op" + (compiled.graph().opCount() == 1 ? "" : "s") + " (trace #"
                + cache.size() + " of this function). Note: ND4J 1.0.0-M2.1 executes the graph op by op, without "
                + "XLA's fusion, so on the CPU the jitted call takes about as long as the eager one.";
    }

    private String functionName() {
        return function instanceof FunctionValue f ? f.name() : "function";
    }

    private Compiled trace(Arguments arguments, CallContext context) {
        TraceGraph graph = new TraceGraph();
        List<Value> tracers = new ArrayList<>();
        for (Value argument : arguments.positional()) {
            if (argument instanceof ArrayValue array) {
                DType dtype = Flavor.JAX.canonical(array.array().dtype());
                tracers.add(new TracerValue(graph, graph.input(array.array().shape(), dtype)));
            } else {
                tracers.add(argument);
            }
        }
        Value result = context.call(function, new Arguments(tracers, Map.of()));
        List<TraceGraph.Node> outputs = new ArrayList<>();
        Value structure = flatten(graph, result, outputs);
        return new Compiled(graph, outputs, structure);
    }

    /** The output nodes of {@code result}'s leaves, in order, added to {@code outputs}; returns its structure. */
    private Value flatten(TraceGraph graph, Value result, List<TraceGraph.Node> outputs) {
        if (result instanceof TupleValue || result instanceof ListValue) {
            List<Value> items = new ArrayList<>();
            for (Value item : ((io.tastelab.playground.interp.IterableValue) result).items()) {
                items.add(flatten(graph, item, outputs));
            }
            return result instanceof TupleValue ? new TupleValue(items) : new ListValue(items);
        }
        outputs.add(output(graph, result));
        return NoneValue.INSTANCE;
    }

    private TraceGraph.Node output(TraceGraph graph, Value value) {
        TraceGraph.Node node = TracerValue.operand(graph, value);
        if (node == null) {
            throw PlaygroundError.typeError("a jitted function must return arrays (or tuples and lists of arrays), not '"
                    + value.typeName() + "'");
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
