package io.tastelab.array;

import io.tastelab.array.nd4j.NdStorage;
import io.tastelab.array.nd4j.SameDiffGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A traced array program, the array layer's side of {@code jax.jit}: inputs of a fixed shape and dtype, the
 * ops applied to them with JAX's shape and promotion rules (64-bit types off), compiled into an ND4J SameDiff
 * graph that {@link #run} executes on new inputs of the same signature.
 *
 * <p>Only ops whose ND4J kernels match jax.numpy's semantics are offered; anything else is refused with
 * {@link UntraceableOpException} naming the op, never silently run eagerly. float32 exp, log, sum and mean are the
 * exception the other way: ND4J's kernels do not give eager jnp's bits, so they run between parts of the graph with
 * eager jnp's own code. Not thread-safe.
 */
public final class TraceGraph {

    /**
     * A value in the graph.
     *
     * @param id    its variable in the SameDiff graph
     * @param shape its shape
     * @param typed its dtype and JAX weak-type flag
     * @param nanFree true for a constant known to hold no NaN (lets maximum/minimum skip the NaN fix-up)
     */
    public record Node(int id, int[] shape, Promotion.Typed typed, boolean nanFree) {

        Node(int id, int[] shape, Promotion.Typed typed) {
            this(id, shape, typed, false);
        }

        public DType dtype() {
            return typed.dtype();
        }

        /** JAX's abstract value: {@code float32[2048,2048]}. */
        public String abstractValue() {
            return typed.dtype() + "[" + Shape.compact(shape).replace("(", "").replace(")", "").replace(" ", "")
                    .replaceAll(",$", "") + "]";
        }
    }

    private final SameDiffGraph graph = new SameDiffGraph();
    /** The JAX transformation this trace is for, named in errors: {@code jax.jit} or {@code jax.grad}. */
    private final String transform;

    /** A trace for {@code jax.jit}. */
    public TraceGraph() {
        this("jax.jit");
    }

    /** A trace for {@code transform} ({@code jax.jit}, {@code jax.grad}), which errors name. */
    public TraceGraph(String transform) {
        this.transform = transform;
    }

    /**
     * Called between the ops of a run and the steps of a derivative, where a long computation may stop: the
     * playground's budget check, which throws once a cell is cancelled or past its time limit.
     */
    private Runnable checkpoint = () -> { };

    /** Sets what {@link #checkpoint()} calls: the caller's Cancel and time-limit check. */
    public void checkpointWith(Runnable check) {
        this.checkpoint = java.util.Objects.requireNonNull(check);
    }

    /** Throws if the computation this graph serves was cancelled or ran out of time. */
    public void checkpoint() {
        checkpoint.run();
    }

    /** The transformation this trace is for: {@code jax.jit}, {@code jax.grad}, {@code jax.make_jaxpr}. */
    public String transform() {
        return transform;
    }

    /** ND4J's graphs have no complex type: a complex value cannot enter a trace. */
    private void refuseComplex(DType dtype) {
        if (dtype.isComplex()) {
            throw untraceable(dtype + " arrays");
        }
    }

    /** The error for an op this trace cannot record. */
    public UntraceableOpException untraceable(String op) {
        return new UntraceableOpException(transform, op);
    }
    /** The values of constant nodes, by variable id. */
    private final java.util.Map<Integer, NdArray> constants = new java.util.HashMap<>();
    private final List<Node> inputs = new ArrayList<>();
    /**
     * float32 exp, log, sum and mean, computed between parts of the graph with eager jnp's own code: ND4J's exp and
     * log do not give JAX's bits, and its sums add in another order than eager jnp's.
     */
    private final List<HostOp> hostOps = new ArrayList<>();
    /** Every traced op with its derivative rule, in trace order: what {@link TraceGradients} walks back. */
    private final List<Step> tape = new ArrayList<>();
    private int opCount;

    /**
     * The cotangents of an op's operands given its output's cotangent (JAX's transposed JVP rule), built from
     * traced ops themselves so that derivatives can be differentiated again. An entry is null where no
     * gradient flows (an integer or bool operand).
     */
    @FunctionalInterface
    interface Vjp {
        List<Node> apply(Node cotangent);
    }

    /**
     * The tangent of an op's output given its operands' tangents (JAX's JVP rule, in the same float32 operations),
     * built from traced ops. A tangent is null where it is zero (a constant or integer operand); each tangent has the
     * pass's leading basis dimensions ({@link TraceTangents.Pass#prefix}) before its primal's shape. Null result: zero.
     */
    @FunctionalInterface
    interface Jvp {
        Node apply(TraceTangents.Pass pass, List<Node> tangents);
    }

    /**
     * One traced op: its name (for errors), its output, its operands and its derivative rules; {@code custom} is
     * non-null for a call of a function with user-defined derivative rules ({@code jax.custom_jvp},
     * {@code jax.custom_vjp}), which may have several outputs and whose rules take and give all of them at once.
     */
    record Step(String name, Node output, List<Node> operands, Vjp vjp, Jvp jvp, CustomRule custom) {

        Step(String name, Node output, List<Node> operands, Vjp vjp, Jvp jvp) {
            this(name, output, operands, vjp, jvp, null);
        }

        /** Every output: the one of an op, all of a custom call's. */
        List<Node> outputs() {
            return custom == null ? List.of(output) : custom.outputs();
        }
    }

    private Node record(String name, Node output, List<Node> operands, Vjp vjp, Jvp jvp) {
        tape.add(new Step(name, output, operands, vjp, jvp));
        return output;
    }

    /** Records a call with user-defined derivative rules, whose outputs {@code custom} holds. */
    void recordCustom(String name, List<Node> operands, CustomRule custom) {
        tape.add(new Step(name, custom.outputs().getFirst(), List.copyOf(operands), null, null, custom));
    }

    /**
     * A new variable holding {@code a}'s value, recorded on no tape: a custom call's output (whose derivative
     * rules are the call's, not {@code a}'s) or the symbol standing for a tangent while a JVP rule is traced.
     */
    Node copyOf(Node a) {
        Node out = new Node(graph.identity(a.id), a.shape, a.typed, a.nanFree);
        if (jaxpr != null) {
            jaxpr.alias(out, a);
        }
        return out;
    }

    /** A new variable of {@code a}'s type standing for no computed value: a custom_jvp rule's tangent symbol. */
    Node symbolLike(Node a) {
        Node out = new Node(graph.identity(a.id), a.shape, a.typed, false);
        if (jaxpr != null) {
            jaxpr.phantom(out);
        }
        return out;
    }

    /**
     * Takes off the tape the steps from position {@code from} on that depend, through other such steps, on the
     * variables {@code roots}, and returns them in order; the other steps stay. What a traced JVP rule did to its
     * tangent symbols is its linear part, which the custom call's derivative rules replay.
     */
    List<Step> detachDependents(int from, java.util.Collection<Node> roots) {
        java.util.Set<Integer> dependent = new java.util.HashSet<>();
        roots.forEach(root -> dependent.add(root.id));
        List<Step> taken = new ArrayList<>();
        List<Step> kept = new ArrayList<>();
        for (Step step : tape.subList(from, tape.size())) {
            if (step.operands().stream().anyMatch(operand -> dependent.contains(operand.id))) {
                step.outputs().forEach(output -> dependent.add(output.id));
                taken.add(step);
            } else {
                kept.add(step);
            }
        }
        tape.subList(from, tape.size()).clear();
        tape.addAll(kept);
        return taken;
    }

    /** Drops the steps from position {@code from} on: a traced function whose derivative rules are custom. */
    void truncateTape(int from) {
        tape.subList(from, tape.size()).clear();
    }

    /** The equations as jax.make_jaxpr prints them, while recording; null otherwise. */
    private Jaxpr jaxpr;
    /** Above 0 while an op is built from other public ops that JAX shows as one equation. */
    private int jaxprSuspended;

    /** Records every op from now on as a jaxpr equation ({@code jax.make_jaxpr}). */
    public void recordJaxpr() {
        jaxpr = new Jaxpr(constants);
    }

    /** The recorded jaxpr's text for the function's {@code inputs} and {@code outputs}. */
    public String jaxprText(List<Node> inputs, List<Node> outputs) {
        if (jaxpr == null) {
            throw new IllegalStateException("this trace does not record a jaxpr");
        }
        return jaxpr.text(inputs, outputs);
    }

    private boolean recording() {
        return jaxpr != null && jaxprSuspended == 0;
    }

    /** An elementwise equation: operands in {@code dtype} (literals, converts) and broadcast to {@code shape}. */
    private void elementwiseEqn(String primitive, Node out, DType dtype, int[] shape, Node... operands) {
        if (!recording()) {
            return;
        }
        Object[] inputs = new Object[operands.length];
        for (int i = 0; i < operands.length; i++) {
            inputs[i] = jaxpr.broadcastOperand(jaxpr.operand(operands[i], dtype), shape);
        }
        jaxpr.eqn(primitive, "", out, inputs);
    }

    private void eqn(String primitive, String params, Node out, Object... inputs) {
        if (recording()) {
            jaxpr.eqn(primitive, params, out, inputs);
        }
    }

    /** How many ops the tape holds: where a gradient's walk back starts. */
    public int tapeSize() {
        return tape.size();
    }

    /** The tape's steps from {@code from} to {@code to}, a copy. */
    List<Step> steps(int from, int to) {
        return List.copyOf(tape.subList(from, to));
    }

    /**
     * {@code compute} of the value of float32 variable {@code input} (of {@code inputShape}), fed to the graph as
     * variable {@code result}.
     */
    private record HostOp(java.util.function.UnaryOperator<NdArray> compute, int input, int[] inputShape, int result) {
    }

    /** A float32 node computed by {@code compute} from {@code operand} (a float32 variable) outside the graph. */
    private int hostOp(java.util.function.UnaryOperator<NdArray> compute, int operand, int[] operandShape,
            int[] resultShape) {
        int[] inputShape = operandShape.clone();
        int result = graph.hostValue(DType.FLOAT32, resultShape, operand,
                storage -> compute.apply(NdArray.wrap(Flavor.JAX, storage, inputShape)).contiguousStorage());
        hostOps.add(new HostOp(compute, operand, inputShape, result));
        return result;
    }

    /** A new input of {@code shape} and {@code dtype}. */
    public Node input(int[] shape, DType dtype) {
        refuseComplex(dtype);
        Node node = new Node(graph.placeholder(dtype, shape), shape.clone(), Promotion.Typed.strong(dtype));
        inputs.add(node);
        return node;
    }

    /** A new input shaped and typed as {@code example}, weakly typed if it is (a Python scalar made an array). */
    public Node input(NdArray example) {
        refuseComplex(example.dtype());
        Node node = new Node(graph.placeholder(example.dtype(), example.shape()), example.shape(), example.typed());
        inputs.add(node);
        return node;
    }

    /** A constant array captured by the traced function (a closed-over array or a Python scalar). */
    public Node constant(NdArray value) {
        refuseComplex(value.dtype());
        NdArray x = value.withFlavor(Flavor.JAX);
        boolean nanFree = !x.dtype().isFloat() || java.util.Arrays.stream(x.toDoubleArray()).noneMatch(Double::isNaN);
        Node node = new Node(graph.constant(x.contiguousStorage(), x.shape()), x.shape(), x.typed(), nanFree);
        constants.put(node.id(), x);
        return node;
    }

    /**
     * {@code jnp.zeros_like}/{@code ones_like}: a constant filled with {@code fill}, of {@code a}'s shape and dtype
     * (weakly typed where {@code a} is, as lax.full_like keeps it) unless {@code dtype}/{@code shape} are given.
     */
    public Node filledLike(Node a, DType dtype, int[] shape, double fill) {
        DType type = dtype == null ? a.dtype() : dtype;
        NdArray value = ArrayNamespace.JAX.full(shape == null ? a.shape : shape, ArrayNamespace.JAX.scalar(fill, type),
                type);
        return constant(dtype == null ? value.withWeak(a.typed.weak()) : value);
    }

    /** A Python scalar operand: weakly typed, as JAX treats it. */
    public Node constant(Object pythonScalar) {
        return constant(Creation.fromNested(Flavor.JAX, pythonScalar, null));
    }

    /** How many ops were traced. */
    public int opCount() {
        return opCount;
    }

    /** An elementwise binary op with broadcasting and JAX's promotion. */
    public Node binary(BinaryOp op, Node a, Node b) {
        if (op == BinaryOp.REMAINDER) {
            return remainder(a, b);
        }
        if (op == BinaryOp.LOGADDEXP) {
            return logaddexp(a, b);
        }
        if (op == BinaryOp.POWER) {
            return power(a, b);
        }
        String name = switch (op) {
            case ADD -> "add";
            case SUBTRACT -> "sub";
            case MULTIPLY -> "mul";
            case DIVIDE -> "div";
            case MAXIMUM -> "max";
            case MINIMUM -> "min";
            case LESS -> "lt";
            case LESS_EQUAL -> "lte";
            case GREATER -> "gt";
            case GREATER_EQUAL -> "gte";
            case EQUAL -> "eq";
            case NOT_EQUAL -> "neq";
            default -> throw untraceable(op.ufuncName() + " (" + (op.operator() == null ? "jnp."
                    + op.ufuncName() : op.operator()) + ")");
        };
        int[] shape;
        try {
            shape = Shape.broadcast(Flavor.JAX, a.shape, b.shape);
        } catch (ArrayException e) {
            throw e;
        }
        Promotion.Typed result = Promotion.resultType(Flavor.JAX, a.typed, b.typed);
        DType computeIn = op == BinaryOp.DIVIDE ? Promotion.trueDivide(Flavor.JAX, result.dtype()) : result.dtype();
        if ((op == BinaryOp.DIVIDE || op == BinaryOp.MAXIMUM || op == BinaryOp.MINIMUM) && !computeIn.isFloat()) {
            throw untraceable(op.ufuncName() + " on " + computeIn + " operands");
        }
        if (computeIn == DType.BOOL && !op.isComparison()) {
            // jnp's + and * of bools are logical or/and (and - an error); SameDiff's arithmetic refuses BOOL.
            throw untraceable(op.ufuncName() + " on bool operands");
        }
        int x = castIfNeeded(a, computeIn);
        int y = castIfNeeded(b, computeIn);
        opCount++;
        int id;
        if ((op == BinaryOp.MAXIMUM || op == BinaryOp.MINIMUM) && computeIn.isFloat()) {
            // ND4J's pairwise max/min keep a NaN only in their second operand (p > q ? p : q); jax.numpy
            // propagates NaN from either side. With a NaN-free constant on one side, the other goes second;
            // otherwise NaN positions are patched in with where (slow in ND4J M2.1, but exact).
            Node constant = a.nanFree && constants.containsKey(a.id) ? a : b.nanFree && constants.containsKey(b.id)
                    ? b : null;
            if (constant != null) {
                // ND4J's same-shape kernel keeps a NaN of its second operand; its scalar and broadcast kernels
                // drop NaN either way. So the NaN-free constant is expanded to the full shape (once, at trace
                // time) and goes first.
                Node other = constant == a ? b : a;
                NdArray full = ArrayNamespace.JAX.full(shape, constants.get(constant.id).astype(computeIn), computeIn);
                int expanded = graph.constant(full.contiguousStorage(), shape);
                id = graph.binary(name, expanded, broadcastTo(constant == a ? y : x, other.shape, shape));
            } else {
                // where(x == x, where(y == y, max(x, y), y), x): a NaN on either side wins (where is slow in
                // ND4J M2.1, but exact).
                int xb = broadcastTo(x, a.shape, shape);
                int yb = broadcastTo(y, b.shape, shape);
                id = graph.where(graph.binary("eq", xb, xb), graph.where(graph.binary("eq", yb, yb),
                        graph.binary(name, xb, yb), yb), xb);
            }
        } else if (op == BinaryOp.DIVIDE && Shape.size(b.shape) == 1 && !Shape.equal(b.shape, shape)) {
            // As eager jnp (and XLA): a division by a broadcast scalar multiplies by its reciprocal.
            id = graph.binary("mul", x, graph.binary("div", graph.scalar(computeIn, 1.0), y));
        } else {
            id = graph.binary(name, x, y);
        }
        String primitive = switch (name) {
            case "lte" -> "le";
            case "gte" -> "ge";
            case "neq" -> "ne";
            default -> name;
        };
        if (op.isComparison()) {
            // As eager jnp: a comparison of weakly typed operands is a weak bool (lax's weak-type rule: all inputs
            // weak, after jnp promoted them). No gradient flows through a bool.
            Node compared = new Node(id, shape, new Promotion.Typed(DType.BOOL,
                    result.isWeak() ? Promotion.Weak.BOOL : Promotion.Weak.NONE));
            elementwiseEqn(primitive, compared, computeIn, shape, a, b);
            return compared;
        }
        Promotion.Typed typed = op == BinaryOp.DIVIDE ? new Promotion.Typed(computeIn, result.weak()) : result;
        Node out = new Node(id, shape, typed);
        elementwiseEqn(primitive, out, computeIn, shape, a, b);
        return record(name, out, List.of(a, b), g -> TraceGradients.binaryRule(this, op, a, b, out, g),
                (p, t) -> TraceTangents.binaryRule(p, op, a, b, out, t.get(0), t.get(1)));
    }

    /**
     * {@code a % b} of integers by a constant divisor with no zero in it ({@code x % 2 == 0}): SameDiff's floor
     * modulo, which is Python's and jax.numpy's remainder there (the sign of the divisor). Float operands, traced or
     * zero divisors (where XLA's integer remainder and C's differ) and make_jaxpr (JAX writes % as rem, select and
     * add) are refused by name.
     */
    private Node remainder(Node a, Node b) {
        Promotion.Typed result = Promotion.resultType(Flavor.JAX, a.typed, b.typed);
        NdArray divisor = constants.get(b.id);
        boolean nonZero = divisor != null && divisor.dtype().isInteger()
                && java.util.Arrays.stream(divisor.toLongArray()).noneMatch(v -> v == 0);
        if (!result.dtype().isInteger() || !nonZero) {
            throw untraceable("remainder (%) other than of integers by a constant divisor with no zero in it");
        }
        if (recording()) {
            throw untraceable("remainder (%) in jax.make_jaxpr");
        }
        int[] shape = Shape.broadcast(Flavor.JAX, a.shape, b.shape);
        int x = castIfNeeded(a, result.dtype());
        int y = castIfNeeded(b, result.dtype());
        opCount++;
        Node out = new Node(graph.binary("floormod", x, y), shape, result);
        // Integers carry no gradient.
        return record("rem", out, List.of(a, b), g -> java.util.Arrays.asList(null, null),
                (p, t) -> null);
    }

    /**
     * {@code a ** n} for a Python int {@code n}: jnp.power's first case, lax.integer_pow of {@code a} (a bool base
     * made int32 first, as promote_dtypes_numeric does).
     */
    public Node integerPower(Node a, long n) {
        if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
            // As eager jnp: JAX converts the Python int to int32 first.
            throw new ArrayOverflowError("An overflow was encountered while parsing an argument to a jitted "
                    + "computation, whose argument path is y. Got <class 'int'> with value " + n);
        }
        return integerPow(a.dtype().isBool() ? astype(a, DType.INT32) : a, n);
    }

    /**
     * jnp.power / {@code **} as JAX: a concrete integer exponent (a Python int, a 0-d integer constant) is
     * lax.integer_pow; any other (a float, an array, a traced value) is lax.pow of float operands, computed by eager
     * jnp's own code between parts of the graph so a jitted power gives eager jnp's bits. Integer powers with a
     * traced exponent (JAX's {@code _pow_int_int}) are refused by name.
     */
    private Node power(Node a, Node b) {
        NdArray concrete = constants.get(b.id);
        if (concrete != null && Ops.isConcreteIntegerExponent(concrete)) {
            return integerPower(a, concrete.toLongArray()[0]);
        }
        Promotion.Typed promoted = Promotion.resultType(Flavor.JAX, a.typed, b.typed);
        DType dtype = promoted.dtype();
        if (!dtype.isFloat()) {
            throw untraceable("power (**) of " + dtype + " by a traced exponent (JAX's _pow_int_int)");
        }
        if (dtype != DType.FLOAT32) {
            throw untraceable("power (**) of " + dtype + " operands");
        }
        int[] shape = Shape.broadcast(Flavor.JAX, a.shape, b.shape);
        // As eager jnp.power: an integer exponent array makes the float result strong.
        Promotion.Typed typed = !b.typed.isWeak() && b.dtype().isInteger()
                ? Promotion.Typed.strong(dtype) : promoted;
        opCount++;
        int id;
        NdArray base = constants.get(a.id);
        if (concrete != null || base != null) {
            // One traced operand: the constant one goes into the host op as it is, so its type and value stay eager's.
            boolean baseIsConstant = concrete == null;
            Node traced = baseIsConstant ? b : a;
            NdArray fixed = baseIsConstant ? base : concrete;
            id = hostOp(x -> baseIsConstant ? Ops.binary(BinaryOp.POWER, fixed, x, Flavor.JAX)
                    : Ops.binary(BinaryOp.POWER, x, fixed, Flavor.JAX), castIfNeeded(traced, DType.FLOAT32),
                    traced.shape, shape);
        } else {
            // Both traced: stacked into one float32 operand (the pair along a new first axis), split again outside.
            int x = broadcastTo(castIfNeeded(a, DType.FLOAT32), a.shape, shape);
            int y = broadcastTo(castIfNeeded(b, DType.FLOAT32), b.shape, shape);
            int[] pairShape = new int[shape.length + 1];
            pairShape[0] = 2;
            System.arraycopy(shape, 0, pairShape, 1, shape.length);
            id = hostOp(pair -> Ops.binary(BinaryOp.POWER, pair.get(0), pair.get(1), Flavor.JAX),
                    graph.stack(0, x, y), pairShape, shape);
        }
        Node out = new Node(id, shape, typed);
        if (recording()) {
            // lax.pow keeps an integer exponent as it is (pow's dtype rule), and converts a float one to the base's.
            jaxpr.eqn("pow", "", out, jaxpr.broadcastOperand(jaxpr.operand(a, DType.FLOAT32), shape),
                    jaxpr.broadcastOperand(jaxpr.operand(b, b.dtype().isInteger() ? b.dtype() : DType.FLOAT32),
                            shape));
        }
        return record("pow", out, List.of(a, b), g -> TraceGradients.powerRule(this, a, b, out, g),
                (p, t) -> TraceTangents.powerRule(p, a, b, out, t.get(0), t.get(1)));
    }

    /**
     * lax.integer_pow of {@code a} (float or integer), one step on the tape, for any int32 {@code n}: in float32
     * eager jnp's own code ({@link IntegerPower}) between parts of the graph, so a jitted power gives eager jnp's
     * bits; in integer types repeated multiplication in lax's order (which wraps as eager's does); {@code n = 0}
     * gives ones. The derivative rules' {@code integer_pow(y, -2)} and {@code integer_pow(x, n - 1)} are this op, so
     * their own derivatives follow integer_pow's rule as in JAX.
     */
    Node integerPow(Node a, long n) {
        if (a.dtype().isBool()) {
            throw untraceable("** on bool operands");
        }
        if (n < 0 && !a.dtype().isFloat()) {
            // lax's dtype rule, as eager jnp raises it.
            throw new ArrayTypeError("Integers cannot be raised to negative powers, got integer_pow("
                    + a.abstractValue() + ", " + n + ")");
        }
        if (n == 1) {
            return a;
        }
        Node out;
        if (n == 0) {
            // lax's full_like(x, 1): a constant, through which no gradient flows (the rule's zeros).
            NdArray ones = ArrayNamespace.JAX.full(a.shape, ArrayNamespace.JAX.scalar(1, a.dtype()), a.dtype());
            out = constant(a.typed.isWeak() ? ones.withWeak(a.typed.weak()) : ones);
        } else if (a.dtype() == DType.FLOAT32) {
            opCount++;
            out = new Node(hostOp(x -> IntegerPower.of(x, n), a.id, a.shape, a.shape), a.shape, a.typed);
        } else if (a.dtype().isFloat()) {
            throw untraceable("x ** " + n + " of " + a.dtype());
        } else {
            Node result = null;
            Node square = a;
            for (long bits = n; bits > 0; bits >>= 1) {
                if ((bits & 1) != 0) {
                    result = result == null ? square : mul(result, square);
                }
                if (bits > 1) {
                    square = mul(square, square);
                }
            }
            out = result;
        }
        // One step on the tape, with lax.integer_pow's rule (the multiplications above are not steps of their own).
        Node result = out;
        eqn("integer_pow", "y=" + n, result, a);
        return record("integer_pow", result, List.of(a), g -> TraceGradients.integerPowerRule(this, a, n, g),
                (p, t) -> TraceTangents.integerPowerRule(p, a, n, t.get(0)));
    }

    private Node mul(Node x, Node y) {
        opCount++;
        return new Node(graph.binary("mul", x.id, y.id), x.shape, x.typed);
    }

    /**
     * {@code jnp.logaddexp} as JAX writes it, in traced ops (so grad and jvp follow it): the larger operand plus
     * log1p(exp(-|x1 - x2|)), and x1 + x2 where the difference is NaN (a NaN, or infinities of one sign).
     */
    private Node logaddexp(Node a, Node b) {
        DType computeIn = Promotion.inexact(Flavor.JAX, Promotion.resultType(Flavor.JAX, a.typed, b.typed).dtype());
        Node x = a.dtype().isFloat() ? a : astype(a, computeIn);
        Node y = b.dtype().isFloat() ? b : astype(b, computeIn);
        Node delta = binary(BinaryOp.SUBTRACT, x, y);
        Node tail = unary(UnaryOp.LOG1P, unary(UnaryOp.EXP, unary(UnaryOp.NEGATIVE, unary(UnaryOp.ABSOLUTE, delta))));
        return where(binary(BinaryOp.NOT_EQUAL, delta, delta), binary(BinaryOp.ADD, x, y),
                binary(BinaryOp.ADD, binary(BinaryOp.MAXIMUM, x, y), tail));
    }

    /** An elementwise unary op. */
    public Node unary(UnaryOp op, Node a) {
        String name = switch (op) {
            case NEGATIVE -> "neg";
            case ABSOLUTE -> "abs";
            case EXP -> "exp";
            case LOG -> "log";
            case SQRT -> "sqrt";
            case SIN -> "sin";
            case COS -> "cos";
            case TANH -> "tanh";
            case LOG1P -> "log1p";
            case EXPM1 -> "expm1";
            case LOG2 -> "log2";
            case EXP2 -> "exp2";
            case POSITIVE -> null;
            default -> throw untraceable(op.ufuncName());
        };
        if (name == null) {
            return a;
        }
        DType computeIn = op.isInexact() ? Promotion.inexact(Flavor.JAX, a.dtype()) : a.dtype();
        // A bool operand of exp, sin, ... is converted to float32 first, as jnp does; -, abs and sign of bools are not.
        if ((a.dtype().isBool() && !op.isInexact()) || (a.dtype().isUnsigned() && op == UnaryOp.NEGATIVE)) {
            throw untraceable(op.ufuncName() + " on " + a.dtype());
        }
        // ND4J's graphs lack these four; in float32 they run outside the graph, as eager jnp computes them.
        boolean hostOnly = op == UnaryOp.LOG1P || op == UnaryOp.EXPM1 || op == UnaryOp.LOG2 || op == UnaryOp.EXP2;
        if (hostOnly && computeIn != DType.FLOAT32) {
            throw untraceable(op.ufuncName() + " of " + computeIn);
        }
        opCount++;
        int operand = castIfNeeded(a, computeIn);
        Promotion.Typed typed = new Promotion.Typed(computeIn, a.typed.weak());
        Node out;
        if (computeIn == DType.FLOAT32 && (op == UnaryOp.EXP || op == UnaryOp.LOG || op == UnaryOp.TANH || hostOnly)) {
            // Eager jnp gives XLA's own float32 exp, log and tanh (Float32Math); so must a jitted function.
            out = new Node(hostOp(x -> Ops.unary(op, x, Flavor.JAX), operand, a.shape, a.shape), a.shape, typed);
        } else {
            out = new Node(graph.unary(name, operand), a.shape, typed);
        }
        Node result = out;
        if (recording()) {
            jaxpr.eqn(name, "", out, jaxpr.operand(a, computeIn));
        }
        return record(name, out, List.of(a), g -> TraceGradients.unaryRule(this, op, a, result, g),
                (p, t) -> TraceTangents.unaryRule(p, op, a, result, t.get(0)));
    }

    /**
     * {@code a @ b} for float operands of 1 or 2 dimensions: a 1-D operand is made a row (left) or a column
     * (right) and that dimension is dropped from the product, as NumPy's matmul does.
     */
    public Node matmul(Node a, Node b) {
        if (a.shape.length < 1 || a.shape.length > 2 || b.shape.length < 1 || b.shape.length > 2) {
            throw untraceable("matmul of " + a.shape.length + "-D and " + b.shape.length
                    + "-D operands (the playground's jit traces 1-D and 2-D matmul only)");
        }
        if (a.shape.length == 1 || b.shape.length == 1) {
            int k = a.shape[a.shape.length - 1];
            if (k != b.shape[0]) {
                throw new ArrayValueError("matmul: Input operand 1 has a mismatch in its core dimension 0, with "
                        + "gufunc signature (n?,k),(k,m?)->(n?,m?) (size " + b.shape[0] + " is different from " + k
                        + ")");
            }
            jaxprSuspended++;
            Node vectorProduct;
            try {
                Node left = a.shape.length == 1 ? reshape(a, new int[] {1, k}) : a;
                Node right = b.shape.length == 1 ? reshape(b, new int[] {k, 1}) : b;
                Node product = matmul(left, right);
                int[] shape = a.shape.length == 1 && b.shape.length == 1 ? new int[0] : a.shape.length == 1
                        ? new int[] {b.shape[1]} : new int[] {a.shape[0]};
                vectorProduct = reshape(product, shape);
            } finally {
                jaxprSuspended--;
            }
            dotGeneralEqn(vectorProduct, a, b);
            return vectorProduct;
        }
        if (a.shape[1] != b.shape[0]) {
            throw new ArrayValueError("matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc "
                    + "signature (n?,k),(k,m?)->(n?,m?) (size " + b.shape[0] + " is different from " + a.shape[1] + ")");
        }
        Promotion.Typed result = Promotion.resultType(Flavor.JAX, a.typed, b.typed);
        if (!result.dtype().isFloat()) {
            throw untraceable("matmul on " + result.dtype() + " operands");
        }
        opCount++;
        int id = graph.matmul(castIfNeeded(a, result.dtype()), castIfNeeded(b, result.dtype()));
        Node out = new Node(id, new int[] {a.shape[0], b.shape[1]}, result);
        dotGeneralEqn(out, a, b);
        return record("matmul", out, List.of(a, b), g -> TraceGradients.matmulRule(this, a, b, g),
                (p, t) -> TraceTangents.matmulRule(p, a, b, t.get(0), t.get(1)));
    }

    /** JAX's dot_general of {@code a} (its last axis) with {@code b} (its first axis). */
    private void dotGeneralEqn(Node out, Node a, Node b) {
        if (recording()) {
            jaxpr.eqn("dot_general", "dimension_numbers=(([" + (a.shape.length - 1) + "], [0]), ([], [])) "
                    + "precision=None preferred_element_type=" + out.dtype(), out,
                    jaxpr.operand(a, out.dtype()), jaxpr.operand(b, out.dtype()));
        }
    }

    /** {@code where(condition, x, y)} with broadcasting (operands are tiled to the common shape). */
    public Node where(Node condition, Node x, Node y) {
        int[] shape = Shape.broadcast(Flavor.JAX, condition.shape, x.shape, y.shape);
        Promotion.Typed result = Promotion.resultType(Flavor.JAX, x.typed, y.typed);
        opCount++;
        int id = graph.where(broadcastTo(castIfNeeded(condition, DType.BOOL), condition.shape, shape),
                broadcastTo(castIfNeeded(x, result.dtype()), x.shape, shape),
                broadcastTo(castIfNeeded(y, result.dtype()), y.shape, shape));
        Node out = new Node(id, shape, result);
        if (recording()) {
            // jnp.where(c, x, y) is lax.select_n(c, y, x): the false case first.
            jaxpr.eqn("select_n", "", out, jaxpr.broadcastOperand(jaxpr.operand(condition, DType.BOOL), shape),
                    jaxpr.broadcastOperand(jaxpr.operand(y, result.dtype()), shape),
                    jaxpr.broadcastOperand(jaxpr.operand(x, result.dtype()), shape));
        }
        return record("where", out, List.of(condition, x, y), g -> TraceGradients.whereRule(this, condition, x, y, g),
                (p, t) -> TraceTangents.whereRule(p, condition, x, y, out, t.get(1), t.get(2)));
    }

    /** {@code a} repeated to {@code shape}, a shape it broadcasts to (jnp.broadcast_to). */
    public Node broadcast(Node a, int[] shape) {
        Shape.broadcast(Flavor.JAX, a.shape, shape); // the broadcasting error, if any
        if (Shape.equal(a.shape, shape)) {
            return a;
        }
        opCount++;
        Node out = new Node(broadcastTo(a.id, a.shape, shape), shape.clone(), a.typed);
        if (recording()) {
            Object operand = jaxpr.operand(a, null);
            if (a.shape.length == 0 && operand instanceof Node) {
                jaxpr.eqn("broadcast_in_dim", "broadcast_dimensions=() shape=" + Shape.pythonTuple(shape), out, operand);
            } else {
                jaxpr.eqn("broadcast_in_dim", "broadcast_dimensions=" + Jaxpr.tuple(trailingDims(a.shape.length,
                        shape.length)) + " shape=" + Shape.pythonTuple(shape), out, operand);
            }
        }
        return record("broadcast_to", out, List.of(a), g -> java.util.Collections.singletonList(
                TraceGradients.unbroadcast(this, g, a.shape)), (p, t) -> p.full(t.get(0), out));
    }

    /**
     * A copy of {@code a} under a new variable: what a nested {@code jax.grad} differentiates with respect to,
     * so that values closed over from the outer trace stay constants of the inner derivative, as in JAX.
     */
    public Node alias(Node a) {
        Node out = new Node(graph.identity(a.id), a.shape, a.typed, a.nanFree);
        if (jaxpr != null) {
            jaxpr.alias(out, a);
        }
        return record("alias", out, List.of(a), g -> java.util.Collections.singletonList(g), (p, t) -> t.get(0));
    }

    /**
     * {@code lax.stop_gradient(a)}: {@code a}'s value, through which no gradient flows (the derivative rules see a
     * constant), as JAX's {@code stop_gradient} primitive.
     */
    public Node stopGradient(Node a) {
        Node out = new Node(graph.identity(a.id), a.shape, a.typed, a.nanFree);
        eqn("stop_gradient", "", out, a);
        return record("stop_gradient", out, List.of(a), g -> java.util.Collections.singletonList(null),
                (p, t) -> null);
    }

    /**
     * A rounding of float32 {@code a} to integral values ({@code jnp.round}, {@code floor}, {@code ceil} ...),
     * computed by {@code eager} (the eager jnp function, so the values are the same) outside the graph; its
     * derivative is zero, as JAX's rules for round, floor and ceil give. Integer operands are already integral.
     */
    public Node rounding(String primitive, Node a, java.util.function.UnaryOperator<NdArray> eager) {
        if (!a.dtype().isFloat()) {
            return a;
        }
        if (a.dtype() != DType.FLOAT32) {
            throw untraceable(primitive + " of " + a.dtype());
        }
        opCount++;
        Node out = new Node(hostOp(eager, a.id, a.shape, a.shape), a.shape, a.typed);
        eqn(primitive, "", out, a);
        return record(primitive, out, List.of(a), g -> java.util.Collections.singletonList(null), (p, t) -> null);
    }

    /** {@code a[..., i, ...]}: entry {@code i} (non-negative) along {@code axis}, that axis dropped. */
    public Node take(Node a, int axis, int i) {
        int ax = Shape.normalizeAxis(axis, a.shape.length);
        int size = a.shape[ax];
        if (i < -size || i >= size) {
            throw new ArrayIndexError("index " + i + " is out of bounds for axis " + ax + " with size " + size);
        }
        int index = i < 0 ? i + size : i;
        int[] begin = new int[a.shape.length];
        int[] sizes = a.shape.clone();
        begin[ax] = index;
        sizes[ax] = 1;
        int[] shape = new int[a.shape.length - 1];
        for (int d = 0, k = 0; d < a.shape.length; d++) {
            if (d != ax) {
                shape[k++] = a.shape[d];
            }
        }
        opCount++;
        Node out = new Node(graph.reshape(graph.slice(a.id, begin, sizes), shape), shape, a.typed);
        if (recording()) {
            // x[i] with a static i: a slice of size 1 along the axis, then that axis squeezed out.
            int[] limits = a.shape.clone();
            limits[ax] = index + 1;
            Node sliced = new Node(-1_000_000 - out.id, sizes, a.typed);
            jaxpr.eqn("slice", "limit_indices=" + Jaxpr.tuple(limits) + " start_indices=" + Jaxpr.tuple(begin)
                    + " strides=None", sliced, a);
            jaxpr.eqn("squeeze", "dimensions=(" + ax + ",)", out, sliced);
        }
        return record("getitem", out, List.of(a), g -> java.util.Collections.singletonList(
                TraceGradients.takeRule(this, a, ax, index, g)), (p, t) -> take(t.get(0), ax + p.batchRank(), index));
    }

    /**
     * The entries of {@code a} at the static {@code indices} (each within the axis) along {@code axis}, in that order:
     * what jnp.take, tile, repeat, roll and pad move elements with. Its transpose adds each cotangent back to the
     * entry it came from ({@link TraceGradients#gatherRule}).
     */
    public Node gather(Node a, int axis, int[] indices) {
        int ax = Shape.normalizeAxis(axis, a.shape.length);
        int size = a.shape[ax];
        boolean identity = indices.length == size;
        for (int k = 0; k < indices.length; k++) {
            if (indices[k] < 0 || indices[k] >= size) {
                throw new ArrayIndexError("index " + indices[k] + " is out of bounds for axis " + ax + " with size "
                        + size);
            }
            identity &= indices[k] == k;
        }
        if (identity) {
            return a;
        }
        int[] shape = a.shape.clone();
        shape[ax] = indices.length;
        if (Shape.size(shape) == 0) {
            throw untraceable("a gather with the zero-size result " + Shape.pythonTuple(shape));
        }
        refuseComplex(a.dtype());
        opCount++;
        int[] taken = indices.clone();
        Node out = new Node(graph.gather(a.id, taken, ax), shape, a.typed);
        eqn("gather", "axis=" + ax + " indices=" + Jaxpr.tuple(taken), out, a);
        return record("gather", out, List.of(a), g -> java.util.Collections.singletonList(
                TraceGradients.gatherRule(this, a, ax, taken, g)),
                (p, t) -> t.get(0) == null ? null : gather(t.get(0), ax + p.batchRank(), taken));
    }

    /** {@code jnp.concatenate(items, axis)}: nodes of one rank, equal but for {@code axis}, in the promoted dtype. */
    public Node concatenate(List<Node> items, int axis) {
        if (items.isEmpty()) {
            throw new ArrayValueError("need at least one array to concatenate");
        }
        int[] first = items.getFirst().shape;
        if (first.length == 0) {
            throw new ArrayValueError("zero-dimensional arrays cannot be concatenated");
        }
        int ax = Shape.normalizeAxis(axis, first.length);
        Promotion.Typed typed = items.getFirst().typed;
        int length = 0;
        for (Node item : items) {
            boolean fits = item.shape.length == first.length;
            for (int d = 0; fits && d < first.length; d++) {
                fits = d == ax || item.shape[d] == first[d];
            }
            if (!fits) {
                throw new ArrayValueError("all the input array dimensions except for the concatenation axis must "
                        + "match exactly");
            }
            typed = Promotion.resultType(Flavor.JAX, typed, item.typed);
            length += item.shape[ax];
        }
        if (items.size() == 1) {
            return items.getFirst();
        }
        int[] shape = first.clone();
        shape[ax] = length;
        List<Node> parts = new ArrayList<>();
        for (Node item : items) {
            if (item.shape[ax] > 0) {
                parts.add(item);
            }
        }
        int[] ids = new int[parts.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = castIfNeeded(parts.get(i), typed.dtype());
        }
        opCount++;
        Node out = new Node(graph.concat(ax, ids), shape, typed);
        eqn("concatenate", "dimension=" + ax, out, parts.toArray());
        return record("concatenate", out, parts, g -> {
            List<Node> pieces = new ArrayList<>();
            int start = 0;
            for (Node part : parts) {
                int[] range = new int[part.shape[ax]];
                for (int k = 0; k < range.length; k++) {
                    range[k] = start + k;
                }
                start += range.length;
                pieces.add(gather(g, ax, range));
            }
            return pieces;
        }, (p, t) -> {
            if (t.stream().allMatch(java.util.Objects::isNull)) {
                return null;
            }
            DType dtype = t.stream().filter(java.util.Objects::nonNull).findFirst().orElseThrow().dtype();
            List<Node> tangents = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                tangents.add(t.get(i) != null ? t.get(i) : p.zeros(parts.get(i).shape, dtype));
            }
            return concatenate(tangents, ax + p.batchRank());
        });
    }

    /** {@code jnp.stack(items, axis)} of nodes of one shape. */
    public Node stack(List<Node> items, int axis) {
        if (items.isEmpty()) {
            throw new ArrayValueError("Need at least one array to stack.");
        }
        int[] itemShape = items.getFirst().shape;
        Promotion.Typed typed = items.getFirst().typed;
        for (Node item : items) {
            if (!Shape.equal(item.shape, itemShape)) {
                throw new ArrayValueError("All input arrays must have the same shape.");
            }
            typed = Promotion.resultType(Flavor.JAX, typed, item.typed);
        }
        int ax = Shape.normalizeAxis(axis, itemShape.length + 1);
        int[] shape = new int[itemShape.length + 1];
        for (int d = 0, k = 0; d < shape.length; d++) {
            shape[d] = d == ax ? items.size() : itemShape[k++];
        }
        int[] ids = new int[items.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = castIfNeeded(items.get(i), typed.dtype());
        }
        opCount++;
        Node out = new Node(graph.stack(ax, ids), shape, typed);
        if (recording()) {
            // jnp.stack: each item given a new axis of size 1 (broadcast_in_dim), then concatenated.
            int[] expanded = shape.clone();
            expanded[ax] = 1;
            int[] dims = new int[itemShape.length];
            for (int d = 0, k = 0; d < shape.length; d++) {
                if (d != ax) {
                    dims[k++] = d;
                }
            }
            Object[] parts = new Object[items.size()];
            for (int i = 0; i < parts.length; i++) {
                Object operand = jaxpr.operand(items.get(i), typed.dtype());
                Node part = new Node(-2_000_000 - out.id * 64 - i, expanded, typed);
                jaxpr.eqn("broadcast_in_dim", "broadcast_dimensions=" + Jaxpr.tuple(dims) + " shape="
                        + Shape.pythonTuple(expanded), part, operand);
                parts[i] = part;
            }
            jaxpr.eqn("concatenate", "dimension=" + ax, out, parts);
        }
        return record("stack", out, items, g -> {
            List<Node> parts = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                parts.add(take(g, ax, i));
            }
            return parts;
        }, (p, t) -> TraceTangents.stackRule(p, items, ax, t));
    }

    /** Variable {@code id} of {@code from} shape, repeated to {@code to} (a shape it broadcasts to). */
    private int broadcastTo(int id, int[] from, int[] to) {
        if (Shape.equal(from, to)) {
            return id;
        }
        if (Shape.size(to) == 0) {
            // ND4J's tile refuses zero repetitions (and prints its refusal from C++).
            throw untraceable("broadcasting to the zero-size shape " + Shape.pythonTuple(to));
        }
        int[] padded = new int[to.length];
        java.util.Arrays.fill(padded, 1);
        System.arraycopy(from, 0, padded, to.length - from.length, from.length);
        int[] reps = new int[to.length];
        for (int d = 0; d < to.length; d++) {
            reps[d] = padded[d] == to[d] ? 1 : to[d];
        }
        int reshaped = Shape.equal(padded, from) ? id : graph.reshape(id, padded);
        return graph.tile(reshaped, reps);
    }

    /** {@code sum}, {@code mean}, {@code max}, {@code min} over one axis or all. */
    public Node reduce(String kind, Node a, Integer axis, boolean keepdims) {
        DType dtype = a.dtype();
        if (kind.equals("mean")) {
            dtype = Promotion.inexact(Flavor.JAX, dtype);
        } else if (kind.equals("sum") && (dtype.isBool() || dtype.isInteger() && dtype.itemSize() < 4)) {
            throw untraceable("sum of " + dtype + " (it accumulates in a wider type)");
        }
        if (!List.of("sum", "mean", "max", "min").contains(kind)) {
            throw untraceable(kind);
        }
        int[] axes;
        int[] shape;
        if (axis == null) {
            axes = new int[0];
            shape = keepdims ? filled(a.shape.length) : new int[0];
        } else {
            int ax = Shape.normalizeAxis(axis, a.shape.length);
            axes = new int[] {ax};
            List<Integer> dims = new ArrayList<>();
            for (int d = 0; d < a.shape.length; d++) {
                if (d != ax) {
                    dims.add(a.shape[d]);
                } else if (keepdims) {
                    dims.add(1);
                }
            }
            shape = dims.stream().mapToInt(Integer::intValue).toArray();
        }
        opCount++;
        int input = castIfNeeded(a, dtype);
        int id;
        if (dtype == DType.FLOAT32 && (kind.equals("sum") || kind.equals("mean"))) {
            // Eager jnp's order of additions (NumPy's pairwise one), not ND4J's: jitted and eager sums agree.
            Reductions.Kind reduction = kind.equals("sum") ? Reductions.Kind.SUM : Reductions.Kind.MEAN;
            id = hostOp(x -> Reductions.reduce(reduction, x, axis, keepdims), input, a.shape, shape);
        } else if (kind.equals("mean")) {
            // As eager jnp.mean: XLA multiplies the sum by the reciprocal of the constant count.
            long count = axis == null ? Shape.size(a.shape) : a.shape[axes[0]];
            id = graph.binary("mul", graph.reduce("sum", input, keepdims, axes),
                    graph.scalar(dtype, Values.round(1.0 / count, dtype)));
        } else {
            id = graph.reduce(kind, input, keepdims, axes);
        }
        if ((kind.equals("max") || kind.equals("min")) && dtype.isFloat()) {
            // ND4J's max/min reductions skip NaN; jax.numpy's give NaN when the reduced slice holds one.
            int nanCount = graph.reduce("sum", graph.cast(graph.binary("neq", input, input), dtype), keepdims, axes);
            int hasNan = graph.binary("gt", nanCount, broadcastTo(graph.scalar(dtype, 0), new int[0], shape));
            id = graph.where(hasNan, broadcastTo(graph.scalar(dtype, Double.NaN), new int[0], shape), id);
        }
        Node out = new Node(id, shape, Promotion.Typed.strong(dtype));
        if (recording()) {
            int[] reduced = axis == null ? java.util.stream.IntStream.range(0, a.shape.length).toArray() : axes;
            String primitive = kind.equals("mean") ? "reduce_sum" : "reduce_" + kind;
            Node total = kind.equals("mean") || keepdims ? new Node(-3_000_000 - out.id, dropped(a.shape, reduced),
                    out.typed) : out;
            jaxpr.eqn(primitive, "axes=" + Jaxpr.tuple(reduced), total, jaxpr.operand(a, dtype));
            Node kept = keepdims ? new Node(-4_000_000 - out.id, shape, out.typed) : out;
            if (keepdims) {
                jaxpr.eqn("broadcast_in_dim", "broadcast_dimensions=" + Jaxpr.tuple(keptDims(a.shape.length, reduced))
                        + " shape=" + Shape.pythonTuple(shape), kind.equals("mean") ? kept : out, total);
            }
            if (kind.equals("mean")) {
                long count = axis == null ? Shape.size(a.shape) : a.shape[axes[0]];
                jaxpr.eqn("div", "", out, keepdims ? kept : total, jaxpr.operand(constant(
                        ArrayNamespace.JAX.asarray((double) count, dtype).withWeak(Promotion.Weak.FLOAT)), dtype));
            }
        }
        return record(kind, out, List.of(a), g -> java.util.Collections.singletonList(
                TraceGradients.reduceRule(this, kind, a, axis, keepdims, out, g)),
                (p, t) -> TraceTangents.reduceRule(p, kind, a, axis, out, t.get(0)));
    }

    public Node reshape(Node a, int[] shape) {
        int[] resolved = Shape.resolveReshape(shape, Shape.size(a.shape), a.shape);
        if (Shape.equal(resolved, a.shape)) {
            return a;
        }
        opCount++;
        Node out = new Node(graph.reshape(a.id, resolved), resolved, a.typed);
        eqn("reshape", "dimensions=None new_sizes=" + Shape.pythonTuple(resolved), out, a);
        return record("reshape", out, List.of(a), g -> java.util.Collections.singletonList(reshape(g, a.shape)),
                (p, t) -> reshape(t.get(0), p.batched(resolved)));
    }

    public Node transpose(Node a, int[] axes) {
        int n = a.shape.length;
        int[] perm;
        if (axes == null) {
            perm = new int[n];
            for (int i = 0; i < n; i++) {
                perm[i] = n - 1 - i;
            }
        } else {
            perm = Shape.jaxPermutation(axes, a.shape); // as eager jnp: JAX's errors, negative axes made positive
        }
        int[] shape = new int[n];
        for (int i = 0; i < n; i++) {
            shape[i] = a.shape[perm[i]];
        }
        opCount++;
        Node out = new Node(graph.permute(a.id, perm), shape, a.typed);
        eqn("transpose", "permutation=" + Jaxpr.tuple(perm), out, a);
        int[] inverse = new int[n];
        for (int i = 0; i < n; i++) {
            inverse[perm[i]] = i;
        }
        return record("transpose", out, List.of(a), g -> java.util.Collections.singletonList(transpose(g, inverse)),
                (p, t) -> transpose(t.get(0), p.batchedAxes(perm)));
    }

    public Node astype(Node a, DType dtype) {
        DType target = Flavor.JAX.canonical(dtype);
        int id = castIfNeeded(a, target);
        if (id == a.id && a.typed.isWeak() && jaxpr != null) {
            id = graph.identity(a.id); // the jaxpr's convert_element_type needs a variable of its own
        }
        Node out = new Node(id, a.shape, Promotion.Typed.strong(target));
        if (out.id != a.id) {
            eqn("convert_element_type", "new_dtype=" + target + " weak_type=False", out, a);
        }
        if (out.id == a.id || !target.isFloat()) {
            return out; // no new value, or one no gradient flows through
        }
        return record("convert_element_type", out, List.of(a), g -> java.util.Collections.singletonList(
                a.dtype().isFloat() ? astype(g, a.dtype()) : null), (p, t) -> astype(t.get(0), target));
    }

    /** {@code a} with the dtype and weak-type flag {@code typed} says, no op (the dtypes must be equal). */
    Node retyped(Node a, Promotion.Typed typed) {
        return new Node(a.id, a.shape, typed, a.nanFree);
    }

    private int castIfNeeded(Node a, DType target) {
        if (a.dtype() == target) {
            return a.id;
        }
        if (a.dtype().isFloat() && !target.isFloat() && !target.isBool()) {
            throw untraceable("cast from " + a.dtype() + " to " + target);
        }
        return graph.cast(a.id, target);
    }

    /** The dimensions of a rank-{@code rank} operand broadcast to rank {@code to}: the trailing ones. */
    private static int[] trailingDims(int rank, int to) {
        int[] dims = new int[rank];
        for (int d = 0; d < rank; d++) {
            dims[d] = to - rank + d;
        }
        return dims;
    }

    private static int[] dropped(int[] shape, int[] axes) {
        List<Integer> kept = new ArrayList<>();
        for (int d = 0; d < shape.length; d++) {
            final int dim = d;
            if (java.util.Arrays.stream(axes).noneMatch(x -> x == dim)) {
                kept.add(shape[d]);
            }
        }
        return kept.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] keptDims(int rank, int[] axes) {
        List<Integer> kept = new ArrayList<>();
        for (int d = 0; d < rank; d++) {
            final int dim = d;
            if (java.util.Arrays.stream(axes).noneMatch(x -> x == dim)) {
                kept.add(d);
            }
        }
        return kept.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] filled(int n) {
        int[] ones = new int[n];
        java.util.Arrays.fill(ones, 1);
        return ones;
    }

    /**
     * A side effect of the traced function that needs its runtime values ({@code jax.debug.print}): each run
     * computes {@code operands} and hands them with {@code action} to the run's effect handler, in trace order.
     */
    private record Effect(List<Node> operands, Object action) {
    }

    private final List<Effect> effects = new ArrayList<>();

    /** Records {@code action}, which each {@link #run} hands to its effect handler with the values of {@code operands}. */
    public void effect(List<Node> operands, Object action) {
        effects.add(new Effect(List.copyOf(operands), action));
    }

    /** Whether the trace holds effects ({@code jax.debug.print} calls). */
    public boolean hasEffects() {
        return !effects.isEmpty();
    }

    /**
     * {@link #run(List, List)}, then each recorded effect, in trace order, handed to {@code onEffect} with its
     * operands' values.
     */
    public List<NdArray> run(List<NdArray> arguments, List<Node> outputs,
            java.util.function.BiConsumer<Object, List<NdArray>> onEffect) {
        if (effects.isEmpty()) {
            return run(arguments, outputs);
        }
        List<Node> all = new ArrayList<>(outputs);
        for (Effect effect : effects) {
            all.addAll(effect.operands());
        }
        List<NdArray> values = run(arguments, all);
        int next = outputs.size();
        for (Effect effect : effects) {
            onEffect.accept(effect.action(), values.subList(next, next + effect.operands().size()));
            next += effect.operands().size();
        }
        return values.subList(0, outputs.size());
    }

    /** The inputs, in order. */
    public List<Node> inputs() {
        return List.copyOf(inputs);
    }

    /**
     * Runs the graph on {@code arguments} (one per input, of the traced shapes) and returns JAX arrays for
     * {@code outputs}.
     */
    public List<NdArray> run(List<NdArray> arguments, List<Node> outputs) {
        return run(arguments, outputs, false);
    }

    /**
     * {@link #run(List, List)} through ND4J SameDiff's session, host ops fed between runs of the graph up to each:
     * how traces ran before the graph's direct run, kept as the reference that run is tested against.
     */
    List<NdArray> runWithSameDiff(List<NdArray> arguments, List<Node> outputs) {
        return run(arguments, outputs, true);
    }

    private List<NdArray> run(List<NdArray> arguments, List<Node> outputs, boolean withSameDiff) {
        if (outputs.isEmpty()) {
            return List.of(); // a function returning None: nothing to compute (SameDiff refuses an empty run)
        }
        NdStorage[] feeds = new NdStorage[arguments.size()];
        int[][] shapes = new int[arguments.size()][];
        for (int i = 0; i < feeds.length; i++) {
            NdArray argument = arguments.get(i);
            if (argument.dtype() != inputs.get(i).dtype()) {
                argument = argument.astype(inputs.get(i).dtype());
            }
            feeds[i] = argument.contiguousStorage();
            shapes[i] = argument.shape();
        }
        int[] ids = new int[outputs.size()];
        DType[] types = new DType[outputs.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = outputs.get(i).id;
            types[i] = outputs.get(i).dtype();
            MemoryGuard.check(outputs.get(i).shape, types[i]);
        }
        NdStorage[] results;
        if (withSameDiff) {
            // Each host op in trace order: the graph up to its operand, then the op in Java, its result fed from then on.
            Map<Integer, NdStorage> hostValues = new HashMap<>();
            for (HostOp host : hostOps) {
                NdStorage operand = graph.runWithSameDiff(feeds, shapes, hostValues, new int[] {host.input()},
                        new DType[] {DType.FLOAT32}, checkpoint)[0];
                NdArray value = host.compute().apply(NdArray.wrap(Flavor.JAX, operand, host.inputShape()));
                hostValues.put(host.result(), value.contiguousStorage());
            }
            results = graph.runWithSameDiff(feeds, shapes, hostValues, ids, types, checkpoint);
        } else {
            results = graph.run(feeds, shapes, ids, types, checkpoint);
        }
        // Not released here: an output may be a view of a fed value (a reshape), so the collector frees them.
        List<NdArray> out = new ArrayList<>(results.length);
        for (int i = 0; i < results.length; i++) {
            NdArray array = NdArray.wrap(Flavor.JAX, results[i], outputs.get(i).shape);
            Promotion.Typed typed = outputs.get(i).typed;
            out.add(typed.isWeak() ? array.withWeak(typed.weak()) : array);
        }
        return out;
    }
}
