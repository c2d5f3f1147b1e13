package io.tastelab.array;

import io.tastelab.array.TraceGraph.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Forward-mode differentiation of a {@link TraceGraph}, the array layer's side of {@code jax.jvp} and
 * {@code jax.jacfwd}: the tape of traced ops is walked forward from the differentiated inputs, each op's JVP rule
 * (JAX's own, {@code jax/_src/lax/lax.py}, in the same float32 operations and order: {@code mul}'s
 * {@code xdot * y + x * ydot}, {@code tanh}'s {@code (g + g * ans) * (1 - ans)}, {@code div}'s
 * {@code g / y + (-g * x) * (1 / (y * y))}, the reductions' chooser rule) adding ops to the same graph. A tangent
 * may carry leading basis dimensions (the {@link Pass#prefix}): {@code jacfwd} pushes the whole standard basis in
 * one pass, as JAX's {@code vmap} of {@code jvp} does, instead of one pass per input element. Tangents are traced
 * ops with rules of their own, so forward and reverse mode compose ({@code jacfwd(jacrev(f))},
 * {@code grad} of a {@code jvp}).
 */
public final class TraceTangents {

    private TraceTangents() {
    }

    /**
     * The tangents of {@code outputs} given {@code tangents} of the inputs {@code wrt} (each shaped
     * {@code prefix + input.shape}), through the ops traced from tape position {@code from} on. An output that does
     * not depend on the inputs gets zeros. The graph's {@link TraceGraph#checkpoint} (Cancel and the cell's time
     * limit) runs before each op's rule.
     */
    public static List<Node> jvp(TraceGraph graph, int from, List<Node> wrt, List<Node> tangents, int[] prefix,
            List<Node> outputs) {
        Pass pass = new Pass(graph, prefix);
        Map<Integer, Node> known = new HashMap<>();
        for (int i = 0; i < wrt.size(); i++) {
            if (tangents.get(i) != null && wrt.get(i).dtype().isFloat()) {
                known.put(wrt.get(i).id(), tangents.get(i));
            }
        }
        forward(pass, needed(graph.steps(from, graph.tapeSize()), outputs), known);
        List<Node> result = new ArrayList<>(outputs.size());
        for (Node output : outputs) {
            Node tangent = output.dtype().isFloat() ? known.get(output.id()) : null;
            result.add(tangent != null ? graph.retyped(tangent, output.typed()) : pass.zeros(output.shape(),
                    output.dtype()));
        }
        return result;
    }

    /**
     * The steps that {@code outputs} depend on, in order: a tangent is pushed only where it reaches an output (the
     * primal half of a custom rule's trace, for one, is never differentiated).
     */
    private static List<TraceGraph.Step> needed(List<TraceGraph.Step> steps, List<Node> outputs) {
        java.util.Set<Integer> wanted = new java.util.HashSet<>();
        outputs.forEach(output -> wanted.add(output.id()));
        java.util.ArrayDeque<TraceGraph.Step> kept = new java.util.ArrayDeque<>();
        for (int s = steps.size() - 1; s >= 0; s--) {
            TraceGraph.Step step = steps.get(s);
            if (step.outputs().stream().anyMatch(output -> wanted.contains(output.id()))) {
                step.operands().forEach(operand -> wanted.add(operand.id()));
                kept.addFirst(step);
            }
        }
        return List.copyOf(kept);
    }

    /**
     * Walks {@code steps} forward, each op's JVP rule giving its output's tangent from its operands' tangents in
     * {@code known} (by variable id; the inputs' on entry, every reached variable's on return). The graph's
     * {@link TraceGraph#checkpoint} (Cancel and the cell's time limit) runs before each op's rule.
     */
    static void forward(Pass pass, List<TraceGraph.Step> steps, Map<Integer, Node> known) {
        TraceGraph graph = pass.graph;
        for (TraceGraph.Step step : steps) {
            graph.checkpoint();
            List<Node> in = new ArrayList<>(step.operands().size());
            boolean any = false;
            for (Node operand : step.operands()) {
                Node tangent = operand.dtype().isFloat() ? known.get(operand.id()) : null;
                in.add(tangent);
                any |= tangent != null;
            }
            if (!any) {
                continue; // constants only: a zero tangent, as JAX's symbolic zero
            }
            // A tangent is the basis size times its primal: refuse one past the array limit before building it.
            for (Node output : step.outputs()) {
                MemoryGuard.check(pass.batched(output.shape()), output.dtype());
            }
            List<Node> outs;
            if (step.custom() != null) {
                outs = step.custom().push(pass, in);
            } else {
                if (step.jvp() == null) {
                    throw new NoGradientException("jax.jvp", step.name());
                }
                outs = java.util.Collections.singletonList(step.jvp().apply(pass, in));
            }
            for (int k = 0; k < outs.size(); k++) {
                Node out = outs.get(k);
                Node output = step.outputs().get(k);
                if (out != null && output.dtype().isFloat()) {
                    if (out.dtype() != output.dtype()) {
                        out = graph.astype(out, output.dtype());
                    }
                    known.put(output.id(), pass.full(out, output));
                }
            }
        }
    }

    /** One forward pass: its graph and the leading basis dimensions every tangent carries. */
    public static final class Pass {
        private final TraceGraph graph;
        private final int[] prefix;

        Pass(TraceGraph graph, int[] prefix) {
            this.graph = graph;
            this.prefix = prefix.clone();
        }

        /** How many leading basis dimensions a tangent has (0 for {@code jvp}, 1 for {@code jacfwd}). */
        int batchRank() {
            return prefix.length;
        }

        /** {@code shape} with the basis dimensions in front. */
        int[] batched(int[] shape) {
            int[] out = java.util.Arrays.copyOf(prefix, prefix.length + shape.length);
            System.arraycopy(shape, 0, out, prefix.length, shape.length);
            return out;
        }

        /** A permutation of a primal's axes as one of its tangent's: the basis axes stay in front. */
        int[] batchedAxes(int[] perm) {
            int[] out = new int[prefix.length + perm.length];
            for (int d = 0; d < prefix.length; d++) {
                out[d] = d;
            }
            for (int d = 0; d < perm.length; d++) {
                out[prefix.length + d] = perm[d] + prefix.length;
            }
            return out;
        }

        /**
         * Tangent {@code t} given size-1 axes after the basis ones up to a primal rank of {@code rank}, so that
         * NumPy's broadcasting lines its primal axes up with those of rank-{@code rank} primals.
         */
        Node lift(Node t, int rank) {
            int primalRank = t.shape().length - prefix.length;
            if (prefix.length == 0 || primalRank >= rank) {
                return t;
            }
            int[] shape = new int[prefix.length + rank];
            java.util.Arrays.fill(shape, 1);
            System.arraycopy(prefix, 0, shape, 0, prefix.length);
            System.arraycopy(t.shape(), prefix.length, shape, prefix.length + rank - primalRank, primalRank);
            return graph.reshape(t, shape);
        }

        /** Tangent {@code t} broadcast to the full tangent shape of {@code primal}. */
        Node full(Node t, Node primal) {
            int[] shape = batched(primal.shape());
            Node lifted = lift(t, primal.shape().length);
            return Shape.equal(lifted.shape(), shape) ? lifted : graph.broadcast(lifted, shape);
        }

        /** A zero tangent of a primal of {@code shape} and {@code dtype}, instantiated (JAX's {@code instantiate_zeros}). */
        Node zeros(int[] shape, DType dtype) {
            return graph.broadcast(graph.constant(ArrayNamespace.JAX.zeros(new int[0], dtype)), batched(shape));
        }

        TraceGraph graph() {
            return graph;
        }
    }

    static Node binaryRule(Pass pass, BinaryOp op, Node a, Node b, Node out, Node ta, Node tb) {
        TraceGraph graph = pass.graph;
        int rank = out.shape().length;
        Node xdot = ta == null ? null : pass.lift(ta, rank);
        Node ydot = tb == null ? null : pass.lift(tb, rank);
        return switch (op) {
            case ADD -> xdot == null ? ydot : ydot == null ? xdot : graph.binary(BinaryOp.ADD, xdot, ydot);
            case SUBTRACT -> xdot == null ? neg(graph, ydot) : ydot == null ? xdot
                    : graph.binary(BinaryOp.SUBTRACT, xdot, ydot);
            case MULTIPLY -> sum(graph, xdot == null ? null : mul(graph, xdot, b),
                    ydot == null ? null : mul(graph, a, ydot));
            case DIVIDE -> sum(graph, xdot == null ? null : graph.binary(BinaryOp.DIVIDE, xdot, b),
                    ydot == null ? null : mul(graph, mul(graph, neg(graph, ydot), a), graph.integerPow(b, -2)));
            case MAXIMUM, MINIMUM -> sum(graph,
                    xdot == null ? null : mul(graph, xdot, TraceGradients.balancedEqual(graph, a, out, b)),
                    ydot == null ? null : mul(graph, ydot, TraceGradients.balancedEqual(graph, b, out, a)));
            default -> throw new NoGradientException("jax.jvp", op.ufuncName());
        };
    }

    static Node unaryRule(Pass pass, UnaryOp op, Node a, Node result, Node t) {
        TraceGraph graph = pass.graph;
        if (t == null || !a.dtype().isFloat()) {
            return null;
        }
        return switch (op) {
            case NEGATIVE -> neg(graph, t);
            // lax's rule for real x: select(x >= 0, g, -g).
            case ABSOLUTE -> graph.where(graph.binary(BinaryOp.GREATER_EQUAL, a, graph.constant(0.0)), t,
                    neg(graph, t));
            case EXP -> mul(graph, t, result);
            case LOG -> graph.binary(BinaryOp.DIVIDE, t, a);
            case SQRT -> mul(graph, t, graph.binary(BinaryOp.DIVIDE, graph.constant(0.5), result));
            case SIN -> mul(graph, t, graph.unary(UnaryOp.COS, a));
            case COS -> neg(graph, mul(graph, t, graph.unary(UnaryOp.SIN, a)));
            case TANH -> mul(graph, graph.binary(BinaryOp.ADD, t, mul(graph, t, result)),
                    graph.binary(BinaryOp.SUBTRACT, graph.constant(1.0), result));
            case LOG1P -> graph.binary(BinaryOp.DIVIDE, t, graph.binary(BinaryOp.ADD, a, graph.constant(1.0)));
            case EXPM1 -> mul(graph, t, graph.binary(BinaryOp.ADD, result, graph.constant(1.0)));
            case LOG2 -> graph.binary(BinaryOp.DIVIDE, graph.binary(BinaryOp.DIVIDE, t, a),
                    graph.constant(TraceGradients.LN2));
            case EXP2 -> mul(graph, graph.constant(TraceGradients.LN2), mul(graph, t, result));
            default -> throw new NoGradientException("jax.jvp", op.ufuncName());
        };
    }

    /** lax.integer_pow's rule: {@code g * (n * x ** (n - 1))}, and zero for {@code n = 0}. */
    static Node integerPowerRule(Pass pass, Node a, long n, Node t) {
        TraceGraph graph = pass.graph;
        if (t == null || !a.dtype().isFloat() || n == 0) { // lax's rule: zeros for y == 0
            return null;
        }
        Node power = graph.integerPow(a, n - 1);
        return mul(graph, t, mul(graph, graph.constant(ArrayNamespace.JAX.scalar(n, a.dtype())), power));
    }

    /** lax.pow's rule: {@code xdot * jac + ydot * (log(x') * ans)} (JAX's {@code _pow_jvp_lhs}, {@code _pow_jvp_rhs}). */
    static Node powerRule(Pass pass, Node a, Node b, Node out, Node ta, Node tb) {
        TraceGraph graph = pass.graph;
        int rank = out.shape().length;
        Node lhs = ta == null || !a.dtype().isFloat() ? null
                : mul(graph, pass.lift(ta, rank), TraceGradients.powerBaseJacobian(graph, a, b));
        Node rhs = tb == null || !b.dtype().isFloat() ? null
                : mul(graph, pass.lift(tb, rank), TraceGradients.powerExponentFactor(graph, a, out));
        return sum(graph, lhs, rhs);
    }

    /** dot_general is bilinear: {@code xdot @ y + x @ ydot}; with a basis axis, each product is one matrix product. */
    static Node matmulRule(Pass pass, Node a, Node b, Node ta, Node tb) {
        TraceGraph graph = pass.graph;
        Node left = null;
        Node right = null;
        int m = a.shape()[0];
        int n = b.shape()[1];
        if (pass.batchRank() == 0) {
            left = ta == null ? null : graph.matmul(ta, b);
            right = tb == null ? null : graph.matmul(a, tb);
        } else {
            int batch = pass.prefix[0];
            int k = a.shape()[1];
            if (ta != null) {
                // (B, m, k) as (B*m, k) rows times b.
                left = graph.reshape(graph.matmul(graph.reshape(ta, new int[] {batch * m, k}), b),
                        new int[] {batch, m, n});
            }
            if (tb != null) {
                // a times (k, B*n) columns, the basis axis brought back to the front.
                Node columns = graph.reshape(graph.transpose(tb, new int[] {1, 0, 2}), new int[] {k, batch * n});
                right = graph.transpose(graph.reshape(graph.matmul(a, columns), new int[] {m, batch, n}),
                        new int[] {1, 0, 2});
            }
        }
        return sum(graph, left, right);
    }

    /** select_n's rule: the operands' tangents selected alike, a missing one as zeros. */
    static Node whereRule(Pass pass, Node condition, Node x, Node y, Node out, Node tx, Node ty) {
        if (tx == null && ty == null) {
            return null;
        }
        TraceGraph graph = pass.graph;
        int rank = out.shape().length;
        Node xdot = tx == null ? pass.zeros(x.shape(), out.dtype()) : tx;
        Node ydot = ty == null ? pass.zeros(y.shape(), out.dtype()) : ty;
        return graph.where(condition, pass.lift(xdot, rank), pass.lift(ydot, rank));
    }

    /** concatenate's rule: the items' tangents stacked alike, a missing one as zeros. */
    static Node stackRule(Pass pass, List<Node> items, int axis, List<Node> tangents) {
        List<Node> parts = new ArrayList<>(items.size());
        DType dtype = null;
        for (Node t : tangents) {
            if (t != null) {
                dtype = t.dtype();
            }
        }
        for (int i = 0; i < items.size(); i++) {
            Node t = tangents.get(i);
            parts.add(t != null ? t : pass.zeros(items.get(i).shape(), dtype));
        }
        return pass.graph.stack(parts, axis + pass.batchRank());
    }

    /**
     * The reductions: sum and mean are linear (the tangents reduced alike); max and min use lax's chooser rule,
     * the tangent averaged over the elements equal to the result:
     * {@code sum(g * loc, axes) / sum(loc, axes)}, {@code loc = (operand == result)}.
     */
    static Node reduceRule(Pass pass, String kind, Node a, Integer axis, Node out, Node t) {
        TraceGraph graph = pass.graph;
        if (t == null || !a.dtype().isFloat()) {
            return null;
        }
        Node reduced = switch (kind) {
            case "sum", "mean" -> reduceTangent(pass, kind, t, a.shape().length, axis);
            case "max", "min" -> {
                int[] kept = a.shape().clone();
                if (axis == null) {
                    java.util.Arrays.fill(kept, 1);
                } else {
                    kept[Shape.normalizeAxis(axis, kept.length)] = 1;
                }
                Node location = graph.astype(graph.binary(BinaryOp.EQUAL, a, graph.broadcast(graph.reshape(out, kept),
                        a.shape())), t.dtype());
                Node counts = graph.reduce("sum", location, axis, false);
                yield graph.binary(BinaryOp.DIVIDE, reduceTangent(pass, "sum", mul(graph, t, location),
                        a.shape().length, axis), counts);
            }
            default -> throw new NoGradientException("jax.jvp", kind);
        };
        return graph.reshape(reduced, pass.batched(out.shape()));
    }

    /** {@code kind} ("sum" or "mean") of tangent {@code t} over a primal axis (or all of them), basis axes kept. */
    private static Node reduceTangent(Pass pass, String kind, Node t, int primalRank, Integer axis) {
        TraceGraph graph = pass.graph;
        if (pass.batchRank() == 0) {
            return graph.reduce(kind, t, axis, false);
        }
        if (axis != null) {
            return graph.reduce(kind, t, Shape.normalizeAxis(axis, primalRank) + pass.batchRank(), false);
        }
        if (primalRank == 0) {
            return t;
        }
        // Every primal axis: the tangent's rows, one per basis vector, reduced as the flat primal is.
        return graph.reduce(kind, graph.reshape(t, new int[] {pass.prefix[0], -1}), 1, false);
    }

    private static Node sum(TraceGraph graph, Node x, Node y) {
        return x == null ? y : y == null ? x : graph.binary(BinaryOp.ADD, x, y);
    }

    private static Node mul(TraceGraph graph, Node x, Node y) {
        return graph.binary(BinaryOp.MULTIPLY, x, y);
    }

    private static Node neg(TraceGraph graph, Node x) {
        return graph.unary(UnaryOp.NEGATIVE, x);
    }
}
