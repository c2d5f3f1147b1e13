package io.tastelab.playground.arrays;

import io.tastelab.array.Shape;
import io.tastelab.array.TraceGradients;
import io.tastelab.array.TraceGraph;
import io.tastelab.playground.interp.Arguments;
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

/**
 * {@code jax.grad(f)} and {@code jax.value_and_grad(f)}: each call traces {@code f} with tracers (as
 * {@code jax.jit} does, in a {@link TraceGraph}), builds the gradient into the same graph by walking its ops back
 * ({@link TraceGradients}, JAX's derivative rules) and runs it. Nothing is cached, as in JAX, so a changed global
 * is seen by the next call; {@code jax.jit(jax.grad(f))} caches. Called with tracers (inside {@code jax.jit} or
 * another {@code grad}), it adds its ops to that trace instead, so transformations compose and
 * {@code grad(grad(f))} gives second derivatives.
 *
 * <p>JAX differentiates at a point: Python control flow on the differentiated values ({@code if x < 3}) takes the
 * branch of the point's values, here as there ({@link DifferentiatedCall#concreteValue}); under {@code jax.jit} the
 * values are abstract and the same {@code if} raises {@code TracerBoolConversionError}, as in JAX.
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
        DifferentiatedCall traced = DifferentiatedCall.trace("jax.grad", function, argnums, argnumsRepr(), arguments,
                context);
        TraceGraph graph = traced.graph;
        DifferentiatedCall.Output split = DifferentiatedCall.Output.of(traced.result, hasAux);
        Value primal = split.primal();
        DifferentiatedCall.Aux aux = split.aux();
        if (!isArrayLike(primal)) {
            // JAX checks the output after computing it, so its message shows the values, not tracers.
            DifferentiatedCall.Aux shown = new DifferentiatedCall.Aux(primal);
            List<TraceGraph.Node> shownOutputs = new ArrayList<>();
            shown.addOutputs(graph, shownOutputs);
            throw PlaygroundError.typeError("Gradient only defined for scalar-output functions. Output was "
                    + shown.withValues(traced.run(shownOutputs)).str() + ".");
        }
        TraceGraph.Node output = scalarOutput(graph, primal);
        List<TraceGraph.Node> gradients = traced.concretely(() -> Py.guard(() -> TraceGradients.gradients(graph,
                traced.start, output, traced.allWrt())));

        List<TraceGraph.Node> outputs = new ArrayList<>();
        outputs.add(output);
        outputs.addAll(gradients);
        if (aux != null) {
            aux.addOutputs(graph, outputs);
        }
        List<Value> values = traced.run(outputs);
        Value value = values.getFirst();
        // Each argument's gradient in the argument's own structure (an array, or a dict/list/tuple of arrays).
        List<Value> perArgument = new ArrayList<>();
        int next = 1;
        for (int i = 0; i < traced.structures.size(); i++) {
            int count = traced.wrt.get(i).size();
            perArgument.add(traced.structures.get(i).unflatten(new ListValue(values.subList(next, next + count)), context));
            next += count;
        }
        Value gradient = tupleArgnums ? new TupleValue(List.copyOf(perArgument)) : perArgument.getFirst();
        Value auxValue = aux != null ? aux.withValues(values) : null;
        if (withValue) {
            return TupleValue.of(auxValue != null ? TupleValue.of(value, auxValue) : value, gradient);
        }
        return auxValue != null ? TupleValue.of(gradient, auxValue) : gradient;
    }

    /** The differentiated output: a float array of shape {@code ()}, else JAX's TypeError. */
    private static boolean isArrayLike(Value primal) {
        return primal instanceof TracerValue || primal instanceof ArrayValue || primal instanceof FloatValue
                || primal instanceof IntValue;
    }

    private static TraceGraph.Node scalarOutput(TraceGraph graph, Value primal) {
        TraceGraph.Node output = TracerValue.operand(graph, primal);
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
