package io.tastelab.playground.arrays;

import io.tastelab.array.NdArray;
import io.tastelab.array.TraceGraph;
import io.tastelab.playground.interp.Arguments;
import io.tastelab.playground.interp.BuiltinFunction;
import io.tastelab.playground.interp.CallContext;
import io.tastelab.playground.interp.ModuleValue;
import io.tastelab.playground.interp.NoneValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.StrValue;
import io.tastelab.playground.interp.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code jax.debug.print(fmt, *args, **kwargs)}: {@code fmt.format(*args, **kwargs)} printed with the runtime
 * values. Called with concrete values it prints at once; inside a trace ({@code jax.jit}, {@code jax.grad}) it
 * records an effect in the trace, printed each time the traced program runs, with that run's values (a cached
 * jitted function prints again on every call, unlike Python's {@code print}, which prints the tracer once). As in
 * JAX, the values reach {@code str.format} as NumPy arrays. {@code jax.debug.callback(fn, *args)} is the same
 * effect with a Python function called on the values.
 */
final class DebugPrint {

    private final String template;
    private final Arguments arguments;
    private final int tracerCount;

    private DebugPrint(String template, Arguments arguments, int tracerCount) {
        this.template = template;
        this.arguments = arguments;
        this.tracerCount = tracerCount;
    }

    /** {@code jax.debug}. */
    static ModuleValue module() {
        Map<String, Value> attributes = new LinkedHashMap<>();
        attributes.put("print", new BuiltinFunction("print", DebugPrint::call));
        attributes.put("callback", new BuiltinFunction("callback", DebugPrint::callback));
        return new ModuleValue("jax.debug", attributes);
    }

    /**
     * {@code jax.debug.callback(callback, *args, ordered=False, **kwargs)}: calls {@code callback} with the runtime
     * values of {@code args} (NumPy arrays, as JAX hands them), at once when they are concrete, else each time the
     * traced program runs, like {@code jax.debug.print}. Its result is discarded; the call returns None.
     */
    private static Value callback(Arguments arguments, CallContext context) {
        List<Value> positional = arguments.positional();
        if (positional.isEmpty() || !(positional.getFirst() instanceof io.tastelab.playground.interp.CallableValue)) {
            throw PlaygroundError.typeError("jax.debug.callback() requires a callable as its first argument");
        }
        Map<String, Value> keywords = new LinkedHashMap<>(arguments.keywords());
        keywords.remove("ordered");
        keywords.remove("partitioned");
        Arguments callArguments = new Arguments(positional.subList(1, positional.size()), keywords);
        Value function = positional.getFirst();
        record(callArguments, context, (values, runContext) -> {
            runContext.call(function, withValues(callArguments, values));
        });
        return NoneValue.INSTANCE;
    }

    /** What runs with a traced program's values: a debug print's line, a debug callback's call. */
    private interface Effect {
        void run(List<NdArray> values, CallContext context);
    }

    /**
     * Runs {@code effect} at once when {@code arguments} hold no tracer, else records it in their trace with the
     * tracers' nodes, in order.
     */
    private static void record(Arguments arguments, CallContext context, Effect effect) {
        List<TraceGraph.Node> nodes = new ArrayList<>();
        TraceGraph[] graph = {null};
        for (Value value : concat(arguments)) {
            DifferentiatedCall.mapTracers(value, tracer -> {
                if (graph[0] == null) {
                    graph[0] = tracer.graph();
                }
                nodes.add(TracerValue.operand(graph[0], tracer));
                return tracer;
            });
        }
        if (graph[0] == null) {
            effect.run(List.of(), context);
        } else {
            graph[0].effect(nodes, effect);
        }
    }

    /** {@code arguments} with each tracer replaced by the next of {@code values}, and arrays as NumPy's. */
    private static Arguments withValues(Arguments arguments, List<NdArray> values) {
        int[] next = {0};
        List<Value> positional = new ArrayList<>();
        for (Value value : arguments.positional()) {
            positional.add(asNumpy(DifferentiatedCall.mapTracers(value,
                    tracer -> new ArrayValue(values.get(next[0]++)))));
        }
        Map<String, Value> keywords = new LinkedHashMap<>();
        arguments.keywords().forEach((name, value) -> keywords.put(name, asNumpy(
                DifferentiatedCall.mapTracers(value, tracer -> new ArrayValue(values.get(next[0]++))))));
        return new Arguments(positional, keywords);
    }

    private static Value call(Arguments arguments, CallContext context) {
        List<Value> positional = arguments.positional();
        if (positional.isEmpty() || !(positional.getFirst() instanceof StrValue template)) {
            throw PlaygroundError.typeError("jax.debug.print() requires a format string as its first argument");
        }
        Map<String, Value> keywords = new LinkedHashMap<>(arguments.keywords());
        keywords.remove("ordered");
        Arguments formatArguments = new Arguments(positional.subList(1, positional.size()), keywords);
        int[] tracerCount = {0};
        for (Value value : concat(formatArguments)) {
            DifferentiatedCall.mapTracers(value, tracer -> {
                tracerCount[0]++;
                return tracer;
            });
        }
        DebugPrint print = new DebugPrint(template.value(), formatArguments, tracerCount[0]);
        record(formatArguments, context, (values, runContext) -> runContext.print(print.text(values, runContext)));
        return NoneValue.INSTANCE;
    }

    private static List<Value> concat(Arguments arguments) {
        List<Value> all = new ArrayList<>(arguments.positional());
        all.addAll(arguments.keywords().values());
        return all;
    }

    /** The line printed for a run whose traced arguments have {@code values} (in the order they were recorded). */
    String text(List<NdArray> values, CallContext context) {
        if (values.size() != tracerCount) {
            throw new IllegalStateException("jax.debug.print: " + values.size() + " values for " + tracerCount);
        }
        Value format = new StrValue(template).getAttribute("format");
        return context.call(format, withValues(arguments, values)).str() + "\n";
    }

    /**
     * A format argument as JAX's callback hands it to {@code str.format}: arrays as NumPy arrays, so a 0-d array
     * formats as its Python scalar (NumPy's {@code ndarray.__format__}): {@code {y}} of float32 sin(2.0) prints
     * 0.9092974066734314, as docs.jax.dev shows, and an array prints as NumPy's str.
     */
    private static Value asNumpy(Value value) {
        if (value instanceof ArrayValue array) {
            return new ArrayValue(array.array().withFlavor(io.tastelab.array.Flavor.NUMPY));
        }
        if (value instanceof io.tastelab.playground.interp.TupleValue tuple) {
            return new io.tastelab.playground.interp.TupleValue(tuple.items().stream().map(DebugPrint::asNumpy)
                    .toList());
        }
        if (value instanceof io.tastelab.playground.interp.ListValue list) {
            return new io.tastelab.playground.interp.ListValue(new ArrayList<>(list.items().stream()
                    .map(DebugPrint::asNumpy).toList()));
        }
        return value;
    }

    /** The effect handler of a traced program's run: each jax.debug print and callback with its values. */
    static java.util.function.BiConsumer<Object, List<NdArray>> printer(CallContext context) {
        return (action, values) -> {
            if (action instanceof Effect effect) {
                effect.run(values, context);
            }
        };
    }
}
