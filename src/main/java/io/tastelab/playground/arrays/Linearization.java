package io.tastelab.playground.arrays;

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
 * {@code jax.jvp(fun, primals, tangents)} and {@code jax.vjp(fun, *primals)}, built on the playground's reverse
 * mode. The JVP is the derivative of {@code eps -> fun(primals + eps * tangents)} at 0 (one reverse pass per output
 * element, exact, not a finite difference); the VJP's function is the gradient of
 * {@code sum(fun(*primals) * cotangent)} with respect to every primal. Both take pytrees and compose with
 * {@code jax.jit} and with each other: the values they close over are passed as arguments, so an outer trace sees
 * them.
 */
final class Linearization {

    private Linearization() {
    }

    /** {@code jax.jvp(fun, primals, tangents)}: {@code (fun(*primals), J @ tangents)}. */
    static Value jvp(Value fun, Value primals, Value tangents, CallContext context) {
        List<Value> ps = sequence(primals, "primals");
        List<Value> ts = sequence(tangents, "tangents");
        if (ps.size() != ts.size()) {
            throw PlaygroundError.typeError("jvp called with different primal and tangent tuple lengths: "
                    + "len(primals) == " + ps.size() + " and len(tangents) == " + ts.size());
        }
        callable(fun);
        Value out = context.call(fun, new Arguments(ps, Map.of()));
        int n = ps.size();
        BuiltinFunction line = new BuiltinFunction("jvp", (arguments, inner) -> {
            Value eps = arguments.get(0);
            List<Value> moved = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Value primal = arguments.get(1 + i);
                Value tangent = arguments.get(1 + n + i);
                List<Value> primalLeaves = new ArrayList<>();
                TreeModule.TreeDef structure = TreeModule.flattenTree(primal, inner, primalLeaves);
                List<Value> tangentLeaves = new ArrayList<>();
                TreeModule.flattenTree(tangent, inner, tangentLeaves);
                if (tangentLeaves.size() != primalLeaves.size()) {
                    throw PlaygroundError.valueError("jvp called with primal and tangent arguments of different "
                            + "tree structures (argument " + i + ")");
                }
                List<Value> leaves = new ArrayList<>();
                for (int k = 0; k < primalLeaves.size(); k++) {
                    leaves.add(Operators.binary(BinaryOperator.ADD, primalLeaves.get(k), Operators.binary(
                            BinaryOperator.MULTIPLY, eps, tangentLeaves.get(k), inner.limits()), inner.limits()));
                }
                moved.add(structure.unflatten(new ListValue(leaves), inner));
            }
            return inner.call(fun, new Arguments(moved, Map.of()));
        });
        List<Value> lineArguments = new ArrayList<>();
        lineArguments.add(new ArrayValue(io.tastelab.array.ArrayNamespace.JAX.scalar(0.0,
                io.tastelab.array.DType.FLOAT32)));
        lineArguments.addAll(ps);
        lineArguments.addAll(ts);
        Value tangentOut = new JacobianFunction("jvp", new Value[] {line, null, null, null})
                .call(new Arguments(lineArguments, Map.of()), context);
        return TupleValue.of(out, tangentOut);
    }

    /** {@code jax.vjp(fun, *primals)}: {@code (fun(*primals), vjp_fun)}, vjp_fun(cotangent) a tuple per primal. */
    static Value vjp(Value fun, List<Value> primals, CallContext context) {
        callable(fun);
        Value out = context.call(fun, new Arguments(primals, Map.of()));
        int n = primals.size();
        BuiltinFunction projected = new BuiltinFunction("vjp", (arguments, inner) -> {
            Value result = inner.call(fun, new Arguments(arguments.positional().subList(0, n), Map.of()));
            List<Value> outLeaves = new ArrayList<>();
            TreeModule.flattenTree(result, inner, outLeaves);
            List<Value> cotangentLeaves = new ArrayList<>();
            TreeModule.flattenTree(arguments.get(n), inner, cotangentLeaves);
            if (outLeaves.size() != cotangentLeaves.size()) {
                throw PlaygroundError.valueError("unexpected tree structure of argument to vjp function: got "
                        + cotangentLeaves.size() + " leaves, expected " + outLeaves.size());
            }
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
        BuiltinFunction vjpFun = new BuiltinFunction("vjp_fun", (arguments, inner) -> {
            if (arguments.size() != 1) {
                throw PlaygroundError.typeError("The function returned by `jax.vjp` applied to " + functionName(fun)
                        + " was called with " + arguments.size() + " arguments, but functions returned by `jax.vjp` "
                        + "must be called with a single argument corresponding to the single value returned by "
                        + functionName(fun) + " (even if that returned value is a tuple or other container).");
            }
            List<Value> gradientArguments = new ArrayList<>(primals);
            gradientArguments.add(arguments.get(0));
            return gradient.call(new Arguments(gradientArguments, Map.of()), inner);
        });
        return TupleValue.of(out, vjpFun);
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
