package io.tastelab.playground.arrays;

import io.tastelab.array.ArrayNamespace;
import io.tastelab.array.NdArray;
import io.tastelab.array.Shape;
import io.tastelab.array.TraceGraph;
import io.tastelab.array.TraceTangents;
import io.tastelab.playground.interp.Arguments;
import io.tastelab.playground.interp.AttributeDispatch;
import io.tastelab.playground.interp.BuiltinFunction;
import io.tastelab.playground.interp.CallContext;
import io.tastelab.playground.interp.CallableValue;
import io.tastelab.playground.interp.IntValue;
import io.tastelab.playground.interp.IterableValue;
import io.tastelab.playground.interp.ListValue;
import io.tastelab.playground.interp.Operators;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.TupleValue;
import io.tastelab.playground.interp.Value;
import io.tastelab.playground.lang.BinaryOperator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code jax.jvp(fun, primals, tangents)} and {@code jax.vjp(fun, *primals)}. The JVP is one forward pass of JAX's
 * JVP rules over the traced function (forward mode, {@link TraceTangents}); the VJP's function is the gradient of
 * {@code sum(fun(*primals) * cotangent)} with respect to every primal. Both take pytrees and compose with
 * {@code jax.jit} and with each other: the values they close over are passed as arguments, so an outer trace sees
 * them.
 */
final class Linearization {

    private Linearization() {
    }

    /**
     * {@code jax.jvp(fun, primals, tangents)}: {@code (fun(*primals), J @ tangents)}, the tangents pushed forward
     * through the traced function in one pass of JAX's JVP rules ({@link TraceTangents}).
     */
    static Value jvp(Value fun, Value primals, Value tangents, CallContext context) {
        List<Value> ps = sequence(primals, "primals");
        List<Value> ts = sequence(tangents, "tangents");
        if (ps.size() != ts.size()) {
            throw PlaygroundError.typeError("jvp called with different primal and tangent tuple lengths: "
                    + "len(primals) == " + ps.size() + " and len(tangents) == " + ts.size());
        }
        callable(fun);
        List<Integer> argnums = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            argnums.add(i);
        }
        DifferentiatedCall traced = DifferentiatedCall.trace("jax.jvp", fun, argnums, argnums.toString(),
                new Arguments(ps, Map.of()), context, ts);
        TraceGraph graph = traced.graph;
        List<TraceGraph.Node> tangentNodes = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            List<Value> leaves = new ArrayList<>();
            TreeModule.flattenTree(ts.get(i), context, leaves);
            List<TraceGraph.Node> primalNodes = traced.wrt.get(i);
            if (leaves.size() != primalNodes.size()) {
                throw PlaygroundError.valueError("jvp called with primal and tangent arguments of different "
                        + "tree structures (argument " + i + ")");
            }
            for (int k = 0; k < leaves.size(); k++) {
                tangentNodes.add(tangentNode(graph, leaves.get(k), primalNodes.get(k)));
            }
        }
        List<Value> outLeaves = new ArrayList<>();
        TreeModule.TreeDef structure = TreeModule.flattenTree(traced.result, context, outLeaves);
        List<TraceGraph.Node> outputs = new ArrayList<>();
        for (Value leaf : outLeaves) {
            TraceGraph.Node node = TracerValue.operand(graph, leaf);
            if (node == null) {
                throw PlaygroundError.typeError("Value " + leaf.repr() + " of type " + leaf.typeName()
                        + " is not a valid JAX type");
            }
            outputs.add(node);
        }
        List<TraceGraph.Node> tangentsOut = Py.guard(() -> TraceTangents.jvp(graph, traced.start, traced.allWrt(),
                tangentNodes, new int[0], outputs));
        List<TraceGraph.Node> all = new ArrayList<>(outputs);
        all.addAll(tangentsOut);
        List<Value> values = traced.run(all);
        int m = outputs.size();
        return TupleValue.of(structure.unflatten(new ListValue(values.subList(0, m)), context),
                structure.unflatten(new ListValue(values.subList(m, 2 * m)), context));
    }

    /** A tangent leaf as a node of {@code primal}'s trace, checked against it as {@code jax.jvp} checks it. */
    private static TraceGraph.Node tangentNode(TraceGraph graph, Value leaf, TraceGraph.Node primal) {
        TraceGraph.Node node;
        if (leaf instanceof TracerValue) {
            node = TracerValue.operand(graph, leaf);
        } else {
            NdArray value = DifferentiatedCall.jaxArray(Py.asArray(ArrayNamespace.JAX, leaf, "jvp"));
            node = Py.guard(() -> graph.constant(value));
        }
        if (node.dtype() != primal.dtype()) {
            throw PlaygroundError.typeError("primal and tangent arguments to jax.jvp do not match; dtypes must be "
                    + "equal, or in case of int/bool primal dtype the tangent dtype must be float0.Got primal dtype "
                    + primal.dtype() + " and so expected tangent dtype " + primal.dtype() + ", but got tangent dtype "
                    + node.dtype() + " instead.");
        }
        if (!java.util.Arrays.equals(node.shape(), primal.shape())) {
            throw PlaygroundError.valueError("jvp called with different primal and tangent shapes;Got primal shape "
                    + Shape.pythonTuple(primal.shape()) + " and tangent shape as " + Shape.pythonTuple(node.shape()));
        }
        return node;
    }

    /**
     * {@code jax.linearize(fun, *primals)}: {@code (fun(*primals), f_jvp)}, {@code f_jvp(*tangents)} the JVP at the
     * primals ({@link #jvp}'s forward pass; JAX keeps the linear jaxpr, the playground traces again per call, with
     * the same values).
     */
    static Value linearize(Value fun, List<Value> primals, CallContext context) {
        TupleValue outputs = (TupleValue) jvp(fun, new TupleValue(primals), new TupleValue(primals), context);
        TupleValue frozen = new TupleValue(List.copyOf(primals));
        BuiltinFunction fJvp = new BuiltinFunction("f_jvp", (arguments, inner) -> {
            if (arguments.size() != primals.size()) {
                throw PlaygroundError.typeError("f_jvp() takes " + primals.size() + " tangent argument"
                        + (primals.size() == 1 ? "" : "s") + " (one per primal of jax.linearize), got "
                        + arguments.size());
            }
            return ((TupleValue) jvp(fun, frozen, new TupleValue(arguments.positional()), inner)).items().get(1);
        });
        return TupleValue.of(outputs.items().get(0), fJvp);
    }

    /**
     * {@code jax.vjp(fun, *primals)}: {@code (fun(*primals), vjp_fun)}, vjp_fun(cotangent) a tuple per primal. As in
     * JAX, {@code fun} is traced once, now (a custom_vjp's {@code fwd} runs here), and each {@code vjp_fun} call
     * walks that trace back from the cotangent (its {@code bwd} runs then). A cotangent holding a tracer of another
     * trace (vjp_fun called inside a jit of its own) cannot join this trace: then the pullback traces {@code fun}
     * again, as the gradient of {@code sum(fun(*primals) * cotangent)}, inside that trace.
     */
    static Value vjp(Value fun, List<Value> primals, CallContext context) {
        callable(fun);
        int n = primals.size();
        List<Integer> argnums = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            argnums.add(i);
        }
        DifferentiatedCall traced = DifferentiatedCall.trace("jax.vjp", fun, argnums, argnums.toString(),
                new Arguments(primals, Map.of()), context);
        TraceGraph graph = traced.graph;
        int end = graph.tapeSize();
        List<Value> outLeaves = new ArrayList<>();
        TreeModule.TreeDef structure = TreeModule.flattenTree(traced.result, context, outLeaves);
        List<TraceGraph.Node> outputs = new ArrayList<>();
        for (Value leaf : outLeaves) {
            TraceGraph.Node node = TracerValue.operand(graph, leaf);
            if (node == null) {
                throw PlaygroundError.typeError("Value " + leaf.repr() + " of type " + leaf.typeName()
                        + " is not a valid JAX type");
            }
            outputs.add(node);
        }
        Value out = structure.unflatten(new ListValue(traced.run(outputs)), context);
        BuiltinFunction vjpFun = new BuiltinFunction("vjp_fun", (arguments, inner) -> {
            if (arguments.size() != 1) {
                throw PlaygroundError.typeError("The function returned by `jax.vjp` applied to " + functionName(fun)
                        + " was called with " + arguments.size() + " arguments, but functions returned by `jax.vjp` "
                        + "must be called with a single argument corresponding to the single value returned by "
                        + functionName(fun) + " (even if that returned value is a tuple or other container).");
            }
            List<Value> cotangentLeaves = new ArrayList<>();
            TreeModule.flattenTree(arguments.get(0), inner, cotangentLeaves);
            if (outLeaves.size() != cotangentLeaves.size()) {
                throw PlaygroundError.valueError("unexpected tree structure of argument to vjp function: got "
                        + cotangentLeaves.size() + " leaves, expected " + outLeaves.size());
            }
            for (Value leaf : cotangentLeaves) {
                if (leaf instanceof TracerValue tracer && tracer.graph() != graph) {
                    return retracedPullback(fun, primals, arguments.get(0), inner);
                }
            }
            List<TraceGraph.Node> seeds = new ArrayList<>();
            for (int k = 0; k < outputs.size(); k++) {
                seeds.add(cotangentNode(graph, cotangentLeaves.get(k), outputs.get(k)));
            }
            List<TraceGraph.Node> cotangents = traced.concretely(() -> Py.guard(() -> io.tastelab.array.TraceGradients
                    .pullback(graph, traced.start, end, outputs, seeds, traced.allWrt())));
            List<Value> values = traced.run(cotangents);
            List<Value> perArgument = new ArrayList<>();
            int next = 0;
            for (int i = 0; i < traced.structures.size(); i++) {
                int count = traced.wrt.get(i).size();
                perArgument.add(traced.structures.get(i).unflatten(new ListValue(values.subList(next, next + count)),
                        inner));
                next += count;
            }
            return new TupleValue(List.copyOf(perArgument));
        });
        return TupleValue.of(out, vjpFun);
    }

    /** A cotangent leaf as a node of the trace, checked against its output's type as JAX checks it. */
    private static TraceGraph.Node cotangentNode(TraceGraph graph, Value leaf, TraceGraph.Node output) {
        TraceGraph.Node node;
        if (leaf instanceof TracerValue tracer) {
            node = tracer.node();
        } else {
            NdArray value = DifferentiatedCall.jaxArray(Py.asArray(ArrayNamespace.JAX, leaf, "vjp"));
            node = Py.guard(() -> graph.constant(value));
        }
        if (output.dtype().isFloat() && (node.dtype() != output.dtype() && !node.typed().isWeak()
                || !java.util.Arrays.equals(node.shape(), output.shape()))) {
            throw PlaygroundError.valueError("unexpected JAX type (e.g. shape/dtype) for argument to VJP function: "
                    + "got " + node.abstractValue() + ", but expected " + output.abstractValue() + " because the "
                    + "corresponding output of the differentiated function had JAX type " + output.abstractValue());
        }
        return node.dtype() == output.dtype() ? node : Py.guard(() -> graph.astype(node, output.dtype()));
    }

    /** The pullback of {@code fun} at {@code primals} traced again inside the cotangent's own trace. */
    private static Value retracedPullback(Value fun, List<Value> primals, Value cotangent, CallContext context) {
        int n = primals.size();
        BuiltinFunction projected = new BuiltinFunction("vjp", (arguments, inner) -> {
            Value result = inner.call(fun, new Arguments(arguments.positional().subList(0, n), Map.of()));
            List<Value> outLeaves = new ArrayList<>();
            TreeModule.flattenTree(result, inner, outLeaves);
            List<Value> cotangentLeaves = new ArrayList<>();
            TreeModule.flattenTree(arguments.get(n), inner, cotangentLeaves);
            Value total = null;
            for (int k = 0; k < outLeaves.size(); k++) {
                Value product = Operators.binary(BinaryOperator.MULTIPLY, outLeaves.get(k), cotangentLeaves.get(k),
                        inner.limits());
                Value sum = product instanceof AttributeDispatch array && array.getAttribute("sum") != null
                        ? inner.call(array.getAttribute("sum"), Arguments.of()) : product;
                total = total == null ? sum : Operators.binary(BinaryOperator.ADD, total, sum, inner.limits());
            }
            return total;
        });
        List<Value> argnums = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            argnums.add(IntValue.of(i));
        }
        GradFunction gradient = new GradFunction(new Value[] {projected, new TupleValue(argnums), null, null, null},
                false);
        List<Value> gradientArguments = new ArrayList<>(primals);
        gradientArguments.add(cotangent);
        return gradient.call(new Arguments(gradientArguments, Map.of()), context);
    }

    private static List<Value> sequence(Value value, String what) {
        if (!(value instanceof TupleValue || value instanceof ListValue)) {
            throw PlaygroundError.typeError(what + " argument to jvp should be a tuple or a list, got "
                    + value.typeName());
        }
        return List.copyOf(((IterableValue) value).items());
    }

    private static void callable(Value fun) {
        if (!(fun instanceof CallableValue)) {
            throw PlaygroundError.typeError("Expected a callable value, got " + fun.repr());
        }
    }

    private static String functionName(Value fun) {
        return fun instanceof io.tastelab.playground.interp.FunctionValue f ? f.name() : "the function";
    }
}
