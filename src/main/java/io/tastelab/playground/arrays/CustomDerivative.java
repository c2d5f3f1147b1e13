package io.tastelab.playground.arrays;

import io.tastelab.array.CustomRule;
import io.tastelab.array.Shape;
import io.tastelab.array.TraceGraph;
import io.tastelab.playground.interp.Arguments;
import io.tastelab.playground.interp.AttributeDispatch;
import io.tastelab.playground.interp.BoolValue;
import io.tastelab.playground.interp.BuiltinFunction;
import io.tastelab.playground.interp.CallContext;
import io.tastelab.playground.interp.CallableValue;
import io.tastelab.playground.interp.FloatValue;
import io.tastelab.playground.interp.FunctionValue;
import io.tastelab.playground.interp.IntValue;
import io.tastelab.playground.interp.IterableValue;
import io.tastelab.playground.interp.ListValue;
import io.tastelab.playground.interp.NoneValue;
import io.tastelab.playground.interp.Operators;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.StrValue;
import io.tastelab.playground.interp.TupleValue;
import io.tastelab.playground.interp.Value;
import io.tastelab.playground.lang.BinaryOperator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code jax.custom_jvp(fun, nondiff_argnums=())} and {@code jax.custom_vjp(fun, nondiff_argnums=())}: a function
 * with derivative rules of the user's ({@code f.defjvp(jvp)}, {@code f.defjvps(*jvps)}, {@code f.defvjp(fwd, bwd)}).
 *
 * <p>Called plainly, or with tracers of a trace no transformation is differentiating ({@code jax.jit},
 * {@code jax.vmap} alone), it runs {@code fun}. Called with tracers while {@code grad}, {@code jvp}, {@code jacfwd},
 * {@code jacrev} or {@code vjp} differentiates ({@link DifferentiatedCall#level} above 0), it runs the rule one
 * level lower, as JAX does: a custom_jvp's JVP rule is traced once with a symbol per tangent, and the call goes on
 * the tape as one step whose derivatives are the rule's linear part, pushed forward or transposed
 * ({@link CustomRule}); a custom_vjp's {@code fwd} gives the outputs and residuals, and reverse mode calls
 * {@code bwd(res, g)}; forward mode raises JAX's TypeError. The rules' outputs are checked as JAX checks them.
 */
final class CustomDerivative implements CallableValue, AttributeDispatch {

    /** custom_jvp or custom_vjp. */
    enum Kind {
        JVP("custom_jvp"), VJP("custom_vjp");

        private final String pythonName;

        Kind(String pythonName) {
            this.pythonName = pythonName;
        }
    }

    private final Kind kind;
    private final Value function;
    private final TreeSet<Integer> nondiffArgnums = new TreeSet<>();
    /** custom_jvp's rule: {@code rule(*nondiff_args, primals, tangents) -> (primal_out, tangent_out)}. */
    private Value jvpRule;
    /** custom_vjp's rules. */
    private Value fwd;
    private Value bwd;

    /** {@code jax.custom_jvp(fun, nondiff_argnums=())} or {@code jax.custom_vjp(...)} from its bound arguments. */
    CustomDerivative(Kind kind, Value[] a) {
        this.kind = kind;
        if (!(a[0] instanceof CallableValue)) {
            throw PlaygroundError.typeError("Expected a callable value, got " + a[0].repr());
        }
        this.function = a[0];
        if (a[1] != null && a[1] != NoneValue.INSTANCE) {
            if (!(a[1] instanceof IterableValue items) || a[1] instanceof StrValue) {
                throw PlaygroundError.typeError("nondiff_argnums must be a tuple of ints, got " + a[1].repr());
            }
            for (Value item : items.items()) {
                nondiffArgnums.add(Py.toInt(item, "nondiff_argnums"));
            }
        }
    }

    @Override
    public Value getAttribute(String name) {
        return switch (name) {
            case "defjvp" -> kind == Kind.JVP ? Fn.function("defjvp", List.of("jvp", "symbolic_zeros"), 1, (a, c) -> {
                requireCallable(a[0], "jvp");
                refuseSymbolicZeros(a[1]);
                jvpRule = a[0];
                return a[0]; // JAX returns the rule, so `@f.defjvp def f_jvp` keeps f_jvp a function
            }) : null;
            case "defjvps" -> kind == Kind.JVP ? new BuiltinFunction("defjvps", (arguments, context) -> {
                if (!nondiffArgnums.isEmpty()) {
                    throw PlaygroundError.typeError("Can't use ``defjvps`` with ``nondiff_argnums``.");
                }
                jvpRule = perArgumentRule(arguments.positional());
                return NoneValue.INSTANCE;
            }) : null;
            case "defvjp" -> kind == Kind.VJP ? Fn.function("defvjp", List.of("fwd", "bwd", "symbolic_zeros",
                    "optimize_remat"), 2, (a, c) -> {
                        requireCallable(a[0], "fwd");
                        requireCallable(a[1], "bwd");
                        refuseSymbolicZeros(a[2]);
                        fwd = a[0];
                        bwd = a[1];
                        return NoneValue.INSTANCE;
                    }) : null;
            case "fun", "__wrapped__" -> function;
            case "nondiff_argnums" -> new TupleValue(nondiffArgnums.stream().map(i -> (Value) IntValue.of(i))
                    .toList());
            case "__name__" -> new StrValue(functionName());
            default -> null;
        };
    }

    @Override
    public Value call(Arguments arguments, CallContext context) {
        if (kind == Kind.JVP && jvpRule == null) {
            throw PlaygroundError.attributeError("No JVP defined for custom_jvp function " + functionName()
                    + " using defjvp.");
        }
        if (kind == Kind.VJP && fwd == null) {
            throw PlaygroundError.attributeError("No VJP defined for custom_vjp function " + functionName()
                    + " using defvjp.");
        }
        List<Value> args = positional(arguments);
        List<Value> nondiff = new ArrayList<>();
        List<Value> diff = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            (nondiffArgnums.contains(i) || nondiffArgnums.contains(i - args.size()) ? nondiff : diff).add(args.get(i));
        }
        List<Value> leaves = new ArrayList<>();
        TreeModule.TreeDef inputStructure = TreeModule.flattenTree(new TupleValue(diff), context, leaves);
        TracerValue tracer = null;
        for (Value leaf : leaves) {
            if (!isArrayLike(leaf)) {
                throw PlaygroundError.typeError("Value " + leaf.repr() + " of type " + pythonType(leaf)
                        + " is not a valid JAX type");
            }
            if (tracer == null && leaf instanceof TracerValue found) {
                tracer = found;
            }
        }
        if (tracer == null || DifferentiatedCall.level(tracer.graph()) <= 0) {
            return context.call(function, new Arguments(args, Map.of())); // no differentiation: the function itself
        }
        TraceGraph graph = tracer.graph();
        List<TraceGraph.Node> operands = new ArrayList<>();
        for (Value leaf : leaves) {
            operands.add(TracerValue.operand(graph, leaf));
        }
        return kind == Kind.JVP ? jvpCall(graph, nondiff, diff, inputStructure, operands, context)
                : vjpCall(graph, args, nondiff, diff, inputStructure, operands, context);
    }

    /** Under differentiation: the JVP rule traced one level lower, its linear part recorded as the call's rules. */
    private Value jvpCall(TraceGraph graph, List<Value> nondiff, List<Value> diff, TreeModule.TreeDef inputStructure,
            List<TraceGraph.Node> operands, CallContext context) {
        List<TraceGraph.Node> symbols = new ArrayList<>();
        List<Value> tangentLeaves = new ArrayList<>();
        for (TraceGraph.Node operand : operands) {
            TraceGraph.Node symbol = Py.guard(() -> operand.dtype().isFloat() ? CustomRule.tangentSymbol(graph,
                    operand) : graph.constant(io.tastelab.array.ArrayNamespace.JAX.zeros(operand.shape(),
                    operand.dtype())));
            symbols.add(symbol);
            tangentLeaves.add(new TracerValue(graph, symbol));
        }
        Value tangents = inputStructure.unflatten(new ListValue(tangentLeaves), context);
        List<Value> ruleArguments = new ArrayList<>(nondiff);
        ruleArguments.add(new TupleValue(List.copyOf(diff)));
        ruleArguments.add(tangents);
        int ruleStart = graph.tapeSize();
        Value pair = DifferentiatedCall.atLevel(graph, -1, () -> context.call(jvpRule,
                new Arguments(ruleArguments, Map.of())));
        String ruleName = nameOf(jvpRule);
        if (!(pair instanceof TupleValue || pair instanceof ListValue) || ((IterableValue) pair).items().size() != 2) {
            throw PlaygroundError.typeError("Custom JVP rule " + ruleName + " for function " + functionName()
                    + " must produce a pair (list or tuple of length two) representing primal and tangent outputs, "
                    + "but got " + pair.str() + ".");
        }
        List<Value> items = ((IterableValue) pair).items();
        List<Value> primalLeaves = new ArrayList<>();
        TreeModule.TreeDef outputStructure = TreeModule.flattenTree(items.get(0), context, primalLeaves);
        List<Value> tangentOutLeaves = new ArrayList<>();
        TreeModule.TreeDef tangentStructure = TreeModule.flattenTree(items.get(1), context, tangentOutLeaves);
        if (!outputStructure.repr().equals(tangentStructure.repr())) {
            throw PlaygroundError.typeError("Custom JVP rule " + ruleName + " for function " + functionName()
                    + " must produce primal and tangent outputs with equal container (pytree) structures, but got "
                    + outputStructure.repr() + " and " + tangentStructure.repr() + " respectively.");
        }
        List<TraceGraph.Node> primalsOut = outputNodes(graph, primalLeaves);
        List<TraceGraph.Node> tangentsOut = outputNodes(graph, tangentOutLeaves);
        List<String> disagreements = new ArrayList<>();
        for (int k = 0; k < primalsOut.size(); k++) {
            TraceGraph.Node primal = primalsOut.get(k);
            TraceGraph.Node tangent = tangentsOut.get(k);
            if (primal.dtype().isFloat() && (primal.dtype() != tangent.dtype()
                    || !java.util.Arrays.equals(primal.shape(), tangent.shape()))) {
                disagreements.add("  primal " + primal.abstractValue() + " with tangent "
                        + tangent.abstractValue() + ", expecting tangent " + primal.abstractValue());
            }
        }
        if (!disagreements.isEmpty()) {
            if (primalsOut.size() == 1) {
                TraceGraph.Node primal = primalsOut.getFirst();
                throw PlaygroundError.typeError("Custom JVP rule must produce primal and tangent outputs with "
                        + "corresponding shapes and dtypes. Expected " + primal.abstractValue() + " (tangent type of "
                        + primal.abstractValue() + ") but got " + tangentsOut.getFirst().abstractValue() + ".");
            }
            throw PlaygroundError.typeError("Custom JVP rule must produce primal and tangent outputs with "
                    + "corresponding shapes and dtypes, but got:\n" + String.join("\n", disagreements));
        }
        List<TraceGraph.Node> outputs = Py.guard(() -> CustomRule.customJvpCall(graph, functionName(), operands,
                symbols, ruleStart, primalsOut, tangentsOut));
        return outputStructure.unflatten(new ListValue(tracers(graph, outputs)), context);
    }

    /** Under differentiation: {@code fwd} one level lower, and {@code bwd} as the call's reverse rule. */
    private Value vjpCall(TraceGraph graph, List<Value> args, List<Value> nondiff, List<Value> diff,
            TreeModule.TreeDef inputStructure, List<TraceGraph.Node> operands, CallContext context) {
        Value pair = DifferentiatedCall.atLevel(graph, -1, () -> context.call(fwd, new Arguments(args, Map.of())));
        String fwdName = nameOf(fwd);
        if (!(pair instanceof TupleValue || pair instanceof ListValue) || ((IterableValue) pair).items().size() != 2) {
            throw PlaygroundError.typeError("Custom VJP fwd rule " + fwdName + " for function " + functionName()
                    + " must produce a pair (list or tuple of length two) where the first element represents the "
                    + "primal output (equal to those of the custom_vjp-decorated function " + functionName()
                    + ") and the second element represents residuals (i.e. values stored from the forward pass for "
                    + "use on the backward pass), but instead of a pair the fwd rule " + fwdName + " produced "
                    + pair.str() + ".");
        }
        List<Value> items = ((IterableValue) pair).items();
        List<Value> primalLeaves = new ArrayList<>();
        TreeModule.TreeDef outputStructure = TreeModule.flattenTree(items.get(0), context, primalLeaves);
        Value residuals = items.get(1);
        List<TraceGraph.Node> primalsOut = outputNodes(graph, primalLeaves);
        List<TraceGraph.Node> outputs = Py.guard(() -> CustomRule.customVjpCall(graph, functionName(), operands,
                primalsOut, cotangents -> backward(graph, nondiff, diff, inputStructure, operands, residuals,
                        outputStructure, cotangents, context),
                () -> PlaygroundError.typeError("can't apply forward-mode autodiff (jvp) to a custom_vjp function.")));
        return outputStructure.unflatten(new ListValue(tracers(graph, outputs)), context);
    }

    /** {@code bwd(*nondiff_args, res, g)}, checked as JAX checks it: one cotangent (or None) per argument. */
    private List<TraceGraph.Node> backward(TraceGraph graph, List<Value> nondiff, List<Value> diff,
            TreeModule.TreeDef inputStructure, List<TraceGraph.Node> operands, Value residuals,
            TreeModule.TreeDef outputStructure, List<TraceGraph.Node> cotangents, CallContext context) {
        Value g = outputStructure.unflatten(new ListValue(tracers(graph, cotangents)), context);
        List<Value> bwdArguments = new ArrayList<>(nondiff);
        bwdArguments.add(residuals);
        bwdArguments.add(g);
        Value result = context.call(bwd, new Arguments(bwdArguments, Map.of()));
        if (result instanceof ListValue list && list.items().size() == diff.size()) {
            result = new TupleValue(list.items());
        }
        List<Value> parts = result instanceof TupleValue tuple ? tuple.items() : null;
        if (parts == null || parts.size() != diff.size()) {
            List<Value> shown = new ArrayList<>();
            throw PlaygroundError.typeError("Custom VJP bwd rule must produce an output with the same container "
                    + "(pytree) structure as the args tuple of the primal function, and in particular must produce "
                    + "a tuple of length equal to the number of arguments to the primal function, but got bwd output "
                    + "structure " + TreeModule.flattenTree(result, context, shown).repr() + " for primal input "
                    + "structure " + inputStructure.repr() + ".");
        }
        List<TraceGraph.Node> out = new ArrayList<>();
        for (int i = 0; i < diff.size(); i++) {
            List<Value> argumentLeaves = new ArrayList<>();
            TreeModule.TreeDef argumentStructure = TreeModule.flattenTree(diff.get(i), context, argumentLeaves);
            Value part = parts.get(i);
            if (part == NoneValue.INSTANCE) {
                argumentLeaves.forEach(leaf -> out.add(null)); // None: a zero cotangent for the whole argument
                continue;
            }
            List<Value> partLeaves = new ArrayList<>();
            TreeModule.TreeDef partStructure = TreeModule.flattenTree(part, context, partLeaves);
            if (!partStructure.repr().equals(argumentStructure.repr())) {
                throw PlaygroundError.typeError("Custom VJP bwd rule must produce an output with the same container "
                        + "(pytree) structure as the args tuple of the primal function, and in particular must "
                        + "produce a tuple of length equal to the number of arguments to the primal function, but "
                        + "got bwd output structure " + TreeModule.flattenTree(result, context, new ArrayList<>())
                        .repr() + " for primal input structure " + inputStructure.repr() + ".");
            }
            for (Value leaf : partLeaves) {
                TraceGraph.Node operand = operands.get(out.size());
                TraceGraph.Node node = TracerValue.operand(graph, leaf);
                if (node == null) {
                    throw PlaygroundError.typeError("Custom VJP bwd rule " + nameOf(bwd) + " returned " + leaf.repr()
                            + " of type " + pythonType(leaf) + ", which is not a valid JAX type");
                }
                if (operand.dtype().isFloat() && (!java.util.Arrays.equals(node.shape(), operand.shape())
                        || node.dtype() != operand.dtype() && !node.typed().isWeak())) {
                    throw PlaygroundError.valueError("Custom VJP bwd rule attached to " + functionName() + " must "
                            + "produce an output with the same type as the args tuple of the primal function, but at "
                            + "output[" + out.size() + "] the bwd rule produced an output of type "
                            + node.abstractValue() + " corresponding to an input of type " + operand.abstractValue());
                }
                out.add(node);
            }
        }
        return out;
    }

    /**
     * {@code defjvps(*jvps)}: one rule per argument, {@code jvp_i(t_i, primal_out, *primals)}, whose tangents are
     * summed (JAX's {@code defjvps}); None is a zero tangent for that argument.
     */
    private Value perArgumentRule(List<Value> jvps) {
        for (Value jvp : jvps) {
            if (jvp != NoneValue.INSTANCE) {
                requireCallable(jvp, "jvp");
            }
        }
        List<Value> rules = List.copyOf(jvps);
        return new BuiltinFunction("jvp", (arguments, context) -> {
            List<Value> primals = ((IterableValue) arguments.get(0)).items();
            List<Value> tangents = ((IterableValue) arguments.get(1)).items();
            Value primalOut = context.call(this, new Arguments(primals, Map.of()));
            List<Value> outLeaves = new ArrayList<>();
            TreeModule.TreeDef structure = TreeModule.flattenTree(primalOut, context, outLeaves);
            List<Value> sums = null;
            for (int i = 0; i < Math.min(rules.size(), tangents.size()); i++) {
                if (rules.get(i) == NoneValue.INSTANCE) {
                    continue;
                }
                List<Value> ruleArguments = new ArrayList<>();
                ruleArguments.add(tangents.get(i));
                ruleArguments.add(primalOut);
                ruleArguments.addAll(primals);
                List<Value> leaves = new ArrayList<>();
                TreeModule.flattenTree(context.call(rules.get(i), new Arguments(ruleArguments, Map.of())), context,
                        leaves);
                if (sums == null) {
                    sums = leaves;
                } else {
                    for (int k = 0; k < Math.min(sums.size(), leaves.size()); k++) {
                        sums.set(k, Operators.binary(BinaryOperator.ADD, sums.get(k), leaves.get(k), context.limits()));
                    }
                }
            }
            Value tangentOut;
            if (sums == null) {
                List<Value> zeros = new ArrayList<>();
                for (Value leaf : outLeaves) {
                    zeros.add(Operators.binary(BinaryOperator.MULTIPLY, leaf, new FloatValue(0.0), context.limits()));
                }
                tangentOut = structure.unflatten(new ListValue(zeros), context);
            } else {
                tangentOut = sums.size() == outLeaves.size() ? structure.unflatten(new ListValue(sums), context)
                        : sums.getFirst();
            }
            return TupleValue.of(primalOut, tangentOut);
        });
    }

    /** The call's positional arguments, keywords bound by the function's parameter names (JAX's resolve_kwargs). */
    private List<Value> positional(Arguments arguments) {
        List<Value> args = new ArrayList<>(arguments.positional());
        if (arguments.keywords().isEmpty()) {
            return args;
        }
        Map<String, Value> keywords = new LinkedHashMap<>(arguments.keywords());
        if (function instanceof FunctionValue f) {
            List<String> names = f.parameterNames();
            for (int i = args.size(); i < names.size() && keywords.containsKey(names.get(i)); i++) {
                args.add(keywords.remove(names.get(i)));
            }
        }
        if (!keywords.isEmpty()) {
            throw PlaygroundError.typeError("The input arguments to the " + kind.pythonName + "-decorated function "
                    + functionName() + " could not be resolved to positional-only arguments. Binding failed with the "
                    + "error:\n" + "got an unexpected keyword argument '" + keywords.keySet().iterator().next() + "'");
        }
        return args;
    }

    /** The graph nodes of a rule's output leaves (a Python scalar becomes a constant). */
    private List<TraceGraph.Node> outputNodes(TraceGraph graph, List<Value> leaves) {
        List<TraceGraph.Node> nodes = new ArrayList<>();
        for (Value leaf : leaves) {
            TraceGraph.Node node = TracerValue.operand(graph, leaf);
            if (node == null) {
                throw PlaygroundError.typeError("Value " + leaf.repr() + " of type " + pythonType(leaf)
                        + " is not a valid JAX type");
            }
            nodes.add(node);
        }
        return nodes;
    }

    private static List<Value> tracers(TraceGraph graph, List<TraceGraph.Node> nodes) {
        List<Value> values = new ArrayList<>();
        for (TraceGraph.Node node : nodes) {
            values.add(new TracerValue(graph, node));
        }
        return values;
    }

    private static boolean isArrayLike(Value leaf) {
        return leaf instanceof TracerValue || leaf instanceof ArrayValue || leaf instanceof FloatValue
                || leaf instanceof IntValue || leaf instanceof BoolValue;
    }

    private static String pythonType(Value value) {
        return "<class '" + value.typeName() + "'>";
    }

    private static void requireCallable(Value value, String what) {
        if (!(value instanceof CallableValue)) {
            throw PlaygroundError.typeError("Expected a callable value for " + what + ", got " + value.repr());
        }
    }

    /** JAX's symbolic_zeros=True hands the rules SymbolicZero objects, which the playground does not have. */
    private static void refuseSymbolicZeros(Value symbolicZeros) {
        if (symbolicZeros != null && symbolicZeros.isTruthy()) {
            throw PlaygroundError.of("NotImplementedError", "symbolic_zeros=True is not supported by the playground: "
                    + "its rules get every tangent and cotangent as an array (zeros where JAX would pass a "
                    + "SymbolicZero)");
        }
    }

    private static String nameOf(Value rule) {
        return rule instanceof FunctionValue f ? f.name() : rule instanceof CallableValue ? "jvp" : rule.repr();
    }

    private String functionName() {
        return function instanceof FunctionValue f ? f.name() : "function";
    }

    @Override
    public String typeName() {
        return kind.pythonName;
    }

    @Override
    public String repr() {
        return "<jax._src.custom_derivatives." + kind.pythonName + " object of " + functionName() + ">";
    }
}
