package io.tastelab.playground.arrays;

import io.tastelab.array.DType;
import io.tastelab.playground.interp.Arguments;
import io.tastelab.playground.interp.AttributeDispatch;
import io.tastelab.playground.interp.BoolValue;
import io.tastelab.playground.interp.BuiltinFunction;
import io.tastelab.playground.interp.CallContext;
import io.tastelab.playground.interp.CallableValue;
import io.tastelab.playground.interp.FloatValue;
import io.tastelab.playground.interp.IntValue;
import io.tastelab.playground.interp.ListValue;
import io.tastelab.playground.interp.ModuleValue;
import io.tastelab.playground.interp.NoneValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.TupleValue;
import io.tastelab.playground.interp.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The basics of {@code jax.lax} that JAX's introductory pages use. The element-wise ops ({@code lax.add} ...)
 * are {@code jax.numpy}'s without implicit promotion: operands of different dtypes are JAX's TypeError, except a
 * weakly typed Python scalar, which takes the other operand's dtype of the same kind. The control-flow functions
 * ({@code fori_loop}, {@code while_loop}, {@code scan}) trace their body once, as {@code jax.jit} does, and run the
 * traced graph per iteration, so a body with Python side effects behaves as in JAX (the sharp bits' iterator
 * example); each iteration checks the cell's budget, so Cancel and the time limit stop a long loop. {@code cond}
 * with a concrete predicate runs one branch; with a traced one it runs both and selects, as XLA does.
 * {@code switch} picks among any number of branches as {@code cond} between two. {@code map} is {@code scan}
 * without a carry. {@code stop_gradient} passes its operand's value on, and inside a
 * trace records JAX's {@code stop_gradient} primitive, through which no gradient flows.
 */
final class LaxModule {

    /** The element-wise ops and the jax.numpy function of each, which JAX's TypeError suggests. */
    private static final Map<String, String> ELEMENTWISE = Map.ofEntries(Map.entry("add", "add"),
            Map.entry("sub", "subtract"), Map.entry("mul", "multiply"), Map.entry("div", "divide"),
            Map.entry("max", "maximum"), Map.entry("min", "minimum"), Map.entry("pow", "power"),
            Map.entry("rem", "remainder"), Map.entry("atan2", "arctan2"), Map.entry("nextafter", "nextafter"));
    private static final List<String> UNARY = List.of("exp", "log", "sin", "cos", "tan", "tanh", "sqrt", "abs",
            "neg", "sign", "floor", "ceil", "log1p", "expm1", "rsqrt", "logistic");

    private final ModuleValue jnp;
    private final JitStatistics statistics;
    private final JitFunction.Traces traces;

    private LaxModule(ModuleValue jnp, JitStatistics statistics, JitFunction.Traces traces) {
        this.jnp = jnp;
        this.statistics = statistics;
        this.traces = traces;
    }

    static ModuleValue create(ModuleValue jnp, JitStatistics statistics, JitFunction.Traces traces) {
        return new LaxModule(jnp, statistics, traces).module();
    }

    private ModuleValue module() {
        Map<String, Value> functions = new LinkedHashMap<>();
        ELEMENTWISE.forEach((name, numpyName) -> functions.put(name, new BuiltinFunction(name,
                (arguments, context) -> elementwise(name, numpyName, arguments, context))));
        functions.put("integer_pow", new BuiltinFunction("integer_pow", (arguments, context) -> {
            Value[] a = arguments.bind("integer_pow", List.of("x", "y"), 2);
            if (!(a[1] instanceof io.tastelab.playground.interp.IntValue)) {
                throw PlaygroundError.typeError("lax.integer_pow's y must be a Python int, got " + a[1].typeName());
            }
            Typed x = typed(a[0]);
            if (x != null && x.dtype().isBool()) {
                // JAX's words (lax's dtype rule).
                throw PlaygroundError.typeError("integer_pow does not accept dtype bool. Accepted dtypes are "
                        + "subtypes of integer, floating, complex.");
            }
            // jnp.power of a Python int exponent is lax.integer_pow, eager and traced.
            return context.call(jnp("power"), Arguments.of(a[0], a[1]));
        }));
        for (String name : UNARY) {
            String numpyName = switch (name) {
                case "neg" -> "negative";
                case "abs" -> "absolute";
                default -> name;
            };
            functions.put(name, new BuiltinFunction(name, (arguments, context) -> {
                Value x = arguments.bind(name, List.of("x"), 1)[0];
                return switch (name) {
                    case "rsqrt" -> context.call(jnp("divide"), Arguments.of(new FloatValue(1.0),
                            context.call(jnp("sqrt"), Arguments.of(x))));
                    case "logistic" -> context.call(jnp("divide"), Arguments.of(new FloatValue(1.0),
                            context.call(jnp("add"), Arguments.of(new FloatValue(1.0),
                                    context.call(jnp("exp"), Arguments.of(context.call(jnp("negative"),
                                            Arguments.of(x))))))));
                    default -> context.call(jnp(numpyName), Arguments.of(x));
                };
            }));
        }
        LaxConvolutions.register(functions);
        functions.put("fori_loop", new BuiltinFunction("fori_loop", this::foriLoop));
        functions.put("while_loop", new BuiltinFunction("while_loop", this::whileLoop));
        functions.put("scan", new BuiltinFunction("scan", this::scan));
        functions.put("cond", new BuiltinFunction("cond", this::cond));
        functions.put("map", new BuiltinFunction("map", this::map));
        functions.put("switch", new BuiltinFunction("switch", this::switchBranches));
        functions.put("stop_gradient", new BuiltinFunction("stop_gradient", (arguments, context) ->
                stopGradient(arguments.bind("stop_gradient", List.of("x"), 1)[0], context)));
        functions.put("select", new BuiltinFunction("select", (arguments, context) -> {
            Value[] a = arguments.bind("select", List.of("pred", "on_true", "on_false"), 3);
            return context.call(jnp("where"), Arguments.of(a[0], a[1], a[2]));
        }));
        return new ModuleValue("jax.lax", functions);
    }

    private Value jnp(String name) {
        Value function = ((AttributeDispatch) jnp).getAttribute(name);
        if (function == null) {
            throw PlaygroundError.attributeError("module 'jax.numpy' has no attribute '" + name + "'");
        }
        return function;
    }

    // ---------------------------------------------------------------- element-wise, without promotion

    /** An operand's dtype and whether it is weakly typed (a Python scalar, or an array marked so). */
    private record Typed(DType dtype, boolean weak) {
    }

    private static Typed typed(Value value) {
        if (value instanceof ArrayValue array) {
            DType dtype = io.tastelab.array.Flavor.JAX.canonical(array.array().dtype());
            return new Typed(dtype, array.array().isWeaklyTyped());
        }
        if (value instanceof TracerValue tracer) {
            return new Typed(tracer.node().dtype(), tracer.node().typed().isWeak());
        }
        if (value instanceof BoolValue) {
            return new Typed(DType.BOOL, false);
        }
        if (value instanceof IntValue) {
            return new Typed(DType.INT32, true);
        }
        if (value instanceof FloatValue) {
            return new Typed(DType.FLOAT32, true);
        }
        return null;
    }

    private Value elementwise(String name, String numpyName, Arguments arguments, CallContext context) {
        Value[] a = arguments.bind(name, List.of("x", "y"), 2);
        Typed x = typed(a[0]);
        Typed y = typed(a[1]);
        if (x == null || y == null) {
            Value bad = x == null ? a[0] : a[1];
            throw PlaygroundError.typeError("lax." + name + " requires array arguments, got " + bad.typeName());
        }
        Value left = a[0];
        Value right = a[1];
        if (name.equals("pow") && x.dtype().isInexact() && y.dtype().isInteger()) {
            // lax.pow takes an integer exponent as it is (pow's dtype rule) and XLA converts it to the base's type:
            // a float power, not jnp.power's integer_pow of a Python int.
            right = cast(right, x.dtype(), context);
            y = x;
        }
        if (x.dtype() != y.dtype()) {
            if (x.weak() && !y.weak() && x.dtype().kind() == y.dtype().kind()) {
                left = cast(left, y.dtype(), context);
            } else if (y.weak() && !x.weak() && x.dtype().kind() == y.dtype().kind()) {
                right = cast(right, x.dtype(), context);
            } else {
                // JAX's words (lax.check_same_dtypes).
                throw PlaygroundError.typeError("lax." + name + " requires arguments to have the same dtypes, got "
                        + x.dtype() + ", " + y.dtype() + ". (Tip: jnp." + numpyName + " is a similar function that "
                        + "does automatic type promotion on inputs).");
            }
        }
        return context.call(jnp(numpyName), Arguments.of(left, right));
    }

    private Value cast(Value value, DType dtype, CallContext context) {
        return context.call(jnp("asarray"), new Arguments(List.of(value),
                Map.of("dtype", new io.tastelab.playground.interp.StrValue(dtype.numpyName()))));
    }

    // ---------------------------------------------------------------- control flow

    /** A body traced once and run as a graph per call, as JAX's loops do; a Python function is wrapped in jit. */
    private Value traced(Value function) {
        return new JitFunction(function, null, statistics, traces);
    }

    private Value foriLoop(Arguments arguments, CallContext context) {
        Value[] a = arguments.bind("fori_loop", List.of("lower", "upper", "body_fun", "init_val", "unroll"), 4);
        long lower = Py.toLong(a[0], "lower");
        long upper = Py.toLong(a[1], "upper");
        try {
            return foriLoop(lower, upper, traced(a[2]), a[3], context);
        } catch (PlaygroundError error) {
            if (!isUntraceable(error)) {
                throw error;
            }
            // A body the playground cannot trace (array[i] with the traced index i) runs as Python, per iteration.
            return foriLoop(lower, upper, a[2], a[3], context);
        }
    }

    private static Value foriLoop(long lower, long upper, Value body, Value init, CallContext context) {
        Value carry = init;
        for (long i = lower; i < upper; i++) {
            context.checkBudget();
            carry = context.call(body, Arguments.of(IntValue.of(i), carry));
        }
        return carry;
    }

    private static boolean isUntraceable(PlaygroundError error) {
        return error.type().equals("NotImplementedError") && error.pythonMessage().contains("cannot trace");
    }

    private Value whileLoop(Arguments arguments, CallContext context) {
        Value[] a = arguments.bind("while_loop", List.of("cond_fun", "body_fun", "init_val"), 3);
        Value condition = traced(a[0]);
        Value body = traced(a[1]);
        Value carry = a[2];
        while (context.call(condition, Arguments.of(carry)).isTruthy()) {
            context.checkBudget();
            carry = context.call(body, Arguments.of(carry));
        }
        return carry;
    }

    private Value scan(Arguments arguments, CallContext context) {
        Value[] a = arguments.bind("scan", List.of("f", "init", "xs", "length", "reverse", "unroll"), 2);
        Value body = traced(a[0]);
        Value xs = a[2] == null ? NoneValue.INSTANCE : a[2];
        boolean reverse = a[4] != null && a[4].isTruthy();
        List<Value> xLeaves = new ArrayList<>();
        Value xStructure = structureOf(xs, xLeaves);
        long length = -1;
        if (a[3] != null && a[3] != NoneValue.INSTANCE) {
            length = Py.toLong(a[3], "length");
        }
        for (Value leaf : xLeaves) {
            long leading = leadingLength(leaf);
            if (length >= 0 && leading != length) {
                throw PlaygroundError.valueError("scan got `length` argument of " + length
                        + " which disagrees with leading axis sizes [" + leading + "].");
            }
            length = leading;
        }
        if (length < 0) {
            throw PlaygroundError.valueError("scan got no values to scan over and `length` not provided.");
        }
        Value carry = a[1];
        List<Value> ys = new ArrayList<>();
        for (long step = 0; step < length; step++) {
            context.checkBudget();
            long i = reverse ? length - 1 - step : step;
            List<Value> slices = new ArrayList<>();
            for (Value leaf : xLeaves) {
                slices.add(((io.tastelab.playground.interp.SubscriptDispatch) leaf).getItem(IntValue.of(i)));
            }
            Value x = rebuild(xStructure, slices.iterator());
            Value result = context.call(body, Arguments.of(carry, x));
            if (!(result instanceof TupleValue pair) || pair.items().size() != 2) {
                throw PlaygroundError.typeError("scan body function must return a pair (carry, y), got "
                        + result.typeName());
            }
            carry = pair.items().get(0);
            ys.add(pair.items().get(1));
        }
        if (reverse) {
            java.util.Collections.reverse(ys);
        }
        return TupleValue.of(carry, stackTrees(ys, context));
    }

    /** ys of every step, stacked leaf by leaf on a new leading axis (None when the body returned None). */
    private Value stackTrees(List<Value> ys, CallContext context) {
        if (ys.isEmpty() || ys.getFirst() == NoneValue.INSTANCE) {
            return NoneValue.INSTANCE;
        }
        List<Value> firstLeaves = new ArrayList<>();
        Value structure = structureOf(ys.getFirst(), firstLeaves);
        List<List<Value>> columns = new ArrayList<>();
        for (int j = 0; j < firstLeaves.size(); j++) {
            columns.add(new ArrayList<>());
        }
        for (Value y : ys) {
            List<Value> leaves = new ArrayList<>();
            structureOf(y, leaves);
            for (int j = 0; j < leaves.size(); j++) {
                columns.get(j).add(leaves.get(j));
            }
        }
        List<Value> stacked = new ArrayList<>();
        for (List<Value> column : columns) {
            stacked.add(context.call(jnp("stack"), Arguments.of(new ListValue(column))));
        }
        return rebuild(structure, stacked.iterator());
    }

    /** Where a leaf was, in a structure built by {@link #structureOf}. */
    private static final Value LEAF = new io.tastelab.playground.interp.StrValue("<leaf>");

    /** Tuples and lists are walked (their leaves collected); anything else is one leaf, marked by LEAF. */
    private static Value structureOf(Value tree, List<Value> leaves) {
        if (tree instanceof TupleValue || tree instanceof ListValue) {
            List<Value> items = new ArrayList<>();
            for (Value item : ((io.tastelab.playground.interp.IterableValue) tree).items()) {
                items.add(structureOf(item, leaves));
            }
            return tree instanceof TupleValue ? new TupleValue(items) : new ListValue(items);
        }
        if (tree == NoneValue.INSTANCE) {
            return tree;
        }
        leaves.add(tree);
        return LEAF;
    }

    private static Value rebuild(Value structure, java.util.Iterator<Value> leaves) {
        if (structure == LEAF) {
            return leaves.next();
        }
        if (structure instanceof TupleValue || structure instanceof ListValue) {
            List<Value> items = new ArrayList<>();
            for (Value item : ((io.tastelab.playground.interp.IterableValue) structure).items()) {
                items.add(rebuild(item, leaves));
            }
            return structure instanceof TupleValue ? new TupleValue(items) : new ListValue(items);
        }
        return structure;
    }

    private static long leadingLength(Value leaf) {
        if (leaf instanceof ArrayValue array && array.array().ndim() > 0) {
            return array.array().shape()[0];
        }
        if (leaf instanceof TracerValue tracer && tracer.node().shape().length > 0) {
            // Inside a trace (jax.jit, make_jaxpr) the scan is unrolled: one traced slice per step.
            return tracer.node().shape()[0];
        }
        throw PlaygroundError.valueError("scan got value with no leading axis to scan over: " + leaf.repr());
    }

    /** {@code lax.map(f, xs)}: {@code f} applied to each leading-axis slice of {@code xs}, the results stacked. */
    private Value map(Arguments arguments, CallContext context) {
        Value[] a = arguments.bind("map", List.of("f", "xs", "batch_size"), 2);
        if (a[2] != null && a[2] != NoneValue.INSTANCE) {
            throw PlaygroundError.of("NotImplementedError", "the playground's lax.map takes no batch_size");
        }
        Value function = a[0];
        BuiltinFunction body = new BuiltinFunction("map_body", (stepArguments, stepContext) -> TupleValue.of(
                NoneValue.INSTANCE, stepContext.call(function, Arguments.of(stepArguments.get(1)))));
        Value result = scan(new Arguments(List.of(body, NoneValue.INSTANCE, a[1]), Map.of()), context);
        return ((TupleValue) result).items().get(1);
    }

    /**
     * {@code lax.stop_gradient(x)} for a pytree {@code x}: each traced leaf through JAX's {@code stop_gradient}
     * primitive (its value, with a zero derivative); a concrete array or scalar as a JAX array, as JAX returns.
     */
    private Value stopGradient(Value x, CallContext context) {
        if (x instanceof ArrayValue || x instanceof FloatValue || x instanceof IntValue || x instanceof BoolValue) {
            return context.call(jnp("asarray"), Arguments.of(x));
        }
        return DifferentiatedCall.mapTracers(x, tracer -> new TracerValue(tracer.graph(),
                Py.guard(() -> tracer.graph().stopGradient(tracer.node()))));
    }

    /**
     * {@code lax.switch(index, branches, *operands)}: the branch at {@code index} clamped to the branches' range,
     * as JAX clamps it. A concrete index runs that branch alone; a traced one runs every branch and selects each
     * output leaf by the index, as XLA's case does.
     */
    private Value switchBranches(Arguments arguments, CallContext context) {
        List<Value> positional = arguments.positional();
        if (positional.size() < 2 || !arguments.keywords().isEmpty()) {
            throw PlaygroundError.typeError("switch() takes index, branches and the operands by position");
        }
        List<Value> branches = positional.get(1) instanceof io.tastelab.playground.interp.IterableValue iterable
                ? iterable.items() : List.of();
        if (branches.isEmpty()) {
            throw PlaygroundError.valueError("Empty branch sequence");
        }
        Value index = positional.getFirst();
        Arguments operands = new Arguments(positional.subList(2, positional.size()), Map.of());
        int last = branches.size() - 1;
        if (!(index instanceof TracerValue)) {
            long i = Math.max(0, Math.min(last, Py.toLong(index, "index")));
            return context.call(branches.get((int) i), operands);
        }
        List<List<Value>> leaves = new ArrayList<>();
        Value structure = null;
        for (Value branch : branches) {
            List<Value> branchLeaves = new ArrayList<>();
            structure = structureOf(context.call(branch, operands), branchLeaves);
            leaves.add(branchLeaves);
        }
        List<Value> selected = new ArrayList<>(leaves.get(last));
        for (int b = last - 1; b >= 0; b--) {
            Value chosen = context.call(jnp(b == 0 ? "less_equal" : "equal"), Arguments.of(index, IntValue.of(b)));
            for (int k = 0; k < selected.size(); k++) {
                selected.set(k, context.call(jnp("where"), Arguments.of(chosen, leaves.get(b).get(k),
                        selected.get(k))));
            }
        }
        return rebuild(structure, selected.iterator());
    }

    private Value cond(Arguments arguments, CallContext context) {
        List<Value> positional = arguments.positional();
        if (positional.size() < 3 || !arguments.keywords().isEmpty()) {
            throw PlaygroundError.typeError("cond() takes pred, true_fun, false_fun and the operands by position");
        }
        Value predicate = positional.get(0);
        if (!(positional.get(1) instanceof CallableValue && positional.get(2) instanceof CallableValue)) {
            // JAX still takes its old per-branch form cond(pred, true_operand, true_fun, false_operand, false_fun)
            if (positional.get(2) instanceof CallableValue && positional.size() == 5
                    && positional.get(4) instanceof CallableValue) {
                return branch(predicate, positional.get(2), Arguments.of(positional.get(1)), positional.get(4),
                        Arguments.of(positional.get(3)), context);
            }
            throw PlaygroundError.typeError("lax.cond: true_fun and false_fun arguments should be callable.");
        }
        Arguments operands = new Arguments(positional.subList(3, positional.size()), Map.of());
        return branch(predicate, positional.get(1), operands, positional.get(2), operands, context);
    }

    /** Runs the branch {@code predicate} picks; with a traced predicate both, selected elementwise. */
    private Value branch(Value predicate, Value trueFun, Arguments trueOperands, Value falseFun,
            Arguments falseOperands, CallContext context) {
        if (predicate instanceof TracerValue) {
            Value onTrue = context.call(trueFun, trueOperands);
            Value onFalse = context.call(falseFun, falseOperands);
            if (onTrue == NoneValue.INSTANCE && onFalse == NoneValue.INSTANCE) {
                return NoneValue.INSTANCE; // branches run for their effects only (jax.debug calls)
            }
            return context.call(jnp("where"), Arguments.of(predicate, onTrue, onFalse));
        }
        return predicate.isTruthy() ? context.call(trueFun, trueOperands) : context.call(falseFun, falseOperands);
    }
}
