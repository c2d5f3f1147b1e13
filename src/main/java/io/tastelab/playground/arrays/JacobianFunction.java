package io.tastelab.playground.arrays;

import io.tastelab.array.ArrayNamespace;
import io.tastelab.array.Shape;
import io.tastelab.array.TraceGradients;
import io.tastelab.array.TraceGraph;
import io.tastelab.array.TraceTangents;
import io.tastelab.playground.interp.Arguments;
import io.tastelab.playground.interp.CallContext;
import io.tastelab.playground.interp.CallableValue;
import io.tastelab.playground.interp.FunctionValue;
import io.tastelab.playground.interp.IntValue;
import io.tastelab.playground.interp.IterableValue;
import io.tastelab.playground.interp.ListValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.TupleValue;
import io.tastelab.playground.interp.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code jax.jacrev}, {@code jax.jacfwd}, {@code jax.jacobian} and {@code jax.hessian}: the Jacobian of a function
 * of pytrees of float arrays, shaped {@code output.shape + input.shape}. {@code jacrev}/{@code jacobian}: one
 * reverse pass per output element (each a {@code grad} of that element, built into the same trace). {@code jacfwd}:
 * forward mode as JAX's, one pass per input leaf pushing the whole standard basis at once ({@link TraceTangents}),
 * in the float32 operations of JAX's rules. {@code hessian} is {@code jacfwd(jacrev(f))}, as in JAX. Like
 * {@code grad}, called with tracers it adds to the outer trace, and {@code jax.jit} of it traces. Every pass and
 * every op of a forward pass checks the interpreter's budget, so Cancel stops a large Jacobian.
 *
 * <p>The result's structure is JAX's: the output's pytree, holding per output leaf the argnums' tuple (when
 * {@code argnums} is a tuple) of the inputs' pytrees of Jacobian blocks.
 */
final class JacobianFunction implements CallableValue {

    private final String name;
    private final Value function;
    private final List<Integer> argnums = new ArrayList<>();
    private final boolean tupleArgnums;
    private final boolean hasAux;
    /** Forward mode (jacfwd, hessian's outer Jacobian): one batched JVP pass per input leaf; else reverse mode. */
    private final boolean forward;

    /** {@code name(fun, ...)} as {@link #JacobianFunction(String, Value[], boolean)}, forward mode for jacfwd. */
    JacobianFunction(String name, Value[] a) {
        this(name, a, name.equals("jacfwd"));
    }

    /**
     * {@code name(fun, argnums=0, has_aux=False, holomorphic=False, ...)} from its bound arguments; {@code name}
     * is {@code jacrev}, {@code jacfwd}, {@code jacobian} or {@code hessian}, which errors name.
     */
    JacobianFunction(String name, Value[] a, boolean forward) {
        this.forward = forward;
        if (!(a[0] instanceof CallableValue)) {
            throw PlaygroundError.typeError("Expected a callable value, got " + a[0].repr());
        }
        this.name = name;
        this.function = a[0];
        Value argnumsValue = a[1] == null ? IntValue.of(0) : a[1];
        this.tupleArgnums = argnumsValue instanceof TupleValue || argnumsValue instanceof ListValue;
        if (tupleArgnums) {
            for (Value item : ((IterableValue) argnumsValue).items()) {
                argnums.add(Py.toInt(item, "argnums"));
            }
        } else {
            argnums.add(Py.toInt(argnumsValue, "argnums"));
        }
        this.hasAux = a[2] != null && a[2].isTruthy();
        if (a.length > 3 && a[3] != null && a[3].isTruthy()) {
            throw PlaygroundError.valueError("the playground has no complex numbers: holomorphic=True is not "
                    + "supported");
        }
    }

    /** {@code jax.hessian(fun, argnums, has_aux, holomorphic)}: {@code jacfwd(jacrev(fun, argnums), argnums)}. */
    static JacobianFunction hessian(Value[] a) {
        JacobianFunction inner = new JacobianFunction("hessian", new Value[] {a[0], a[1], a[2], a[3]}, false);
        return new JacobianFunction("hessian", new Value[] {inner, a[1], a[2], a[3]}, true);
    }

    @Override
    public Value call(Arguments arguments, CallContext context) {
        DifferentiatedCall traced = DifferentiatedCall.trace("jax." + name, function, argnums, argnumsText(),
                arguments, context);
        TraceGraph graph = traced.graph;
        DifferentiatedCall.Output split = DifferentiatedCall.Output.of(traced.result, hasAux);
        Value primal = split.primal();
        DifferentiatedCall.Aux aux = split.aux();
        List<Value> outputLeaves = new ArrayList<>();
        TreeModule.TreeDef outputStructure = TreeModule.flattenTree(primal, context, outputLeaves);
        List<TraceGraph.Node> wrt = traced.allWrt();
        // Per output leaf, per differentiated input leaf: the Jacobian block's node.
        List<TraceGraph.Node> blocks = new ArrayList<>();
        List<TraceGraph.Node> outputs = new ArrayList<>();
        for (Value leaf : outputLeaves) {
            outputs.add(floatOutput(graph, leaf));
        }
        traced.concretely(() -> {
            if (forward) {
                blocks.addAll(Py.guard(() -> forwardBlocks(graph, traced.start, outputs, wrt, context)));
            } else {
                for (TraceGraph.Node output : outputs) {
                    blocks.addAll(Py.guard(() -> jacobianBlocks(graph, traced.start, output, wrt, context)));
                }
            }
            return null;
        });
        List<TraceGraph.Node> computed = new ArrayList<>(blocks);
        if (aux != null) {
            aux.addOutputs(graph, computed);
        }
        List<Value> values = traced.run(computed);
        List<Value> perOutput = new ArrayList<>();
        int next = 0;
        for (int o = 0; o < outputLeaves.size(); o++) {
            List<Value> perArgument = new ArrayList<>();
            for (int i = 0; i < traced.structures.size(); i++) {
                int count = traced.wrt.get(i).size();
                perArgument.add(traced.structures.get(i).unflatten(new ListValue(values.subList(next, next + count)), context));
                next += count;
            }
            perOutput.add(tupleArgnums ? new TupleValue(List.copyOf(perArgument)) : perArgument.getFirst());
        }
        Value jacobian = outputStructure.unflatten(new ListValue(perOutput), context);
        return aux != null ? TupleValue.of(jacobian, aux.withValues(values)) : jacobian;
    }

    /**
     * The blocks {@code d outputs[o] / d wrt[j]} (output-major), each of shape {@code output.shape + wrt[j].shape}, in
     * forward mode as JAX's jacfwd ({@code vmap} of {@code jvp} over the standard basis): per input leaf one pass
     * whose tangents carry a leading basis axis, the identity for that leaf and zeros for the others, the basis axis
     * then moved behind the output's axes.
     */
    private static List<TraceGraph.Node> forwardBlocks(TraceGraph graph, int from, List<TraceGraph.Node> outputs,
            List<TraceGraph.Node> wrt, CallContext context) {
        TraceGraph.Node[][] blocks = new TraceGraph.Node[outputs.size()][wrt.size()];
        for (int j = 0; j < wrt.size(); j++) {
            context.checkBudget();
            int[] inShape = wrt.get(j).shape();
            int n = (int) Shape.size(inShape);
            if (n == 0) {
                for (int o = 0; o < outputs.size(); o++) {
                    blocks[o][j] = graph.constant(ArrayNamespace.JAX.zeros(concat(outputs.get(o).shape(), inShape),
                            outputs.get(o).dtype()));
                }
                continue;
            }
            List<TraceGraph.Node> tangents = new ArrayList<>();
            for (int k = 0; k < wrt.size(); k++) {
                TraceGraph.Node input = wrt.get(k);
                int[] shape = concat(new int[] {n}, input.shape());
                tangents.add(k == j
                        ? graph.constant(ArrayNamespace.JAX.eye(n, null, 0, input.dtype()).reshape(shape))
                        : graph.broadcast(graph.constant(ArrayNamespace.JAX.zeros(new int[0], input.dtype())), shape));
            }
            List<TraceGraph.Node> pushed = TraceTangents.jvp(graph, from, wrt, tangents, new int[] {n},
                    outputs);
            for (int o = 0; o < outputs.size(); o++) {
                int[] outShape = outputs.get(o).shape();
                TraceGraph.Node tangent = pushed.get(o);
                if (outShape.length > 0) {
                    int[] basisLast = new int[outShape.length + 1];
                    for (int d = 0; d < outShape.length; d++) {
                        basisLast[d] = d + 1;
                    }
                    tangent = graph.transpose(tangent, basisLast);
                }
                blocks[o][j] = graph.reshape(tangent, concat(outShape, inShape));
            }
        }
        List<TraceGraph.Node> out = new ArrayList<>();
        for (TraceGraph.Node[] row : blocks) {
            out.addAll(List.of(row));
        }
        return out;
    }

    private static int[] concat(int[] first, int[] second) {
        int[] out = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, out, first.length, second.length);
        return out;
    }

    /**
     * The blocks {@code d output / d wrt[j]}, each of shape {@code output.shape + wrt[j].shape}: one gradient per
     * element of {@code output}, through the ops traced from tape position {@code from}.
     */
    private static List<TraceGraph.Node> jacobianBlocks(TraceGraph graph, int from, TraceGraph.Node output,
            List<TraceGraph.Node> wrt, CallContext context) {
        int[] outShape = output.shape();
        int n = (int) Shape.size(outShape);
        if (outShape.length == 0) {
            return TraceGradients.gradients(graph, from, output, wrt);
        }
        if (n == 0) {
            throw graph.untraceable("the Jacobian of a zero-size output");
        }
        TraceGraph.Node flat = graph.reshape(output, new int[] {n});
        List<List<TraceGraph.Node>> rows = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            context.checkBudget();
            rows.add(TraceGradients.gradients(graph, from, graph.take(flat, 0, k), wrt));
        }
        List<TraceGraph.Node> blocks = new ArrayList<>();
        for (int j = 0; j < wrt.size(); j++) {
            List<TraceGraph.Node> column = new ArrayList<>();
            for (List<TraceGraph.Node> row : rows) {
                column.add(row.get(j));
            }
            int[] inShape = wrt.get(j).shape();
            int[] shape = new int[outShape.length + inShape.length];
            System.arraycopy(outShape, 0, shape, 0, outShape.length);
            System.arraycopy(inShape, 0, shape, outShape.length, inShape.length);
            blocks.add(graph.reshape(graph.stack(column, 0), shape));
        }
        return blocks;
    }

    /** An output leaf as a float node, else JAX's TypeError. */
    private TraceGraph.Node floatOutput(TraceGraph graph, Value leaf) {
        TraceGraph.Node node = leaf instanceof TracerValue || leaf instanceof ArrayValue
                || leaf instanceof io.tastelab.playground.interp.FloatValue || leaf instanceof IntValue
                ? TracerValue.operand(graph, leaf) : null;
        if (node == null) {
            throw PlaygroundError.typeError("Value " + leaf.repr() + " of type " + leaf.typeName()
                    + " is not a valid JAX type");
        }
        if (!node.dtype().isFloat()) {
            String transform = name.equals("jacfwd") || name.equals("hessian") ? "jacfwd" : "jacrev";
            throw PlaygroundError.typeError(transform + " requires real-valued outputs (output dtype that is a "
                    + "sub-dtype of np.floating), but got " + node.dtype() + ". For holomorphic differentiation, "
                    + "pass holomorphic=True. For differentiation of non-holomorphic functions involving complex "
                    + "outputs, or function with integer outputs, use jax.vjp directly.");
        }
        return node;
    }

    private String argnumsText() {
        List<String> parts = argnums.stream().map(String::valueOf).toList();
        return tupleArgnums ? "(" + String.join(", ", parts) + (parts.size() == 1 ? ",)" : ")")
                : "(" + parts.getFirst() + ",)";
    }

    @Override
    public String typeName() {
        return "function";
    }

    @Override
    public String repr() {
        return "<function " + name + "(" + (function instanceof FunctionValue f ? f.name() : "function") + ")>";
    }
}
