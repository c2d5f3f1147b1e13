package io.tastelab.playground.arrays;

import io.tastelab.array.ArrayNamespace;
import io.tastelab.array.BinaryOp;
import io.tastelab.array.DType;
import io.tastelab.array.Index;
import io.tastelab.array.NdArray;
import io.tastelab.array.TraceGraph;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * The few operations that tile, repeat, roll, diff, tril/triu, outer, take and pad are written with, so that each
 * function's algorithm (its index plans) is written once and runs on eager arrays ({@link Eager}) and on traced
 * values under jit, grad, jvp and vmap ({@link Traced}): elements move only by {@link #gather} along one axis.
 *
 * @param <T> an eager array or a traced node
 */
interface ElementMoves<T> {

    /** An argument as a value of this kind: an array (eager) or a node (a constant unless traced). */
    T operand(Value value, String function);

    int[] shape(T a);

    DType dtype(T a);

    /** The entries of {@code a} at {@code indices} (each within the axis) along {@code axis}, in that order. */
    T gather(T a, int axis, int[] indices);

    T reshape(T a, int[] shape);

    /** {@code a} repeated to {@code shape}, a shape it broadcasts to. */
    T broadcast(T a, int[] shape);

    T binary(BinaryOp op, T a, T b);

    /** {@code where(mask, x, y)} with a known bool mask that broadcasts with both. */
    T where(NdArray mask, T x, T y);

    T concatenate(List<T> items, int axis);

    /** A known value (in the module's flavour). */
    T constant(NdArray value);

    /** A result that shares nothing with {@code a} (eager NumPy returns a new array even when nothing moves). */
    T copy(T a);

    /** Eager arrays of one module. */
    record Eager(ArrayNamespace ns) implements ElementMoves<NdArray> {
        @Override
        public NdArray operand(Value value, String function) {
            return Py.asArray(ns, value, function);
        }

        @Override
        public int[] shape(NdArray a) {
            return a.shape();
        }

        @Override
        public DType dtype(NdArray a) {
            return a.dtype();
        }

        @Override
        public NdArray gather(NdArray a, int axis, int[] indices) {
            List<Index> index = new ArrayList<>();
            for (int k = 0; k < axis; k++) {
                index.add(Index.Slice.ALL);
            }
            index.add(new Index.Array(ArrayNamespace.NUMPY.fromInts(indices, DType.INT32, indices.length)));
            return Py.guard(() -> a.get(index));
        }

        @Override
        public NdArray reshape(NdArray a, int[] shape) {
            return Py.guard(() -> a.reshape(shape));
        }

        @Override
        public NdArray broadcast(NdArray a, int[] shape) {
            return Py.guard(() -> ns.full(shape, a, a.dtype()));
        }

        @Override
        public NdArray binary(BinaryOp op, NdArray a, NdArray b) {
            return Py.guard(() -> ns.binary(op, a, b));
        }

        @Override
        public NdArray where(NdArray mask, NdArray x, NdArray y) {
            return Py.guard(() -> ns.where(mask, x, y));
        }

        @Override
        public NdArray concatenate(List<NdArray> items, int axis) {
            return Py.guard(() -> ns.concatenate(new ArrayList<>(items), axis));
        }

        @Override
        public NdArray constant(NdArray value) {
            return value.withFlavor(ns.flavor());
        }

        @Override
        public NdArray copy(NdArray a) {
            return Py.guard(a::copy);
        }
    }

    /** Nodes of one trace (jnp under jit, grad, jvp, vmap). */
    record Traced(TraceGraph graph) implements ElementMoves<TraceGraph.Node> {
        @Override
        public TraceGraph.Node operand(Value value, String function) {
            TraceGraph.Node node = TracerValue.operand(graph, value);
            if (node == null) {
                throw PlaygroundError.typeError(function + "(): expected an array, got '" + value.typeName() + "'");
            }
            return node;
        }

        @Override
        public int[] shape(TraceGraph.Node a) {
            return a.shape();
        }

        @Override
        public DType dtype(TraceGraph.Node a) {
            return a.dtype();
        }

        @Override
        public TraceGraph.Node gather(TraceGraph.Node a, int axis, int[] indices) {
            return Py.guard(() -> graph.gather(a, axis, indices));
        }

        @Override
        public TraceGraph.Node reshape(TraceGraph.Node a, int[] shape) {
            return Py.guard(() -> graph.reshape(a, shape));
        }

        @Override
        public TraceGraph.Node broadcast(TraceGraph.Node a, int[] shape) {
            return Py.guard(() -> graph.broadcast(a, shape));
        }

        @Override
        public TraceGraph.Node binary(BinaryOp op, TraceGraph.Node a, TraceGraph.Node b) {
            return Py.guard(() -> graph.binary(op, a, b));
        }

        @Override
        public TraceGraph.Node where(NdArray mask, TraceGraph.Node x, TraceGraph.Node y) {
            return Py.guard(() -> graph.where(graph.constant(mask), x, y));
        }

        @Override
        public TraceGraph.Node concatenate(List<TraceGraph.Node> items, int axis) {
            return Py.guard(() -> graph.concatenate(items, axis));
        }

        @Override
        public TraceGraph.Node constant(NdArray value) {
            return Py.guard(() -> graph.constant(value));
        }

        @Override
        public TraceGraph.Node copy(TraceGraph.Node a) {
            return a;
        }
    }
}
