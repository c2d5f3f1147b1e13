package io.tastelab.playground.arrays;

import io.tastelab.array.DType;
import io.tastelab.array.NdArray;
import io.tastelab.engine.random.LegacyDraws;
import io.tastelab.engine.random.Mt19937;
import io.tastelab.playground.interp.Arguments;
import io.tastelab.playground.interp.BuiltinFunction;
import io.tastelab.playground.interp.CallContext;
import io.tastelab.playground.interp.FloatValue;
import io.tastelab.playground.interp.IterableValue;
import io.tastelab.playground.interp.ListValue;
import io.tastelab.playground.interp.ModuleValue;
import io.tastelab.playground.interp.NoneValue;
import io.tastelab.playground.interp.Operators;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.TupleValue;
import io.tastelab.playground.interp.Value;
import io.tastelab.playground.lang.BinaryOperator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code jax.test_util.check_grads(f, args, order, modes=("fwd", "rev"), atol=None, rtol=None, eps=None)}, JAX's
 * algorithm (jax/_src/public_test_util.py): in one random direction, the JVP against central differences with step
 * {@code eps} (1e-4), the VJP through the inner product {@code <t, vjp(c)> == <jvp_numerical(t), c>}, recursively up
 * to {@code order}; tolerances per dtype as JAX's (float32 2e-3, float64 1e-5, scaled by the size as JAX scales them).
 * A mismatch raises AssertionError naming what differed (e.g. "JVP of VJP tangent"). The random directions are
 * JAX's: NumPy's {@code RandomState(0).randn} draws (the playground's legacy generator gives NumPy's exact bits),
 * fresh for each check, tangents for the arguments first, then the cotangent.
 */
final class CheckGrads {

    private static final double EPS = 1e-4;

    private final CallContext context;
    private final List<String> modes;
    private final Double atol;
    private final Double rtol;
    private final double eps;

    private CheckGrads(CallContext context, List<String> modes, Double atol, Double rtol, double eps) {
        this.context = context;
        this.modes = modes;
        this.atol = atol;
        this.rtol = rtol;
        this.eps = eps;
    }

    /** {@code jax.test_util}. */
    static ModuleValue module() {
        Map<String, Value> attributes = new LinkedHashMap<>();
        attributes.put("check_grads", Fn.function("check_grads", List.of("f", "args", "order", "modes", "atol",
                "rtol", "eps"), 3, (a, context) -> {
                    List<String> modes = new ArrayList<>();
                    if (a[3] == null) {
                        modes.addAll(List.of("fwd", "rev"));
                    } else {
                        for (Value mode : ((IterableValue) a[3]).items()) {
                            modes.add(Py.toStr(mode, "modes"));
                        }
                    }
                    Double atol = a[4] == null || a[4] == NoneValue.INSTANCE ? null : Py.toDouble(a[4], "atol");
                    Double rtol = a[5] == null || a[5] == NoneValue.INSTANCE ? null : Py.toDouble(a[5], "rtol");
                    double eps = a[6] == null || a[6] == NoneValue.INSTANCE ? EPS : Py.toDouble(a[6], "eps");
                    if (!(a[1] instanceof IterableValue args)) {
                        throw PlaygroundError.typeError("check_grads args must be a tuple, got " + a[1].typeName());
                    }
                    new CheckGrads(context, modes, atol, rtol, eps).check(a[0], List.copyOf(args.items()),
                            Py.toInt(a[2], "order"), "");
                    return NoneValue.INSTANCE;
                }));
        return new ModuleValue("jax.test_util", attributes);
    }

    private void check(Value f, List<Value> args, int order, String message) {
        context.checkBudget();
        if (modes.contains("fwd")) {
            String fwd = message.isEmpty() ? "JVP" : "JVP of " + message;
            checkJvp(f, args, fwd);
            if (order > 1) {
                BuiltinFunction jvpOfF = new BuiltinFunction("jvp", (arguments, inner) ->
                        Linearization.jvp(f, arguments.get(0), arguments.get(1), inner));
                Value tuple = new TupleValue(args);
                check(jvpOfF, List.of(tuple, tuple), order - 1, fwd);
            }
        }
        if (modes.contains("rev")) {
            String rev = message.isEmpty() ? "VJP" : "VJP of " + message;
            checkVjp(f, args, rev);
            if (order > 1) {
                BuiltinFunction vjpOfF = new BuiltinFunction("f_vjp", (arguments, inner) -> {
                    TupleValue pair = (TupleValue) Linearization.vjp(f, arguments.positional(), inner);
                    return inner.call(pair.items().get(1), Arguments.of(pair.items().get(0)));
                });
                check(vjpOfF, args, order - 1, rev);
            }
        }
    }

    private void checkJvp(Value f, List<Value> args, String message) {
        LegacyDraws random = new LegacyDraws(Mt19937.seeded(0));
        Value tangent = randomLike(random, new TupleValue(args));
        TupleValue pair = (TupleValue) Linearization.jvp(f, new TupleValue(args), tangent, context);
        Value expected = context.call(f, new Arguments(args, Map.of()));
        close(pair.items().get(0), expected, message + " primal");
        close(pair.items().get(1), numericalJvp(f, args, items(tangent)), message + " tangent");
    }

    private void checkVjp(Value f, List<Value> args, String message) {
        LegacyDraws random = new LegacyDraws(Mt19937.seeded(0));
        TupleValue pair = (TupleValue) Linearization.vjp(f, args, context);
        Value out = pair.items().get(0);
        close(out, context.call(f, new Arguments(args, Map.of())), message + " primal");
        Value tangent = randomLike(random, new TupleValue(args));
        Value tangentOut = numericalJvp(f, args, items(tangent));
        Value cotangent = randomLike(random, out);
        Value cotangentOut = context.call(pair.items().get(1), Arguments.of(cotangent));
        double ip = innerProduct(tangent, cotangentOut);
        double expected = innerProduct(tangentOut, cotangent);
        double size = 1;
        double a = atol != null ? atol : 2e-3;
        double r = rtol != null ? rtol : 2e-3;
        if (!(Math.abs(ip - expected) <= a * size + r * size * Math.abs(expected))) {
            throw mismatch(message + " cotangent projection", a, r, 1, 1, Math.abs(ip - expected));
        }
    }

    /** (f(args + eps t) - f(args - eps t)) / (2 eps), in each argument's dtype, as JAX's numerical_jvp. */
    private Value numericalJvp(Value f, List<Value> args, List<Value> tangents) {
        List<Value> plus = new ArrayList<>();
        List<Value> minus = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            Value delta = map2(tangents.get(i), tangents.get(i), (t, unused) -> binary(BinaryOperator.MULTIPLY, t,
                    new FloatValue(eps)));
            plus.add(map2(args.get(i), delta, (x, d) -> binary(BinaryOperator.ADD, x, d)));
            minus.add(map2(args.get(i), delta, (x, d) -> binary(BinaryOperator.SUBTRACT, x, d)));
        }
        Value fPlus = context.call(f, new Arguments(plus, Map.of()));
        Value fMinus = context.call(f, new Arguments(minus, Map.of()));
        return map2(fPlus, fMinus, (p, m) -> binary(BinaryOperator.MULTIPLY, binary(BinaryOperator.SUBTRACT, p, m),
                new FloatValue(0.5 / eps)));
    }

    private Value binary(BinaryOperator op, Value a, Value b) {
        return Operators.binary(op, a, b, context.limits());
    }

    private Value map2(Value first, Value second, java.util.function.BinaryOperator<Value> combine) {
        List<Value> a = new ArrayList<>();
        TreeModule.TreeDef structure = TreeModule.flattenTree(first, context, a);
        List<Value> b = new ArrayList<>();
        TreeModule.flattenTree(second, context, b);
        List<Value> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            out.add(combine.apply(a.get(i), b.get(i)));
        }
        return structure.unflatten(new ListValue(out), context);
    }

    /** Standard normal values shaped and typed as each leaf of {@code tree} (a Python float for a Python scalar). */
    private Value randomLike(LegacyDraws random, Value tree) {
        List<Value> leaves = new ArrayList<>();
        TreeModule.TreeDef structure = TreeModule.flattenTree(tree, context, leaves);
        List<Value> out = new ArrayList<>();
        for (Value leaf : leaves) {
            NdArray array = leafArray(leaf);
            if (!(leaf instanceof ArrayValue)) {
                out.add(new FloatValue(random.nextGauss()));
                continue;
            }
            List<Object> values = new ArrayList<>();
            for (long i = 0; i < array.size(); i++) {
                values.add(random.nextGauss());
            }
            NdArray drawn = io.tastelab.array.ArrayNamespace.NUMPY.array(values, DType.FLOAT64).reshape(array.shape());
            out.add(new ArrayValue(drawn.withFlavor(array.flavor()).astype(array.dtype())));
        }
        return structure.unflatten(new ListValue(out), context);
    }

    /** Every leaf of both trees allclose (JAX's check_close: tolerances scaled by the leaf's size). */
    private void close(Value actual, Value expected, String message) {
        List<Value> a = new ArrayList<>();
        TreeModule.flattenTree(actual, context, a);
        List<Value> b = new ArrayList<>();
        TreeModule.flattenTree(expected, context, b);
        if (a.size() != b.size()) {
            throw PlaygroundError.of("AssertionError", message + ": tree structures differ");
        }
        for (int i = 0; i < a.size(); i++) {
            NdArray x = leafArray(a.get(i));
            NdArray y = leafArray(b.get(i));
            double tolerance = x.dtype() == DType.FLOAT64 && y.dtype() == DType.FLOAT64 ? 1e-5 : 2e-3;
            double at = (atol != null ? atol : tolerance) * x.size();
            double rt = (rtol != null ? rtol : tolerance) * y.size();
            double[] xs = x.toDoubleArray();
            double[] ys = y.toDoubleArray();
            if (xs.length != ys.length) {
                throw PlaygroundError.of("AssertionError", message + ": shapes differ");
            }
            int bad = 0;
            double worst = 0;
            for (int k = 0; k < xs.length; k++) {
                double difference = Math.abs(xs[k] - ys[k]);
                boolean equalNan = Double.isNaN(xs[k]) && Double.isNaN(ys[k]);
                if (!equalNan && !(difference <= at + rt * Math.abs(ys[k]))) {
                    bad++;
                    worst = Math.max(worst, difference);
                }
            }
            if (bad > 0) {
                throw mismatch(message, at, rt, bad, xs.length, worst);
            }
        }
    }

    private static PlaygroundError mismatch(String message, double atol, double rtol, int bad, int total,
            double worst) {
        return PlaygroundError.of("AssertionError", "\nNot equal to tolerance rtol=" + (float) rtol + ", atol="
                + (float) atol + "\n" + message + "\nMismatched elements: " + bad + " / " + total + "\nMax absolute "
                + "difference among violations: " + (float) worst);
    }

    private double innerProduct(Value first, Value second) {
        List<Value> a = new ArrayList<>();
        TreeModule.flattenTree(first, context, a);
        List<Value> b = new ArrayList<>();
        TreeModule.flattenTree(second, context, b);
        double total = 0;
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            double[] x = leafArray(a.get(i)).toDoubleArray();
            double[] y = leafArray(b.get(i)).toDoubleArray();
            for (int k = 0; k < Math.min(x.length, y.length); k++) {
                total += x[k] * y[k];
            }
        }
        return total;
    }

    private NdArray leafArray(Value leaf) {
        if (leaf instanceof ArrayValue array) {
            return array.array();
        }
        Object converted = Py.toObject(leaf);
        if (converted == Py.UNCONVERTIBLE || converted == null) {
            throw PlaygroundError.typeError("check_grads: " + leaf.typeName() + " is not an array");
        }
        return Py.guard(() -> io.tastelab.array.ArrayNamespace.NUMPY.asarray(converted, null));
    }

    private static List<Value> items(Value tuple) {
        return List.copyOf(((IterableValue) tuple).items());
    }
}
