package io.tastelab.array;

import io.tastelab.array.TraceGraph.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reverse-mode differentiation of a {@link TraceGraph}, the array layer's side of {@code jax.grad}: the tape of
 * traced ops is walked back from a scalar output, each op's cotangent rule (JAX's JVP rule, transposed, in the
 * same order of float32 operations) adding ops to the same graph. The gradient is therefore more nodes of the
 * graph that computes the value, run by the same SameDiff graph and host ops as {@code jax.jit}, and, being
 * traced ops with rules of their own, it can be differentiated again ({@code grad(grad(f))}).
 */
public final class TraceGradients {

    private TraceGradients() {
    }

    /**
     * The gradients of {@code output} (shape {@code ()}, float) with respect to each of {@code wrt}, through the
     * ops traced from tape position {@code from} on; an input the output does not depend on gets zeros. Each
     * gradient has its input's shape, dtype and weak-type flag, as in JAX.
     */
    public static List<Node> gradients(TraceGraph graph, int from, Node output, List<Node> wrt) {
        Map<Integer, Node> cotangents = new HashMap<>();
        cotangents.put(output.id(), graph.constant(ArrayNamespace.JAX.ones(output.shape(), output.dtype())));
        backward(graph, graph.steps(from, graph.tapeSize()), cotangents);
        List<Node> out = new ArrayList<>(wrt.size());
        for (Node input : wrt) {
            Node gradient = cotangents.get(input.id());
            if (gradient == null) {
                gradient = graph.constant(ArrayNamespace.JAX.zeros(input.shape(), input.dtype()));
            }
            out.add(graph.retyped(gradient, input.typed()));
        }
        return out;
    }

    /**
     * {@code jax.vjp}'s pullback: the cotangents of {@code wrt} given {@code seeds}, the cotangents of
     * {@code outputs} (same order; a non-float output's is ignored), through the ops traced at tape positions
     * {@code from} to {@code to}. Each has its input's shape and type; an input the outputs do not depend on gets
     * zeros.
     */
    public static List<Node> pullback(TraceGraph graph, int from, int to, List<Node> outputs, List<Node> seeds,
            List<Node> wrt) {
        Map<Integer, Node> cotangents = new HashMap<>();
        for (int k = 0; k < outputs.size(); k++) {
            if (outputs.get(k).dtype().isFloat()) {
                accumulate(graph, cotangents, outputs.get(k), seeds.get(k));
            }
        }
        backward(graph, graph.steps(from, to), cotangents);
        List<Node> out = new ArrayList<>(wrt.size());
        for (Node input : wrt) {
            Node cotangent = cotangents.get(input.id());
            out.add(graph.retyped(cotangent != null ? cotangent
                    : graph.constant(ArrayNamespace.JAX.zeros(input.shape(), input.dtype())), input.typed()));
        }
        return out;
    }

    /**
     * Walks {@code steps} back, each op's cotangent rule adding its operands' shares to {@code cotangents} (by
     * variable id; the outputs' seeds on entry, every reached variable's sum on return). A custom call
     * ({@link CustomRule}) takes all its outputs' cotangents at once.
     */
    static void backward(TraceGraph graph, List<TraceGraph.Step> steps, Map<Integer, Node> cotangents) {
        for (int s = steps.size() - 1; s >= 0; s--) {
            graph.checkpoint(); // a Jacobian or Hessian is many of these passes
            TraceGraph.Step step = steps.get(s);
            List<Node> parts;
            if (step.custom() != null) {
                List<Node> outputCotangents = new ArrayList<>();
                boolean any = false;
                for (Node output : step.custom().outputs()) {
                    Node g = cotangents.get(output.id());
                    outputCotangents.add(g);
                    any |= g != null;
                }
                if (!any) {
                    continue;
                }
                parts = step.custom().transpose(graph, outputCotangents);
            } else {
                Node cotangent = cotangents.get(step.output().id());
                if (cotangent == null) {
                    continue; // the output does not depend on this op
                }
                parts = step.vjp().apply(cotangent);
            }
            for (int i = 0; i < parts.size(); i++) {
                Node operand = step.operands().get(i);
                Node part = parts.get(i);
                if (part == null || !operand.dtype().isFloat()) {
                    continue;
                }
                accumulate(graph, cotangents, operand, part);
            }
        }
    }

    /** Adds {@code part} (cast to {@code operand}'s dtype) to {@code operand}'s cotangent in {@code cotangents}. */
    static void accumulate(TraceGraph graph, Map<Integer, Node> cotangents, Node operand, Node part) {
        if (part.dtype() != operand.dtype()) {
            part = graph.astype(part, operand.dtype());
        }
        Node sum = cotangents.get(operand.id());
        cotangents.put(operand.id(), sum == null ? part : graph.binary(BinaryOp.ADD, sum, part));
    }

    static List<Node> binaryRule(TraceGraph graph, BinaryOp op, Node a, Node b, Node out, Node g) {
        boolean da = a.dtype().isFloat();
        boolean db = b.dtype().isFloat();
        return switch (op) {
            case ADD -> pair(da ? unbroadcast(graph, g, a.shape()) : null,
                    db ? unbroadcast(graph, g, b.shape()) : null);
            case SUBTRACT -> pair(da ? unbroadcast(graph, g, a.shape()) : null,
                    db ? unbroadcast(graph, neg(graph, g), b.shape()) : null);
            case MULTIPLY -> pair(da ? unbroadcast(graph, mul(graph, g, b), a.shape()) : null,
                    db ? unbroadcast(graph, mul(graph, a, g), b.shape()) : null);
            case DIVIDE -> pair(da ? unbroadcast(graph, graph.binary(BinaryOp.DIVIDE, g, b), a.shape()) : null,
                    db ? unbroadcast(graph, graph.binary(BinaryOp.DIVIDE, mul(graph, neg(graph, g), a),
                            mul(graph, b, b)), b.shape()) : null);
            case MAXIMUM, MINIMUM -> pair(da ? unbroadcast(graph, mul(graph, g, balancedEqual(graph, a, out, b)),
                    a.shape()) : null, db ? unbroadcast(graph, mul(graph, g, balancedEqual(graph, b, out, a)),
                    b.shape()) : null);
            default -> throw new NoGradientException(op.ufuncName());
        };
    }

    /** lax's {@code _balanced_eq}: 1 where {@code x} is the result alone, 0.5 where tied with {@code y}, else 0. */
    static Node balancedEqual(TraceGraph graph, Node x, Node result, Node y) {
        Node half = graph.where(graph.binary(BinaryOp.EQUAL, y, result), graph.constant(0.5), graph.constant(1.0));
        return graph.where(graph.binary(BinaryOp.EQUAL, x, result), half, graph.constant(0.0));
    }

    /**
     * The transpose of {@link TraceGraph#gather}: each entry of {@code a} along {@code axis} gets the sum of the
     * cotangents of the positions that took it (none: zero). Positions are added in order, one gather per
     * repetition, from the cotangent with a zero slice appended for entries taken fewer times; a permutation is
     * one gather.
     */
    static Node gatherRule(TraceGraph graph, Node a, int axis, int[] indices, Node g) {
        if (!a.dtype().isFloat()) {
            return null;
        }
        int size = a.shape()[axis];
        List<List<Integer>> positions = new java.util.ArrayList<>();
        for (int j = 0; j < size; j++) {
            positions.add(new java.util.ArrayList<>());
        }
        for (int k = 0; k < indices.length; k++) {
            positions.get(indices[k]).add(k);
        }
        int most = positions.stream().mapToInt(List::size).max().orElse(0);
        boolean everyOnce = positions.stream().allMatch(list -> list.size() == 1);
        int[] zeroShape = g.shape().clone();
        zeroShape[axis] = 1;
        Node source = everyOnce ? g : graph.concatenate(List.of(g, graph.constant(ArrayNamespace.JAX.zeros(
                zeroShape, g.dtype()))), axis);
        if (most == 0) {
            return graph.gather(source, axis, new int[size]); // nothing taken: the zero slice everywhere
        }
        Node total = null;
        for (int r = 0; r < most; r++) {
            int[] from = new int[size];
            for (int j = 0; j < size; j++) {
                from[j] = r < positions.get(j).size() ? positions.get(j).get(r) : indices.length;
            }
            Node part = graph.gather(source, axis, from);
            total = total == null ? part : graph.binary(BinaryOp.ADD, total, part);
        }
        return total;
    }

    /** log(2) in float32, as JAX's rules for log2 and exp2 compute it. */
    static final double LN2 = 0.6931472f;

    static List<Node> unaryRule(TraceGraph graph, UnaryOp op, Node a, Node result, Node g) {
        if (!a.dtype().isFloat()) {
            return java.util.Collections.singletonList(null);
        }
        Node part = switch (op) {
            case NEGATIVE -> neg(graph, g);
            case ABSOLUTE -> mul(graph, g, graph.where(graph.binary(BinaryOp.GREATER, a, graph.constant(0.0)),
                    graph.constant(1.0), graph.where(graph.binary(BinaryOp.LESS, a, graph.constant(0.0)),
                            graph.constant(-1.0), graph.constant(0.0))));
            case EXP -> mul(graph, g, result);
            case LOG -> graph.binary(BinaryOp.DIVIDE, g, a);
            case SQRT -> mul(graph, g, graph.binary(BinaryOp.DIVIDE, graph.constant(0.5), result));
            case SIN -> mul(graph, g, graph.unary(UnaryOp.COS, a));
            case COS -> neg(graph, mul(graph, g, graph.unary(UnaryOp.SIN, a)));
            case TANH -> {
                // As JAX's transposed rule: d = g * (1 - tanh x); d + d * tanh x.
                Node d = mul(graph, g, graph.binary(BinaryOp.SUBTRACT, graph.constant(1.0), result));
                yield graph.binary(BinaryOp.ADD, d, mul(graph, d, result));
            }
            // JAX's rules: g / (1 + x); g * (ans + 1); log2 is log(x) / log(2); g * ans * log(2).
            case LOG1P -> graph.binary(BinaryOp.DIVIDE, g, graph.binary(BinaryOp.ADD, a, graph.constant(1.0)));
            case EXPM1 -> mul(graph, g, graph.binary(BinaryOp.ADD, result, graph.constant(1.0)));
            case LOG2 -> graph.binary(BinaryOp.DIVIDE, graph.binary(BinaryOp.DIVIDE, g, a), graph.constant(LN2));
            case EXP2 -> mul(graph, graph.constant(LN2), mul(graph, g, result));
            default -> throw new NoGradientException(op.ufuncName());
        };
        return List.of(part);
    }

    /** lax.integer_pow's rule: {@code g * (n * x ** (n - 1))}, and zero for {@code n = 0}. */
    static List<Node> integerPowerRule(TraceGraph graph, Node a, long n, Node g) {
        if (!a.dtype().isFloat() || n == 0) { // lax's rule: zeros for y == 0
            return java.util.Collections.singletonList(null);
        }
        Node power = n == 2 ? a : graph.integerPow(a, n - 1);
        return List.of(mul(graph, g, mul(graph, graph.constant(ArrayNamespace.JAX.scalar(n, a.dtype())), power)));
    }

    /**
     * lax.pow's rules, transposed: {@code g * jac} for the base with JAX's {@code _pow_jvp_lhs} Jacobian
     * ({@link #powerBaseJacobian}), and {@code g * (log(x') * ans)} for a float exponent ({@code _pow_jvp_rhs}, x'
     * being x with its zeros made ones), each summed back to its operand's shape.
     */
    static List<Node> powerRule(TraceGraph graph, Node a, Node b, Node out, Node g) {
        return pair(a.dtype().isFloat() ? unbroadcast(graph, mul(graph, g, powerBaseJacobian(graph, a, b)),
                a.shape()) : null, b.dtype().isFloat() ? unbroadcast(graph, mul(graph, g,
                powerExponentFactor(graph, a, out)), b.shape()) : null);
    }

    /**
     * JAX's {@code _pow_jvp_lhs} Jacobian, with x and y in float32: {@code y * pow(x, y - 1)}, and for an integer
     * exponent 0 where {@code y == 0} (so {@code d/dx x ** 0} is 0 at x = 0 too).
     */
    static Node powerBaseJacobian(TraceGraph graph, Node a, Node b) {
        Node x = a.dtype() == DType.FLOAT32 ? a : graph.astype(a, DType.FLOAT32);
        Node y = b.dtype() == DType.FLOAT32 ? b : graph.astype(b, DType.FLOAT32);
        Node jac = mul(graph, y, graph.binary(BinaryOp.POWER, x, graph.binary(BinaryOp.SUBTRACT, y,
                graph.constant(1.0))));
        if (!b.dtype().isIntegral()) {
            return jac;
        }
        return graph.where(graph.binary(BinaryOp.EQUAL, y, graph.constant(0.0)), graph.constant(0.0), jac);
    }

    /** JAX's {@code _pow_jvp_rhs} factor: {@code log(x') * ans}, x' being x with its zeros made ones. */
    static Node powerExponentFactor(TraceGraph graph, Node a, Node out) {
        Node x = a.dtype() == DType.FLOAT32 ? a : graph.astype(a, DType.FLOAT32);
        Node nonZero = graph.where(graph.binary(BinaryOp.EQUAL, x, graph.constant(0.0)), graph.constant(1.0), x);
        return mul(graph, graph.unary(UnaryOp.LOG, nonZero), out);
    }

    static List<Node> matmulRule(TraceGraph graph, Node a, Node b, Node g) {
        return List.of(graph.matmul(g, graph.transpose(b, null)), graph.matmul(graph.transpose(a, null), g));
    }

    static List<Node> whereRule(TraceGraph graph, Node condition, Node x, Node y, Node g) {
        Node zero = graph.constant(0.0);
        return Arrays.asList(null,
                x.dtype().isFloat() ? unbroadcast(graph, graph.where(condition, g, zero), x.shape()) : null,
                y.dtype().isFloat() ? unbroadcast(graph, graph.where(condition, zero, g), y.shape()) : null);
    }

    static Node reduceRule(TraceGraph graph, String kind, Node a, Integer axis, boolean keepdims, Node result,
            Node g) {
        if (!a.dtype().isFloat()) {
            return null;
        }
        int[] kept = a.shape().clone();
        if (axis == null) {
            Arrays.fill(kept, 1);
        } else {
            kept[Shape.normalizeAxis(axis, kept.length)] = 1;
        }
        return switch (kind) {
            case "sum" -> graph.broadcast(graph.reshape(g, kept), a.shape());
            case "mean" -> {
                long count = Shape.size(a.shape()) / Math.max(1, Shape.size(kept));
                yield graph.broadcast(graph.reshape(graph.binary(BinaryOp.DIVIDE, g, graph.constant(count)), kept),
                        a.shape());
            }
            case "max", "min" -> {
                // lax's chooser rule: the cotangent is shared equally among the elements equal to the result.
                Node chosen = graph.astype(graph.binary(BinaryOp.EQUAL, a, graph.broadcast(graph.reshape(result,
                        kept), a.shape())), a.dtype());
                Node counts = graph.reduce("sum", chosen, axis, true);
                yield mul(graph, chosen, graph.broadcast(graph.binary(BinaryOp.DIVIDE, graph.reshape(g, kept),
                        counts), a.shape()));
            }
            default -> throw new NoGradientException(kind);
        };
    }

    /** The cotangent of {@code a[..., index, ...]}: {@code g} put back at {@code index} along {@code axis}. */
    static Node takeRule(TraceGraph graph, Node a, int axis, int index, Node g) {
        int[] kept = a.shape().clone();
        kept[axis] = 1;
        int[] maskShape = new int[a.shape().length];
        Arrays.fill(maskShape, 1);
        maskShape[axis] = a.shape()[axis];
        List<Object> mask = new ArrayList<>();
        for (int i = 0; i < a.shape()[axis]; i++) {
            mask.add(i == index ? 1.0 : 0.0);
        }
        Node oneHot = graph.constant(ArrayNamespace.JAX.array(mask, a.dtype()).reshape(maskShape));
        return mul(graph, graph.reshape(g, kept), oneHot);
    }

    /** {@code g} summed over the axes along which {@code shape} was broadcast to {@code g}'s shape. */
    static Node unbroadcast(TraceGraph graph, Node g, int[] shape) {
        if (Shape.equal(g.shape(), shape)) {
            return g;
        }
        Node sum = g;
        for (int d = 0; d < g.shape().length - shape.length; d++) {
            sum = graph.reduce("sum", sum, 0, false);
        }
        for (int d = 0; d < shape.length; d++) {
            if (shape[d] == 1 && sum.shape()[d] != 1) {
                sum = graph.reduce("sum", sum, d, true);
            }
        }
        return sum;
    }

    private static Node mul(TraceGraph graph, Node x, Node y) {
        return graph.binary(BinaryOp.MULTIPLY, x, y);
    }

    private static Node neg(TraceGraph graph, Node x) {
        return graph.unary(UnaryOp.NEGATIVE, x);
    }

    private static List<Node> pair(Node a, Node b) {
        return Arrays.asList(a, b);
    }
}
