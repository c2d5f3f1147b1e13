package io.tastelab.playground.arrays;

import io.tastelab.playground.interp.Arguments;
import io.tastelab.playground.interp.AttributeDispatch;
import io.tastelab.playground.interp.CallContext;
import io.tastelab.playground.interp.FloatValue;
import io.tastelab.playground.interp.IntValue;
import io.tastelab.playground.interp.ModuleValue;
import io.tastelab.playground.interp.NoneValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.TupleValue;
import io.tastelab.playground.interp.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code jax.nn}: the activation functions and helpers that JAX's tutorials use, each written as JAX's own source
 * writes it, in {@code jax.numpy} and {@code jax.lax} calls, so they run, trace, {@code jit} and differentiate
 * like any jnp code. {@code relu}'s gradient at 0 is 0, as JAX defines it. {@code softplus} is
 * {@code logaddexp(x, 0)} and {@code elu}/{@code selu}/{@code celu} use {@code expm1}, as in JAX.
 */
final class NnModule {

    /** {@code gelu}'s {@code sqrt(2 / pi)}, rounded to float32 as JAX's {@code .astype(x.dtype)} does. */
    private static final double SQRT_2_OVER_PI = (float) Math.sqrt(2 / Math.PI);

    private final ModuleValue jnp;
    private final ModuleValue lax;

    private NnModule(ModuleValue jnp, ModuleValue lax) {
        this.jnp = jnp;
        this.lax = lax;
    }

    static ModuleValue create(ModuleValue jnp, ModuleValue lax) {
        return new NnModule(jnp, lax).module();
    }

    private ModuleValue module() {
        Map<String, Value> functions = new LinkedHashMap<>();
        functions.put("identity", Fn.function("identity", List.of("x"), 1, (a, c) -> jnp(c, "asarray", a[0])));
        functions.put("relu", Fn.function("relu", List.of("x"), 1, (a, c) -> relu(a[0], c)));
        functions.put("relu6", Fn.function("relu6", List.of("x"), 1, (a, c) ->
                // minimum(maximum(x, 0), 6.), with the gradient 0 outside (0, 6) as JAX's jvp rule.
                jnp(c, "where", jnp(c, "greater_equal", a[0], IntValue.of(6)), new FloatValue(6.0), relu(a[0], c))));
        functions.put("sigmoid", Fn.function("sigmoid", List.of("x"), 1, (a, c) -> sigmoid(a[0], c)));
        Value silu = Fn.function("silu", List.of("x"), 1, (a, c) ->
                jnp(c, "multiply", jnp(c, "asarray", a[0]), sigmoid(a[0], c)));
        functions.put("silu", silu);
        functions.put("swish", silu);
        functions.put("leaky_relu", Fn.function("leaky_relu", List.of("x", "negative_slope"), 1, (a, c) -> {
            Value slope = a[1] == null ? new FloatValue(1e-2) : a[1];
            return jnp(c, "where", jnp(c, "greater_equal", a[0], IntValue.of(0)), a[0],
                    jnp(c, "multiply", slope, a[0]));
        }));
        Value softplus = Fn.function("softplus", List.of("x"), 1, (a, c) -> jnp(c, "logaddexp", a[0],
                IntValue.of(0)));
        functions.put("softplus", softplus);
        functions.put("log_sigmoid", Fn.function("log_sigmoid", List.of("x"), 1, (a, c) -> jnp(c, "negative",
                c.call(softplus, io.tastelab.playground.interp.Arguments.of(jnp(c, "negative", a[0]))))));
        functions.put("elu", Fn.function("elu", List.of("x", "alpha"), 1, (a, c) ->
                elu(a[0], a[1] == null ? new FloatValue(1.0) : a[1], c)));
        // JAX's constants, as jax.nn.selu writes them
        functions.put("selu", Fn.function("selu", List.of("x"), 1, (a, c) -> jnp(c, "multiply",
                new FloatValue(1.0507009873554804934193349852946), elu(a[0],
                        new FloatValue(1.6732632423543772848170429916717), c))));
        functions.put("celu", Fn.function("celu", List.of("x", "alpha"), 1, (a, c) -> {
            Value alpha = a[1] == null ? new FloatValue(1.0) : a[1];
            return jnp(c, "add", jnp(c, "maximum", a[0], new FloatValue(0.0)), jnp(c, "multiply", alpha,
                    jnp(c, "expm1", jnp(c, "divide", jnp(c, "minimum", a[0], new FloatValue(0.0)), alpha))));
        }));
        functions.put("hard_tanh", Fn.function("hard_tanh", List.of("x"), 1, (a, c) ->
                jnp(c, "where", jnp(c, "greater", a[0], IntValue.of(1)), IntValue.of(1),
                        jnp(c, "where", jnp(c, "less", a[0], IntValue.of(-1)), IntValue.of(-1), a[0]))));
        functions.put("gelu", Fn.function("gelu", List.of("x", "approximate"), 1, (a, c) -> gelu(a, c)));
        functions.put("softmax", Fn.function("softmax", List.of("x", "axis", "where"), 1, (a, c) -> {
            refuseWhere("softmax", a[2]);
            Value axis = a[1] == null ? IntValue.of(-1) : a[1];
            Value unnormalized = jnp(c, "exp", jnp(c, "subtract", a[0], stopGradient(c, maxKeepdims(c, a[0], axis))));
            return jnp(c, "divide", unnormalized, sumKeepdims(c, unnormalized, axis));
        }));
        functions.put("log_softmax", Fn.function("log_softmax", List.of("x", "axis", "where"), 1, (a, c) -> {
            refuseWhere("log_softmax", a[2]);
            Value axis = a[1] == null ? IntValue.of(-1) : a[1];
            Value shifted = jnp(c, "subtract", a[0], stopGradient(c, maxKeepdims(c, a[0], axis)));
            return jnp(c, "subtract", shifted, jnp(c, "log", sumKeepdims(c, jnp(c, "exp", shifted), axis)));
        }));
        functions.put("logsumexp", Fn.function("logsumexp", List.of("a", "axis", "b", "keepdims", "return_sign",
                "where"), 1, (a, c) -> logsumexp(a, c)));
        functions.put("one_hot", Fn.function("one_hot", List.of("x", "num_classes", "dtype", "axis"), 2,
                (a, c) -> oneHot(a, c)));
        return new ModuleValue("jax.nn", functions);
    }

    /** JAX's elu: {@code where(x > 0, x, alpha * expm1(where(x > 0, 0., x)))}, expm1 never of a large x. */
    private Value elu(Value x, Value alpha, CallContext context) {
        Value positive = jnp(context, "greater", x, IntValue.of(0));
        Value safe = jnp(context, "where", positive, new FloatValue(0.0), x);
        return jnp(context, "where", positive, x, jnp(context, "multiply", alpha, jnp(context, "expm1", safe)));
    }

    /** {@code where(x > 0, x, 0)} keeping NaN: the value of {@code maximum(x, 0)}, the gradient 0 at 0. */
    private Value relu(Value x, CallContext context) {
        return jnp(context, "where", jnp(context, "greater", x, IntValue.of(0)), x,
                jnp(context, "where", jnp(context, "less_equal", x, IntValue.of(0)), IntValue.of(0), x));
    }

    private Value sigmoid(Value x, CallContext context) {
        return context.call(lax("logistic"), Arguments.of(x));
    }

    /** JAX's tanh approximation by default; {@code approximate=False} needs erf, which the playground lacks. */
    private Value gelu(Value[] a, CallContext context) {
        if (a[1] != null && !a[1].isTruthy()) {
            throw PlaygroundError.of("NotImplementedError", "jax.nn.gelu(approximate=False) needs erf, which the "
                    + "playground does not have; the default approximate=True works");
        }
        Value x = jnp(context, "asarray", a[0]);
        Value cube = jnp(context, "power", x, IntValue.of(3));
        Value inner = jnp(context, "multiply", new FloatValue(SQRT_2_OVER_PI),
                jnp(context, "add", x, jnp(context, "multiply", new FloatValue(0.044715), cube)));
        Value cdf = jnp(context, "multiply", new FloatValue(0.5),
                jnp(context, "add", new FloatValue(1.0), jnp(context, "tanh", inner)));
        return jnp(context, "multiply", x, cdf);
    }

    /** {@code log(sum(exp(a - max)))) + max}, the maximum held out of the gradient and 0 where it is infinite. */
    private Value logsumexp(Value[] a, CallContext context) {
        if (a[2] != null && a[2] != NoneValue.INSTANCE || a[4] != null && a[4].isTruthy()) {
            throw PlaygroundError.of("NotImplementedError", "the playground's logsumexp takes no b= or "
                    + "return_sign=True");
        }
        refuseWhere("logsumexp", a[5]);
        Value axis = a[1] == null ? NoneValue.INSTANCE : a[1];
        boolean keepdims = a[3] != null && a[3].isTruthy();
        Value max = maxKeepdims(context, a[0], axis);
        max = stopGradient(context, jnp(context, "where", jnp(context, "isfinite", max), max, IntValue.of(0)));
        Value out = jnp(context, "log", sumKeepdims(context, jnp(context, "exp", jnp(context, "subtract", a[0], max)),
                axis));
        out = jnp(context, "add", out, max);
        if (!keepdims) {
            out = axis == NoneValue.INSTANCE ? jnp(context, "reshape", out, new TupleValue(List.of()))
                    : jnp(context, "squeeze", out, axis);
        }
        return out;
    }

    /** {@code x[..., None] == arange(num_classes)} along {@code axis}, as {@code dtype} (float32 by default). */
    private Value oneHot(Value[] a, CallContext context) {
        Value x = jnp(context, "asarray", a[0]);
        int classes = Py.toInt(a[1], "num_classes");
        int outputRank = Py.toShape(((AttributeDispatch) x).getAttribute("shape")).length + 1;
        int axis = a[3] == null ? -1 : Py.toInt(a[3], "axis");
        if (axis < -outputRank || axis >= outputRank) {
            throw PlaygroundError.of("AxisError", "axis " + axis + " is out of bounds for array of dimension "
                    + outputRank);
        }
        axis = axis < 0 ? axis + outputRank : axis;
        Value[] shape = new Value[outputRank];
        for (int d = 0; d < outputRank; d++) {
            shape[d] = IntValue.of(d == axis ? classes : 1);
        }
        Value classIds = jnp(context, "reshape", jnp(context, "arange", IntValue.of(classes)),
                new TupleValue(List.of(shape)));
        Value hot = jnp(context, "equal", jnp(context, "expand_dims", x, IntValue.of(axis)), classIds);
        Value dtype = a[2] == null ? ((AttributeDispatch) jnp).getAttribute("float32") : a[2];
        return context.call(jnp("asarray"), new Arguments(List.of(hot), Map.of("dtype", dtype)));
    }

    private static void refuseWhere(String function, Value where) {
        if (where != null && where != NoneValue.INSTANCE) {
            throw PlaygroundError.of("NotImplementedError", "the playground's jax.nn." + function
                    + " takes no where=");
        }
    }

    private Value maxKeepdims(CallContext context, Value x, Value axis) {
        return context.call(jnp("max"), new Arguments(List.of(x), Map.of("axis", axis, "keepdims",
                io.tastelab.playground.interp.BoolValue.TRUE)));
    }

    private Value sumKeepdims(CallContext context, Value x, Value axis) {
        return context.call(jnp("sum"), new Arguments(List.of(x), Map.of("axis", axis, "keepdims",
                io.tastelab.playground.interp.BoolValue.TRUE)));
    }

    private Value stopGradient(CallContext context, Value x) {
        return context.call(lax("stop_gradient"), Arguments.of(x));
    }

    private Value jnp(CallContext context, String name, Value... arguments) {
        return context.call(jnp(name), Arguments.of(arguments));
    }

    private Value jnp(String name) {
        return attribute(jnp, "jax.numpy", name);
    }

    private Value lax(String name) {
        return attribute(lax, "jax.lax", name);
    }

    private static Value attribute(ModuleValue module, String moduleName, String name) {
        Value function = ((AttributeDispatch) module).getAttribute(name);
        if (function == null) {
            throw PlaygroundError.attributeError("module '" + moduleName + "' has no attribute '" + name + "'");
        }
        return function;
    }
}
