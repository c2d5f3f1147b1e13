package io.tastelab.playground.arrays;

import io.tastelab.array.NdArray;
import io.tastelab.array.TraceGraph;
import io.tastelab.playground.interp.Arguments;
import io.tastelab.playground.interp.BoolValue;
import io.tastelab.playground.interp.CallContext;
import io.tastelab.playground.interp.CallableValue;
import io.tastelab.playground.interp.FloatValue;
import io.tastelab.playground.interp.FunctionValue;
import io.tastelab.playground.interp.IntValue;
import io.tastelab.playground.interp.IterableValue;
import io.tastelab.playground.interp.ListValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.TupleValue;
import io.tastelab.playground.interp.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code jax.make_jaxpr(fun, static_argnums=())(*args)}: traces {@code fun} on abstract values of the arguments'
 * leaves (pytrees of arrays and Python scalars) and returns the jaxpr, shown as JAX prints it (see
 * {@code io.tastelab.array.Jaxpr}). While it traces, jnp math on Python scalars is staged too, as in JAX. Python
 * {@code print} inside shows {@code JaxprTracer(~float32[])}.
 */
final class MakeJaxpr implements CallableValue {

    private final Value function;
    private final Set<Integer> staticArgnums = new HashSet<>();

    MakeJaxpr(Value[] a) {
        if (!(a[0] instanceof CallableValue)) {
            throw PlaygroundError.typeError("Expected a callable value, got " + a[0].repr());
        }
        this.function = a[0];
        if (a[1] instanceof IntValue n) {
            staticArgnums.add(Py.toInt(n, "static_argnums"));
        } else if (a[1] instanceof TupleValue || a[1] instanceof ListValue) {
            for (Value item : ((IterableValue) a[1]).items()) {
                staticArgnums.add(Py.toInt(item, "static_argnums"));
            }
        }
    }

    @Override
    public Value call(Arguments arguments, CallContext context) {
        TraceGraph graph = new TraceGraph("jax.make_jaxpr");
        graph.checkpointWith(context::checkBudget);
        graph.recordJaxpr();
        List<Value> traced = new ArrayList<>();
        List<TraceGraph.Node> inputs = new ArrayList<>();
        List<Value> positional = arguments.positional();
        for (int i = 0; i < positional.size(); i++) {
            if (staticArgnums.contains(i)) {
                traced.add(positional.get(i));
                continue;
            }
            List<Value> leaves = new ArrayList<>();
            TreeModule.TreeDef structure = TreeModule.flattenTree(positional.get(i), context, leaves);
            List<Value> tracers = new ArrayList<>();
            for (Value leaf : leaves) {
                TraceGraph.Node input = Py.guard(() -> graph.input(abstractValue(leaf)));
                inputs.add(input);
                tracers.add(new TracerValue(graph, input));
            }
            traced.add(structure.unflatten(new ListValue(tracers), context));
        }
        TraceGraph outer = Tracing.STAGING.get();
        Tracing.STAGING.set(graph);
        Value result;
        try {
            result = context.call(function, new Arguments(traced, arguments.keywords()));
        } finally {
            if (outer == null) {
                Tracing.STAGING.remove();
            } else {
                Tracing.STAGING.set(outer);
            }
        }
        List<Value> leaves = new ArrayList<>();
        TreeModule.flattenTree(result, context, leaves);
        List<TraceGraph.Node> outputs = new ArrayList<>();
        for (Value leaf : leaves) {
            TraceGraph.Node node = TracerValue.operand(graph, leaf);
            if (node == null) {
                throw PlaygroundError.typeError("Value " + leaf.repr() + " of type " + leaf.typeName()
                        + " is not a valid JAX type");
            }
            outputs.add(node);
        }
        return new JaxprValue(Py.guard(() -> graph.jaxprText(inputs, outputs)));
    }

    /** The array an argument's leaf stands for: its shape and dtype are what the jaxpr's input declares. */
    private static NdArray abstractValue(Value leaf) {
        if (leaf instanceof ArrayValue array) {
            return DifferentiatedCall.jaxArray(array.array());
        }
        if (leaf instanceof FloatValue || leaf instanceof IntValue || leaf instanceof BoolValue) {
            return Py.guard(() -> io.tastelab.array.ArrayNamespace.JAX.asarray(Py.toObject(leaf), null));
        }
        throw PlaygroundError.typeError("Argument '" + leaf.repr() + "' of type " + leaf.typeName()
                + " is not a valid JAX type.");
    }

    @Override
    public String typeName() {
        return "function";
    }

    @Override
    public String repr() {
        return "<function make_jaxpr(" + (function instanceof FunctionValue f ? f.name() : "function") + ")>";
    }

    /** JAX's ClosedJaxpr: shown (repr, str and print) as the jaxpr's text. */
    static final class JaxprValue implements Value {
        private final String text;

        JaxprValue(String text) {
            this.text = text;
        }

        @Override
        public String typeName() {
            return "ClosedJaxpr";
        }

        @Override
        public String repr() {
            return text;
        }

        @Override
        public String str() {
            return text;
        }
    }
}
