package io.tastelab.array;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A traced graph calls its checkpoint between the ops of a run and the steps of a derivative, so that the
 * playground's Cancel and time limit stop a long jit run or Jacobian; what the checkpoint throws comes out as is.
 */
class TraceCheckpointTest {

    /** Thrown by the test's checkpoint, to be told apart from anything ND4J throws. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super("stopped by the checkpoint");
        }
    }

    /** A checkpoint that throws on its {@code limit}-th call. */
    private static Runnable stopAfter(AtomicInteger calls, int limit) {
        return () -> {
            if (calls.incrementAndGet() >= limit) {
                throw new Stop();
            }
        };
    }

    private static TraceGraph chain(int ops) {
        TraceGraph graph = new TraceGraph();
        TraceGraph.Node x = graph.input(new int[] {4}, DType.FLOAT32);
        TraceGraph.Node y = x;
        for (int i = 0; i < ops; i++) {
            y = graph.binary(BinaryOp.MULTIPLY, graph.unary(UnaryOp.TANH, y), graph.constant(1.5));
        }
        return graph;
    }

    @Test
    void aRunStopsAtTheCheckpointWithItsOwnException() {
        TraceGraph graph = chain(40);
        TraceGraph.Node end = lastOp(graph);
        TraceGraph.Node out = graph.binary(BinaryOp.ADD, graph.inputs().getFirst(), graph.constant(0.0));
        AtomicInteger calls = new AtomicInteger();
        graph.checkpointWith(stopAfter(calls, 10));
        NdArray x = ArrayNamespace.JAX.ones(new int[] {4}, DType.FLOAT32);
        assertThatThrownBy(() -> graph.run(List.of(x), List.of(end))).isInstanceOf(Stop.class);
        assertThat(calls.get()).isEqualTo(10);
        // Without a stop the same graph runs, calling the checkpoint once per op at least.
        AtomicInteger counted = new AtomicInteger();
        graph.checkpointWith(counted::incrementAndGet);
        assertThat(graph.run(List.of(x), List.of(end, out))).hasSize(2);
        assertThat(counted.get()).isGreaterThanOrEqualTo(80);
    }

    @Test
    void aDerivativePassStopsAtTheCheckpoint() {
        TraceGraph graph = chain(40);
        TraceGraph.Node loss = graph.reduce("sum", lastOp(graph), null, false);
        AtomicInteger calls = new AtomicInteger();
        graph.checkpointWith(stopAfter(calls, 5));
        assertThatThrownBy(() -> TraceGradients.gradients(graph, 0, loss, graph.inputs())).isInstanceOf(Stop.class);
        assertThat(calls.get()).isEqualTo(5);
    }

    private static TraceGraph.Node lastOp(TraceGraph graph) {
        List<TraceGraph.Step> steps = graph.steps(0, graph.tapeSize());
        return steps.getLast().output();
    }
}
