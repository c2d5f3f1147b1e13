package io.tastelab.array;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A trace's direct run ({@link TraceGraph#run}: ND4J's ops called one after another, float32 elementwise ops,
 * where, tile and transposes in Java) gives the same bits as ND4J SameDiff's session ran the same graph
 * ({@link TraceGraph#runWithSameDiff}), on generated graphs of every traceable op kind, with NaN, infinities, signed
 * zeros and subnormals among the inputs.
 */
class TraceGraphDirectRunTest {

    private static final int[][] SHAPES = {{3, 4}, {4}, {1, 4}, {3, 1}, {4, 3}, {}, {2, 3, 4}};
    private static final float[] SPECIAL = {Float.NaN, 0.0f, -0.0f, Float.POSITIVE_INFINITY,
        Float.NEGATIVE_INFINITY, Float.MIN_VALUE, -1e-40f, 1.0f, -1.0f, 0.5f};

    @Test
    void generatedGraphsRunToTheSameBitsAsSameDiff() {
        Random random = new Random(17);
        int compared = 0;
        int skipped = 0;
        for (int g = 0; g < 60; g++) {
            TraceGraph graph = new TraceGraph();
            List<TraceGraph.Node> pool = new ArrayList<>();
            List<NdArray> arguments = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                int[] shape = SHAPES[random.nextInt(SHAPES.length)];
                NdArray value = values(random, shape);
                arguments.add(value);
                pool.add(graph.input(shape, DType.FLOAT32));
            }
            pool.add(graph.constant(values(random, SHAPES[random.nextInt(SHAPES.length)])));
            pool.add(graph.constant(random.nextBoolean() ? 0.0 : 2.5));
            List<TraceGraph.Node> outputs = new ArrayList<>();
            for (int step = 0; step < 30; step++) {
                TraceGraph.Node made = randomOp(graph, random, pool);
                if (made != null) {
                    pool.add(made);
                    outputs.add(made);
                }
            }
            List<NdArray> direct = graph.run(arguments, outputs);
            List<NdArray> reference;
            try {
                reference = graph.runWithSameDiff(arguments, outputs);
            } catch (RuntimeException sameDiffFailed) {
                // SameDiff's session cannot run some graphs the direct run can (a reduction of a fed scalar):
                // nothing to compare against.
                skipped++;
                continue;
            }
            for (int i = 0; i < outputs.size(); i++) {
                assertThat(direct.get(i).shape()).isEqualTo(reference.get(i).shape());
                assertThat(direct.get(i).dtype()).isEqualTo(reference.get(i).dtype());
                assertThat(bits(direct.get(i))).as("graph %d output %d (%s)", g, i, outputs.get(i).abstractValue())
                        .isEqualTo(bits(reference.get(i)));
                compared++;
            }
            // A second run of the same graph on the same inputs: nothing of the first run is reused wrongly.
            List<NdArray> again = graph.run(arguments, outputs);
            for (int i = 0; i < outputs.size(); i++) {
                assertThat(bits(again.get(i))).isEqualTo(bits(direct.get(i)));
            }
        }
        assertThat(skipped).as("graphs SameDiff could not run").isLessThan(15);
        assertThat(compared).isGreaterThan(800);
    }

    @Test
    void aMultiLayerPerceptronStepMatchesSameDiff() {
        // The shapes of the JAX 101 pytrees notebook's MLP: matmuls, broadcast bias adds, relu's maximum, and
        // the gradient's transposes, where and sums.
        Random random = new Random(5);
        TraceGraph graph = new TraceGraph();
        TraceGraph.Node x = graph.input(new int[] {128, 1}, DType.FLOAT32);
        TraceGraph.Node w0 = graph.input(new int[] {1, 128}, DType.FLOAT32);
        TraceGraph.Node b0 = graph.input(new int[] {128}, DType.FLOAT32);
        TraceGraph.Node w1 = graph.input(new int[] {128, 128}, DType.FLOAT32);
        TraceGraph.Node h0 = graph.binary(BinaryOp.MAXIMUM, graph.binary(BinaryOp.ADD, graph.matmul(x, w0), b0),
                graph.constant(0.0));
        TraceGraph.Node h1 = graph.matmul(h0, w1);
        TraceGraph.Node loss = graph.reduce("mean", graph.binary(BinaryOp.MULTIPLY, h1, h1), null, false);
        List<TraceGraph.Node> grads = TraceGradients.gradients(graph, 0, loss, List.of(w0, b0, w1));
        List<TraceGraph.Node> outputs = new ArrayList<>(grads);
        outputs.add(loss);
        List<NdArray> arguments = List.of(gaussian(random, 128, 1), gaussian(random, 1, 128), gaussian(random, 128),
                gaussian(random, 128, 128));
        List<NdArray> direct = graph.run(arguments, outputs);
        List<NdArray> reference = graph.runWithSameDiff(arguments, outputs);
        for (int i = 0; i < outputs.size(); i++) {
            assertThat(bits(direct.get(i))).isEqualTo(bits(reference.get(i)));
        }
    }

    private static TraceGraph.Node randomOp(TraceGraph graph, Random random, List<TraceGraph.Node> pool) {
        TraceGraph.Node a = pool.get(random.nextInt(pool.size()));
        TraceGraph.Node b = pool.get(random.nextInt(pool.size()));
        try {
            return switch (random.nextInt(12)) {
                case 0, 1, 2 -> graph.binary(pick(random, BinaryOp.ADD, BinaryOp.SUBTRACT, BinaryOp.MULTIPLY,
                        BinaryOp.DIVIDE, BinaryOp.MAXIMUM, BinaryOp.MINIMUM), a, b);
                case 3 -> graph.unary(pick(random, UnaryOp.NEGATIVE, UnaryOp.ABSOLUTE, UnaryOp.EXP, UnaryOp.LOG,
                        UnaryOp.SQRT, UnaryOp.SIN, UnaryOp.COS, UnaryOp.TANH), a);
                case 4 -> graph.where(graph.binary(pick(random, BinaryOp.LESS, BinaryOp.LESS_EQUAL, BinaryOp.GREATER,
                        BinaryOp.GREATER_EQUAL, BinaryOp.EQUAL, BinaryOp.NOT_EQUAL), a, b), a, b);
                case 5 -> a.shape().length == 2 && b.shape().length == 2 && a.shape()[1] == b.shape()[0]
                        ? graph.matmul(a, b) : graph.transpose(a, null);
                case 6 -> graph.reduce(pick(random, "sum", "mean", "max", "min"), a,
                        a.shape().length == 0 || random.nextBoolean() ? null : random.nextInt(a.shape().length),
                        random.nextBoolean());
                case 7 -> graph.reshape(a, new int[] {-1});
                case 8 -> random.nextBoolean() ? graph.astype(graph.binary(BinaryOp.GREATER, a, b), DType.FLOAT32)
                        : graph.binary(BinaryOp.MULTIPLY, a, graph.astype(graph.astype(graph.constant(integers(random,
                        a.shape())), pick(random, DType.BOOL, DType.INT32)), DType.FLOAT32));
                case 9 -> graph.stack(List.of(a, a), random.nextInt(a.shape().length + 1));
                case 10 -> graph.broadcast(a, broadcastShape(a.shape()));
                default -> a.shape().length == 0 ? graph.integerPower(a, 2) : graph.take(a, 0, 0);
            };
        } catch (ArrayException e) {
            return null; // shapes that do not fit: another op is drawn
        }
    }

    private static int[] broadcastShape(int[] shape) {
        int[] out = new int[shape.length + 1];
        out[0] = 2;
        for (int d = 0; d < shape.length; d++) {
            out[d + 1] = shape[d] == 1 ? 3 : shape[d];
        }
        return out;
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static NdArray values(Random random, int[] shape) {
        int n = (int) Shape.size(shape);
        double[] data = new double[n];
        for (int i = 0; i < n; i++) {
            data[i] = random.nextInt(4) == 0 ? SPECIAL[random.nextInt(SPECIAL.length)]
                    : (float) (random.nextGaussian() * 3);
        }
        return fromDoubles(data, shape);
    }

    private static NdArray integers(Random random, int[] shape) {
        List<Long> list = new ArrayList<>();
        for (int i = 0; i < Shape.size(shape); i++) {
            list.add(random.nextInt(3) == 0 ? 0L : random.nextInt() >> random.nextInt(31));
        }
        return ArrayNamespace.JAX.array(list, DType.INT32).reshape(shape);
    }

    private static NdArray gaussian(Random random, int... shape) {
        int n = (int) Shape.size(shape);
        double[] data = new double[n];
        for (int i = 0; i < n; i++) {
            data[i] = (float) random.nextGaussian();
        }
        return fromDoubles(data, shape);
    }

    private static NdArray fromDoubles(double[] data, int[] shape) {
        List<Double> list = new ArrayList<>();
        for (double v : data) {
            list.add(v);
        }
        return ArrayNamespace.JAX.array(list, DType.FLOAT32).reshape(shape);
    }

    /**
     * The elements' bits (float32 widened to double keeps them), every NaN as one: the sign of a NaN made from two
     * NaNs of opposite sign (x86 keeps the first operand's) depends on the operand order the C++ or Java compiler
     * chose for the instruction, which neither language fixes, and NumPy and JAX print every NaN as {@code nan}.
     */
    private static long[] bits(NdArray array) {
        double[] values = array.toDoubleArray();
        long[] bits = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = Double.isNaN(values[i]) ? Double.doubleToLongBits(Double.NaN)
                    : Double.doubleToRawLongBits(values[i]);
        }
        return bits;
    }
}
