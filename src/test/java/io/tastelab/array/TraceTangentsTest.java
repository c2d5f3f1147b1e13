package io.tastelab.array;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Forward mode over a trace ({@link TraceTangents}): JAX's JVP rules in JAX's float32 order (checked bit for bit
 * against the same formulas computed with eager jnp), a pass with a leading basis axis equal, bit for bit, to one
 * pass per basis vector, and the checkpoint called per op so that a budget stops a pass in its middle.
 */
class TraceTangentsTest {

    private static final ArrayNamespace JNP = ArrayNamespace.JAX;

    private static NdArray vector(double... values) {
        List<Object> items = new ArrayList<>();
        for (double v : values) {
            items.add(v);
        }
        return JNP.array(items, DType.FLOAT32);
    }

    @Test
    void mulAndTanhFollowJaxsRulesBitForBit() {
        NdArray x = vector(0.3, -1.7, 2.2, 0.01);
        NdArray y = vector(-0.9, 0.45, 1.3, 7.5);
        NdArray xdot = vector(0.7, 0.2, -1.1, 3.0);
        NdArray ydot = vector(-0.25, 1.9, 0.6, -0.05);
        TraceGraph graph = new TraceGraph("jax.jvp");
        TraceGraph.Node a = graph.input(x);
        TraceGraph.Node b = graph.input(y);
        TraceGraph.Node product = graph.binary(BinaryOp.MULTIPLY, a, b);
        TraceGraph.Node tanh = graph.unary(UnaryOp.TANH, product);
        TraceGraph.Node quotient = graph.binary(BinaryOp.DIVIDE, a, b);
        List<TraceGraph.Node> tangents = TraceTangents.jvp(graph, 0, List.of(a, b),
                List.of(graph.constant(xdot), graph.constant(ydot)), new int[0], List.of(product, tanh, quotient));
        List<TraceGraph.Node> outputs = new ArrayList<>(tangents);
        outputs.add(tanh);
        List<NdArray> values = graph.run(List.of(x, y), outputs);

        // mul: xdot * y + x * ydot.
        NdArray productDot = JNP.add(JNP.multiply(xdot, y), JNP.multiply(x, ydot));
        assertThat(values.get(0).toDoubleArray()).containsExactly(productDot.toDoubleArray());
        // tanh: (g + g * t) * (1 - t), t the graph's own tanh (ND4J's kernel in a trace, not eager jnp's).
        NdArray t = values.get(3);
        NdArray tanhDot = JNP.multiply(JNP.add(productDot, JNP.multiply(productDot, t)), JNP.subtract(1.0, t));
        assertThat(values.get(1).toDoubleArray()).containsExactly(tanhDot.toDoubleArray());
        // div: g / y + (-g * x) * integer_pow(y, -2), integer_pow(y, -2) = 1 / (y * y).
        NdArray quotientDot = JNP.add(JNP.divide(xdot, y), JNP.multiply(JNP.multiply(JNP.unary(UnaryOp.NEGATIVE, ydot), x),
                JNP.divide(1.0, JNP.multiply(y, y))));
        assertThat(values.get(2).toDoubleArray()).containsExactly(quotientDot.toDoubleArray());
    }

    @Test
    void aBatchedPassEqualsOnePassPerBasisVector() {
        NdArray w = JNP.reshape(vector(0.2, -0.5, 0.9, 0.7, 0.1, -0.3), 2, 3);
        NdArray v = vector(0.3, -0.8, 0.55);
        int n = 6;
        // The batched pass: the standard basis of W's 6 elements as one (6, 2, 3) tangent.
        TraceGraph batched = new TraceGraph("jax.jacfwd");
        TraceGraph.Node out = function(batched);
        NdArray basis = JNP.eye(n, null, 0, DType.FLOAT32).reshape(n, 2, 3);
        List<TraceGraph.Node> wrt = batched.inputs().subList(0, 1);
        TraceGraph.Node pushed = TraceTangents.jvp(batched, 0, wrt, List.of(batched.constant(basis)),
                new int[] {n}, List.of(out)).getFirst();
        assertThat(pushed.shape()).containsExactly(n, 2);
        double[] all = batched.run(List.of(w, v), List.of(pushed)).getFirst().toDoubleArray();
        for (int k = 0; k < n; k++) {
            TraceGraph single = new TraceGraph("jax.jvp");
            TraceGraph.Node y = function(single);
            NdArray e = JNP.eye(n, null, 0, DType.FLOAT32).reshape(n, 2, 3).get(k);
            TraceGraph.Node tangent = TraceTangents.jvp(single, 0, single.inputs().subList(0, 1),
                    List.of(single.constant(e)), new int[0], List.of(y)).getFirst();
            double[] one = single.run(List.of(w, v), List.of(tangent)).getFirst().toDoubleArray();
            assertThat(java.util.Arrays.copyOfRange(all, 2 * k, 2 * k + 2)).as("basis vector " + k)
                    .containsExactly(one);
        }
    }

    /** Matmul on both sides, a broadcast, max and sum reductions, where, stack, transpose, indexing, exp. */
    private static TraceGraph.Node function(TraceGraph graph) {
        TraceGraph.Node w = graph.input(new int[] {2, 3}, DType.FLOAT32);
        TraceGraph.Node v = graph.input(new int[] {3}, DType.FLOAT32);
        TraceGraph.Node wv = graph.matmul(w, v); // (2,)
        TraceGraph.Node gram = graph.matmul(w, graph.transpose(w, null)); // (2, 2): both operands carry a tangent
        TraceGraph.Node scaled = graph.binary(BinaryOp.MULTIPLY, w, graph.reduce("max", w, 0, true)); // (2, 3)
        TraceGraph.Node chosen = graph.where(graph.binary(BinaryOp.GREATER, scaled, graph.constant(0.0)), scaled,
                graph.unary(UnaryOp.EXP, scaled));
        TraceGraph.Node rows = graph.reduce("sum", chosen, 1, false); // (2,)
        TraceGraph.Node stacked = graph.stack(List.of(graph.take(wv, 0, 1), graph.reduce("sum", gram, null, false)),
                0); // (2,)
        TraceGraph.Node mixed = graph.binary(BinaryOp.DIVIDE, graph.binary(BinaryOp.ADD, rows, stacked),
                graph.binary(BinaryOp.ADD, graph.integerPower(wv, 2), graph.constant(1.0)));
        return graph.binary(BinaryOp.MAXIMUM, mixed, graph.reduce("mean", gram, 0, false));
    }

    @Test
    void aPassStopsAtTheCheckpointInItsMiddle() {
        TraceGraph graph = new TraceGraph("jax.jvp");
        TraceGraph.Node x = graph.input(new int[] {4}, DType.FLOAT32);
        TraceGraph.Node y = x;
        for (int i = 0; i < 40; i++) {
            y = graph.unary(UnaryOp.SIN, y);
        }
        TraceGraph.Node end = y;
        AtomicInteger calls = new AtomicInteger();
        graph.checkpointWith(() -> {
            if (calls.incrementAndGet() >= 7) {
                throw new IllegalStateException("stopped");
            }
        });
        assertThatThrownBy(() -> TraceTangents.jvp(graph, 0, List.of(x), List.of(graph.constant(
                JNP.ones(new int[] {4}, DType.FLOAT32))), new int[0], List.of(end)))
                .isInstanceOf(IllegalStateException.class).hasMessage("stopped");
        assertThat(calls.get()).isEqualTo(7);
    }

    @Test
    void anOutputThatDoesNotDependOnTheInputsGetsZeros() {
        TraceGraph graph = new TraceGraph("jax.jvp");
        TraceGraph.Node x = graph.input(new int[] {3}, DType.FLOAT32);
        TraceGraph.Node constant = graph.unary(UnaryOp.COS, graph.constant(vector(1, 2, 3)));
        TraceGraph.Node tangent = TraceTangents.jvp(graph, 0, List.of(x), List.of(graph.constant(JNP.ones(new int[] {2, 3},
                DType.FLOAT32))), new int[] {2}, List.of(constant)).getFirst();
        assertThat(tangent.shape()).containsExactly(2, 3);
        assertThat(graph.run(List.of(vector(0, 0, 0)), List.of(tangent)).getFirst().toDoubleArray())
                .containsOnly(0.0);
    }
}
