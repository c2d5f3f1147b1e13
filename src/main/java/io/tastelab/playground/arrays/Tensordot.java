package io.tastelab.playground.arrays;

import io.tastelab.array.ArrayNamespace;
import io.tastelab.array.Flavor;
import io.tastelab.array.NdArray;
import io.tastelab.array.Shape;
import io.tastelab.array.TraceGraph;
import io.tastelab.playground.interp.IntValue;
import io.tastelab.playground.interp.ListValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.TupleValue;
import io.tastelab.playground.interp.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code np.tensordot} and {@code jnp.tensordot}: the sum of products over {@code axes} of {@code a} and
 * {@code b}, computed as NumPy computes it (the summed axes moved to the end of {@code a} and the front of
 * {@code b}, both made matrices, one {@code dot}, the free axes restored). Each library parses {@code axes} and
 * refuses bad ones in its own words: NumPy's {@code numeric.tensordot}, JAX's {@code jax.numpy.tensordot}.
 */
final class Tensordot {

    private Tensordot() {
    }

    /** The contracted axes of {@code a} and of {@code b}, pairwise, non-negative. */
    record Contraction(int[] axesA, int[] axesB) {
    }

    /** {@code tensordot(a, b, axes)} of concrete arrays, with {@code ns}'s rules for {@code axes}. */
    static NdArray eager(ArrayNamespace ns, NdArray a, NdArray b, Value axes) {
        Contraction contraction = ns.flavor() == Flavor.NUMPY ? numpyAxes(axes, a.shape(), b.shape())
                : jaxAxes(axes, a.shape(), b.shape());
        Layout layout = new Layout(a.shape(), b.shape(), contraction);
        NdArray left = Py.guard(() -> ns.reshape(ns.transpose(a, layout.permutationA), layout.matrixA));
        NdArray right = Py.guard(() -> ns.reshape(ns.transpose(b, layout.permutationB), layout.matrixB));
        return Py.guard(() -> ns.reshape(ns.dot(left, right), layout.resultShape));
    }

    /** {@code jnp.tensordot(a, b, axes)} of traced nodes: transposes, reshapes and one matmul in the trace. */
    static TraceGraph.Node traced(TraceGraph graph, TraceGraph.Node a, TraceGraph.Node b, Value axes) {
        Layout layout = new Layout(a.shape(), b.shape(), jaxAxes(axes, a.shape(), b.shape()));
        TraceGraph.Node left = graph.reshape(graph.transpose(a, layout.permutationA), layout.matrixA);
        TraceGraph.Node right = graph.reshape(graph.transpose(b, layout.permutationB), layout.matrixB);
        return graph.reshape(graph.matmul(left, right), layout.resultShape);
    }

    /** NumPy's transposes and shapes: a to (free, summed) and b to (summed, free) matrices. */
    private static final class Layout {
        final int[] permutationA;
        final int[] permutationB;
        final int[] matrixA;
        final int[] matrixB;
        final int[] resultShape;

        Layout(int[] shapeA, int[] shapeB, Contraction contraction) {
            int[] freeA = free(shapeA.length, contraction.axesA);
            int[] freeB = free(shapeB.length, contraction.axesB);
            permutationA = concat(freeA, contraction.axesA);
            permutationB = concat(contraction.axesB, freeB);
            long summed = product(shapeA, contraction.axesA);
            matrixA = new int[] {(int) product(shapeA, freeA), (int) summed};
            matrixB = new int[] {(int) summed, (int) product(shapeB, freeB)};
            resultShape = new int[freeA.length + freeB.length];
            for (int i = 0; i < freeA.length; i++) {
                resultShape[i] = shapeA[freeA[i]];
            }
            for (int i = 0; i < freeB.length; i++) {
                resultShape[freeA.length + i] = shapeB[freeB[i]];
            }
        }
    }

    /** NumPy 2's parsing and checks of {@code axes} ({@code numpy._core.numeric.tensordot}). */
    static Contraction numpyAxes(Value axes, int[] shapeA, int[] shapeB) {
        List<Integer> axesA = new ArrayList<>();
        List<Integer> axesB = new ArrayList<>();
        if (axes instanceof TupleValue || axes instanceof ListValue) {
            List<Value> pair = ((io.tastelab.playground.interp.IterableValue) axes).items();
            if (pair.size() > 2) {
                throw PlaygroundError.valueError("too many values to unpack (expected 2)");
            }
            if (pair.size() < 2) {
                throw PlaygroundError.valueError("not enough values to unpack (expected 2, got " + pair.size() + ")");
            }
            numpyAxisList(pair.get(0), axesA);
            numpyAxisList(pair.get(1), axesB);
        } else {
            int n = Py.toInt(axes, null);
            for (int k = -n; k < 0; k++) {
                axesA.add(k);
            }
            for (int k = 0; k < n; k++) {
                axesB.add(k);
            }
        }
        if (axesA.stream().distinct().count() != axesA.size() || axesB.stream().distinct().count() != axesB.size()) {
            throw PlaygroundError.valueError("duplicate axes are not allowed in tensordot");
        }
        boolean equal = axesA.size() == axesB.size();
        for (int k = 0; equal && k < axesA.size(); k++) {
            int x = tupleIndex(shapeA, axesA.get(k));
            int y = tupleIndex(shapeB, axesB.get(k));
            if (shapeA[x] != shapeB[y]) {
                equal = false;
            }
            axesA.set(k, x);
            axesB.set(k, y);
        }
        if (!equal) {
            throw PlaygroundError.valueError("shape-mismatch for sum");
        }
        return new Contraction(ints(axesA), ints(axesB));
    }

    /** One side of NumPy's axes pair: a sequence of ints, or one int. */
    private static void numpyAxisList(Value side, List<Integer> into) {
        if (side instanceof TupleValue || side instanceof ListValue) {
            for (Value item : ((io.tastelab.playground.interp.IterableValue) side).items()) {
                into.add(Py.toInt(item, null));
            }
        } else {
            into.add(Py.toInt(side, null));
        }
    }

    /** Python's {@code shape[axis]} check: the non-negative position, else its IndexError. */
    private static int tupleIndex(int[] shape, int axis) {
        if (axis < -shape.length || axis >= shape.length) {
            throw PlaygroundError.indexError("tuple index out of range");
        }
        return axis < 0 ? axis + shape.length : axis;
    }

    /** JAX's parsing and checks of {@code axes} ({@code jax.numpy.tensordot}, then dot_general's shape check). */
    static Contraction jaxAxes(Value axes, int[] shapeA, int[] shapeB) {
        int[] axesA;
        int[] axesB;
        if (axes instanceof IntValue) {
            int n = Py.toInt(axes, null);
            if (n > Math.min(shapeA.length, shapeB.length)) {
                throw PlaygroundError.typeError("Number of tensordot axes (axes " + n + ") exceeds input ranks ("
                        + Shape.pythonTuple(shapeA) + " and " + Shape.pythonTuple(shapeB) + ")");
            }
            int count = Math.max(0, n);
            axesA = new int[count];
            axesB = new int[count];
            for (int k = 0; k < count; k++) {
                axesA[k] = shapeA.length - count + k;
                axesB[k] = k;
            }
        } else if ((axes instanceof TupleValue || axes instanceof ListValue)
                && ((io.tastelab.playground.interp.IterableValue) axes).items().size() == 2) {
            List<Value> pair = ((io.tastelab.playground.interp.IterableValue) axes).items();
            Value first = pair.get(0);
            Value second = pair.get(1);
            if (isInt(first) && isInt(second)) {
                axesA = new int[] {jaxAxis(first, shapeA.length)};
                axesB = new int[] {jaxAxis(second, shapeB.length)};
            } else if (isSequence(first) && isSequence(second)) {
                List<Value> listA = ((io.tastelab.playground.interp.IterableValue) first).items();
                List<Value> listB = ((io.tastelab.playground.interp.IterableValue) second).items();
                if (listA.size() != listB.size()) {
                    throw PlaygroundError.typeError("tensordot requires axes lists to have equal length, got "
                            + first.repr() + " and " + second.repr() + ".");
                }
                axesA = new int[listA.size()];
                axesB = new int[listB.size()];
                for (int k = 0; k < axesA.length; k++) {
                    axesA[k] = jaxAxis(listA.get(k), shapeA.length);
                    axesB[k] = jaxAxis(listB.get(k), shapeB.length);
                }
            } else {
                throw PlaygroundError.typeError("tensordot requires both axes lists to be either ints, tuples or "
                        + "lists, got " + first.repr() + " and " + second.repr());
            }
        } else {
            throw PlaygroundError.typeError("tensordot axes argument must be an int, a pair of ints, or a pair of "
                    + "lists/tuples of ints.");
        }
        int[] sizesA = new int[axesA.length];
        int[] sizesB = new int[axesB.length];
        for (int k = 0; k < axesA.length; k++) {
            sizesA[k] = shapeA[axesA[k]];
            sizesB[k] = shapeB[axesB[k]];
        }
        if (!java.util.Arrays.equals(sizesA, sizesB)) {
            throw PlaygroundError.typeError("dot_general requires contracting dimensions to have the same shape, got "
                    + Shape.pythonTuple(sizesA) + " and " + Shape.pythonTuple(sizesB) + ".");
        }
        return new Contraction(axesA, axesB);
    }

    private static boolean isInt(Value value) {
        return value instanceof IntValue;
    }

    private static boolean isSequence(Value value) {
        return value instanceof TupleValue || value instanceof ListValue;
    }

    /** JAX's {@code canonicalize_axis}. */
    private static int jaxAxis(Value value, int rank) {
        int axis = Py.toInt(value, null);
        if (axis < -rank || axis >= rank) {
            throw PlaygroundError.valueError("axis " + axis + " is out of bounds for array of dimension " + rank);
        }
        return axis < 0 ? axis + rank : axis;
    }

    private static int[] free(int rank, int[] summed) {
        List<Integer> out = new ArrayList<>();
        for (int d = 0; d < rank; d++) {
            final int axis = d;
            if (java.util.Arrays.stream(summed).noneMatch(s -> s == axis)) {
                out.add(d);
            }
        }
        return ints(out);
    }

    private static long product(int[] shape, int[] axes) {
        long size = 1;
        for (int axis : axes) {
            size *= shape[axis];
        }
        return size;
    }

    private static int[] concat(int[] first, int[] second) {
        int[] out = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, out, first.length, second.length);
        return out;
    }

    private static int[] ints(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }
}
