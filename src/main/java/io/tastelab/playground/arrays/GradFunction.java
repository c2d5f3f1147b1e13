package io.tastelab.playground.arrays;

import io.tastelab.array.DType;
import io.tastelab.array.Flavor;
import io.tastelab.array.NdArray;
import io.tastelab.array.Shape;
import io.tastelab.array.TraceGradients;
import io.tastelab.array.TraceGraph;
import io.tastelab.playground.interp.Arguments;
import io.tastelab.playground.interp.BoolValue;
import io.tastelab.playground.interp.CallContext;
import io.tastelab.playground.interp.CallableValue;
import io.tastelab.playground.interp.FloatValue;
import io.tastelab.playground.interp.FunctionValue;
import io.tastelab.playground.interp.IntValue;
import io.tastelab.playground.interp.ListValue;
import io.tastelab.playground.interp.NoneValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.TupleValue;
import io.tastelab.playground.interp.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code jax.grad(f)} and {@code jax.value_and_grad(f)}: each call traces {@code f} with tracers (as
 * {@code jax.jit} does, in a {@link TraceGraph}), builds the gradient into the same graph by walking its ops back
 * ({@link TraceGradients}, JAX's derivative rules) and runs it. Nothing is cached, as in JAX, so a changed global
 * is seen by the next call; {@code jax.jit(jax.grad(f))} caches. Called with tracers (inside {@code jax.jit} or
 * another {@code grad}), it adds its ops to that trace instead, so transformations compose and
 * {@code grad(grad(f))} gives second derivatives.
 *
 * <p>Unlike JAX, which runs {@code f} on concrete values under {@code grad}, the playground traces it: Python
 * control flow on the differentiated values ({@code if x > 0}) raises {@code TracerBoolConversionError} here.
 */
final class GradFunction implements CallableValue {

    private final Value function;
    private final List<Integer> argnums;
    private final boolean tupleArgnums;
    private final boolean hasAux;
    private final boolean withValue;

    /**
     * {@code jax.grad(fun, argnums=0, has_aux=False, holomorphic=False, allow_int=False)} from its bound
     * arguments; {@code withValue} for {@code value_and_grad}.
     */
    GradFunction(Value[] a, boolean withValue) {
        if (!(a[0] instanceof CallableValue)) {
            throw PlaygroundError.typeError("Expected a callable value, got " + a[0].repr());
        }
        this.function = a[0];
        this.withValue = withValue;
        Value argnumsValue = a[1] == null ? IntValue.of(0) : a[1];
        this.tupleArgnums = argnumsValue instanceof TupleValue || argnumsValue instanceof ListValue;
        this.argnums = new ArrayList<>();
        if (tupleArgnums) {
            for (Value item : ((io.tastelab.playground.interp.IterableValue) argnumsValue).items()) {
                argnums.add(Py.toInt(item, "argnums"));
            }
        } else {
            argnums.add(Py.toInt(argnumsValue, "argnums"));
        }
        this.hasAux = a[2] != null && a[2].isTruthy();
        if (a[3] != null && a[3].isTruthy()) {
            throw PlaygroundError.valueError("the playground has no complex numbers: holomorphic=True is not "
                    + "supported");
        }
        if (a[4] != null && a[4].isTruthy()) {
            throw PlaygroundError.valueError("allow_int=True is not supported by the playground (its gradients "
                    + "would have dtype float0)");
        }
    }

    @Override
    public Value call(Arguments arguments, CallContext context) {
        List<Value> positional = arguments.positional();
        for (int argnum : argnums) {
            if (argnum >= positional.size() || argnum < -positional.size()) {
                throw PlaygroundError.typeError("differentiating with respect to argnums=" + argnumsRepr()
                        + " requires at least " + (argnum + 1) + " positional arguments to be passed by the caller, "
                        + "but got only " + positional.size() + " positional arguments.");
            }
        }
        TracerValue outer = outerTracer(arguments);
        TraceGraph graph = outer != null ? outer.graph() : new TraceGraph("jax.grad");
        List<Value> traced = new ArrayList<>(positional);
        List<NdArray> feeds = new ArrayList<>();
        List<TraceGraph.Node> wrt = new ArrayList<>();
        for (int argnum : argnums) {
            int index = Math.floorMod(argnum, positional.size());
            Value argument = positional.get(index);
            TraceGraph.Node node;
            if (argument instanceof TracerValue tracer) {
                node = graph.alias(TracerValue.operand(graph, tracer)); // the outer trace's value: a fresh variable
            } else {
                NdArray value = differentiable(argument);
                if (outer != null) {
                    node = graph.alias(graph.constant(value));
                } else {
                    node = graph.input(value);
                    feeds.add(value);
                }
            }
            wrt.add(node);
            traced.set(index, new TracerValue(graph, node));
        }
        if (outer == null) {
            for (int i = 0; i < traced.size(); i++) {
                if (traced.get(i) instanceof ArrayValue array) {
                    // The other array arguments are inputs too (not constants baked into the graph).
                    NdArray value = jaxArray(array.array());
                    traced.set(i, new TracerValue(graph, graph.input(value)));
                    feeds.add(value);
                }
            }
        }
        int start = graph.tapeSize();
        Value result = context.call(function, new Arguments(traced, arguments.keywords()));
        Value primal = result;
        Value aux = null;
        if (hasAux) {
            if (!(result instanceof TupleValue pair) || pair.items().size() != 2) {
                throw PlaygroundError.typeError("has_aux=True requires fun to return a (output, aux) pair, got "
                        + result.typeName());
            }
            primal = pair.items().get(0);
            aux = pair.items().get(1);
        }
        TraceGraph.Node output = scalarOutput(graph, primal);
        List<TraceGraph.Node> gradients = Py.guard(() -> TraceGradients.gradients(graph, start, output, wrt));

        List<TraceGraph.Node> outputs = new ArrayList<>();
        outputs.add(output);
        outputs.addAll(gradients);
        List<TracerValue> auxTracers = new ArrayList<>();
        if (aux != null) {
            mapTracers(aux, tracer -> {
                auxTracers.add(tracer);
                return tracer;
            });
            for (TracerValue tracer : auxTracers) {
                outputs.add(TracerValue.operand(graph, tracer));
            }
        }
        List<Value> values = new ArrayList<>();
        if (outer != null) {
            for (TraceGraph.Node node : outputs) {
                values.add(new TracerValue(graph, node));
            }
        } else {
            for (NdArray array : Py.guard(() -> graph.run(feeds, outputs))) {
                values.add(new ArrayValue(array));
            }
        }
        Value value = values.getFirst();
        List<Value> gradientValues = values.subList(1, 1 + gradients.size());
        Value gradient = tupleArgnums ? new TupleValue(List.copyOf(gradientValues)) : gradientValues.getFirst();
        if (aux != null) {
            List<Value> auxValues = values.subList(1 + gradients.size(), values.size());
            int[] next = {0};
            aux = mapTracers(aux, tracer -> auxValues.get(next[0]++));
        }
        if (withValue) {
            return TupleValue.of(aux != null ? TupleValue.of(value, aux) : value, gradient);
        }
        return aux != null ? TupleValue.of(gradient, aux) : gradient;
    }

    /** A tracer among the arguments: this call is inside another trace (jax.jit or an outer grad). */
    private static TracerValue outerTracer(Arguments arguments) {
        for (Value value : arguments.positional()) {
            if (value instanceof TracerValue tracer) {
                return tracer;
            }
        }
        return null;
    }

    /** A differentiated argument as a JAX array; JAX's TypeError for integer and bool inputs. */
    private NdArray differentiable(Value argument) {
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
            throw PlaygroundError.typeError("grad requires real- or complex-valued inputs (input dtype that is a "
                    + "sub-dtype of np.inexact), but got " + value.dtype() + ". If you want to use Boolean- or "
                    + "integer-valued inputs, use vjp or set allow_int to True.");
        }
        return value;
    }

    private static NdArray jaxArray(NdArray array) {
        NdArray jax = array.withFlavor(Flavor.JAX);
        DType canonical = Flavor.JAX.canonical(jax.dtype());
        return jax.dtype() == canonical ? jax : jax.astype(canonical);
    }

    /** The differentiated output: a float array of shape {@code ()}, else JAX's TypeError. */
    private static TraceGraph.Node scalarOutput(TraceGraph graph, Value primal) {
        TraceGraph.Node output = primal instanceof TracerValue || primal instanceof ArrayValue
                || primal instanceof FloatValue || primal instanceof IntValue ? TracerValue.operand(graph, primal)
                : null;
        if (output == null) {
            throw PlaygroundError.typeError("Gradient only defined for scalar-output functions. Output was "
                    + primal.repr() + ".");
        }
        if (output.shape().length != 0) {
            throw PlaygroundError.typeError("Gradient only defined for scalar-output functions. Output had shape: "
                    + Shape.pythonTuple(output.shape()) + ".");
        }
        if (!output.dtype().isFloat()) {
            throw PlaygroundError.typeError("grad requires real-valued outputs (output dtype that is a sub-dtype of "
                    + "np.floating), but got " + output.dtype() + ". For holomorphic differentiation, pass "
                    + "holomorphic=True. For differentiation of non-holomorphic functions involving complex outputs, "
                    + "use jax.vjp directly.");
        }
        return output;
    }

    /** {@code value} with each tracer in it (at any depth of tuples and lists) replaced by {@code replace}'s. */
    private static Value mapTracers(Value value, Function<TracerValue, Value> replace) {
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
        return value;
    }

    private String argnumsRepr() {
        return tupleArgnums ? "(" + String.join(", ", argnums.stream().map(String::valueOf).toList())
                + (argnums.size() == 1 ? ",)" : ")") : "(" + argnums.getFirst() + ",)";
    }

    private String functionName() {
        return function instanceof FunctionValue f ? f.name() : function instanceof NoneValue ? "None" : "function";
    }

    @Override
    public String typeName() {
        return "function";
    }

    @Override
    public String repr() {
        return "<function " + (withValue ? "value_and_grad" : "grad") + "(" + functionName() + ")>";
    }
}
