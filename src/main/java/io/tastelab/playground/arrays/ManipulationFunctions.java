package io.tastelab.playground.arrays;

import io.tastelab.array.ArrayNamespace;
import io.tastelab.array.ArrayValueError;
import io.tastelab.array.BinaryOp;
import io.tastelab.array.DType;
import io.tastelab.array.Flavor;
import io.tastelab.array.NdArray;
import io.tastelab.array.Shape;
import io.tastelab.array.TraceGraph;
import io.tastelab.playground.interp.IntValue;
import io.tastelab.playground.interp.IterableValue;
import io.tastelab.playground.interp.NoneValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code tile}, {@code repeat}, {@code roll}, {@code diff}, {@code tril}, {@code triu} and {@code outer} of
 * {@code numpy} and {@code jax.numpy}, eager and traced (jit, grad, jvp, vmap): each is written once over
 * {@link ElementMoves} and moves elements by gathering index plans along one axis at a time (NumPy's own tile is
 * repeats along axes), so dtype and flavour stay the input's; diff and outer use subtract/not_equal and multiply,
 * tril/triu a where with the triangle mask. Traced calls come through {@link #traced}.
 */
final class ManipulationFunctions {

    private ManipulationFunctions() {
    }

    /** The parameters of each function, shared by the eager and the traced call. */
    static final Map<String, List<String>> PARAMETERS = Map.of("tile", List.of("A", "reps"),
            "repeat", List.of("a", "repeats", "axis"), "roll", List.of("a", "shift", "axis"),
            "diff", List.of("a", "n", "axis", "prepend", "append"), "tril", List.of("m", "k"),
            "triu", List.of("m", "k"), "outer", List.of("a", "b"));
    private static final Map<String, Integer> REQUIRED = Map.of("tile", 2, "repeat", 2, "roll", 2, "diff", 1,
            "tril", 1, "triu", 1, "outer", 2);

    static void register(Map<String, Value> f, ArrayNamespace ns) {
        ElementMoves.Eager eager = new ElementMoves.Eager(ns);
        for (String name : PARAMETERS.keySet()) {
            f.put(name, Fn.arrayFunction(name, PARAMETERS.get(name), REQUIRED.get(name),
                    (a, c) -> ArrayValue.wrap(call(eager, ns, name, a))));
        }
    }

    /** The traced form of {@code name} (jnp under jit, grad, jvp, vmap). */
    static TraceGraph.Node traced(String name, io.tastelab.playground.interp.Arguments arguments, TraceGraph graph) {
        Value[] a = arguments.bind(name, PARAMETERS.get(name), REQUIRED.get(name));
        for (int slot = 1; slot < a.length; slot++) {
            // reps, repeats, shift, n, k and axis fix the result's shape or its index plan: they must be known
            if (a[slot] instanceof TracerValue tracer && !(name.equals("outer") || name.equals("diff") && slot > 2)) {
                throw PlaygroundError.of("ConcretizationTypeError", "Abstract tracer value encountered where "
                        + "concrete value is expected: traced array with shape " + tracer.node().abstractValue()
                        + "\nThe " + PARAMETERS.get(name).get(slot) + " argument of jnp." + name + " must be a "
                        + "concrete value under jax.jit; pass it as a Python value or mark it static.\n\nSee "
                        + "https://docs.jax.dev/en/latest/errors.html#jax.errors.ConcretizationTypeError");
            }
        }
        return call(new ElementMoves.Traced(graph), ArrayNamespace.JAX, name, a);
    }

    private static <T> T call(ElementMoves<T> m, ArrayNamespace ns, String name, Value[] a) {
        return switch (name) {
            case "tile" -> tile(m, m.operand(a[0], name), a[1]);
            case "repeat" -> repeat(m, ns, m.operand(a[0], name), a[1], a[2]);
            case "roll" -> roll(m, ns, m.operand(a[0], name), a[1], a[2]);
            case "diff" -> diff(m, ns, m.operand(a[0], name), a[1] == null ? 1 : Py.toLong(a[1], "n"),
                    a[2] == null ? -1 : Py.toInt(a[2], "axis"), a[3], a[4]);
            case "tril", "triu" -> triangle(m, ns, name, m.operand(a[0], name), a[1] == null ? 0
                    : Py.toLong(a[1], "k"));
            case "outer" -> {
                T x = m.operand(a[0], name);
                T y = m.operand(a[1], name);
                yield m.binary(BinaryOp.MULTIPLY, m.reshape(x, new int[] {(int) Shape.size(m.shape(x)), 1}),
                        m.reshape(y, new int[] {1, (int) Shape.size(m.shape(y))}));
            }
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** {@code a} flattened (C order). */
    static <T> T ravel(ElementMoves<T> m, T a) {
        return m.reshape(a, new int[] {(int) Shape.size(m.shape(a))});
    }

    private static int checkedSize(long size) {
        if (size > Integer.MAX_VALUE) {
            throw PlaygroundError.of("MemoryError", "Unable to allocate an array of " + size + " elements");
        }
        return (int) size;
    }

    /** NumPy's tile: reps padded (or the array promoted) with leading ones, then each axis repeated whole. */
    static <T> T tile(ElementMoves<T> m, T a, Value repsValue) {
        List<Value> items = repsValue instanceof IterableValue iterable && !(repsValue instanceof ArrayValue)
                ? iterable.items() : repsValue instanceof ArrayValue array ? array.items() : List.of(repsValue);
        int d = items.size();
        int[] given = m.shape(a);
        long[] reps = new long[Math.max(d, given.length)];
        java.util.Arrays.fill(reps, 1);
        for (int i = 0; i < d; i++) {
            reps[reps.length - d + i] = Py.toLong(items.get(i), "reps");
        }
        int[] shape = new int[reps.length];
        java.util.Arrays.fill(shape, 1);
        System.arraycopy(given, 0, shape, shape.length - given.length, given.length);
        T result = m.reshape(a, shape);
        boolean copied = false;
        for (int axis = 0; axis < reps.length; axis++) {
            if (reps[axis] == 1) {
                continue;
            }
            int length = shape[axis];
            if (reps[axis] < 0 && length > 0) {
                throw PlaygroundError.valueError("negative dimensions are not allowed");
            }
            int[] indices = new int[checkedSize(Math.max(0, reps[axis]) * length)];
            for (int j = 0; j < indices.length; j++) {
                indices[j] = j % length;
            }
            result = m.gather(result, axis, indices);
            copied = true;
        }
        return copied ? result : m.copy(result);
    }

    /** NumPy's repeat: each element along {@code axis} (the flattened array for None) {@code repeats} times. */
    static <T> T repeat(ElementMoves<T> m, ArrayNamespace ns, T a, Value repeatsValue, Value axisValue) {
        int axis;
        if (axisValue == null || axisValue == NoneValue.INSTANCE) {
            a = ravel(m, a);
            axis = 0;
        } else {
            axis = normalizeAxis(ns, Py.toInt(axisValue, "axis"), m.shape(a).length);
        }
        int length = m.shape(a)[axis];
        // NumPy casts repeats to intp unsafely (2.5 repeats twice); one value (a scalar or 0-d) may not be negative
        NdArray given = Py.asArray(ns, repeatsValue, "repeat");
        if (given.dtype().kind() == 'c') {
            throw PlaygroundError.typeError("Cannot cast array data from dtype('" + given.dtype().numpyName()
                    + "') to dtype('int64') according to the rule 'safe'");
        }
        if (given.ndim() > 1) {
            throw PlaygroundError.valueError("object too deep for desired array");
        }
        long[] counts = Py.guard(() -> given.astype(DType.INT64)).toLongArray();
        if (given.ndim() == 0 && counts[0] < 0) {
            throw PlaygroundError.valueError("negative dimensions are not allowed");
        }
        if (counts.length != 1 && counts.length != length) {
            throw PlaygroundError.valueError("operands could not be broadcast together with shape (" + length
                    + ",) (" + counts.length + ",)");
        }
        long total = 0;
        for (int i = 0; i < length; i++) {
            long count = counts[counts.length == 1 ? 0 : i];
            if (count < 0) {
                throw PlaygroundError.valueError("repeats may not contain negative values.");
            }
            total += count;
        }
        int[] indices = new int[checkedSize(total)];
        int at = 0;
        for (int i = 0; i < length; i++) {
            for (long r = counts[counts.length == 1 ? 0 : i]; r > 0; r--) {
                indices[at++] = i;
            }
        }
        return m.gather(a, axis, indices);
    }

    /** NumPy's roll: shifts summed per axis (shift and axis broadcast together), the flattened array for None. */
    static <T> T roll(ElementMoves<T> m, ArrayNamespace ns, T a, Value shiftValue, Value axisValue) {
        if (axisValue == null || axisValue == NoneValue.INSTANCE) {
            return m.reshape(roll(m, ns, ravel(m, a), shiftValue, IntValue.of(0)), m.shape(a));
        }
        int ndim = m.shape(a).length;
        long[] shifts = longs(shiftValue, "shift");
        long[] axesGiven = longs(axisValue, "axis");
        boolean shiftScalar = !(shiftValue instanceof IterableValue || shiftValue instanceof ArrayValue);
        boolean axisScalar = !(axisValue instanceof IterableValue || axisValue instanceof ArrayValue);
        int n = shiftScalar ? axesGiven.length : axisScalar ? shifts.length : shifts.length;
        if (!shiftScalar && !axisScalar && shifts.length != axesGiven.length) {
            if (shifts.length != 1 && axesGiven.length != 1) {
                throw PlaygroundError.valueError("shape mismatch: objects cannot be broadcast to a single shape.  "
                        + "Mismatch is between arg 0 with shape (" + shifts.length + ",) and arg 1 with shape ("
                        + axesGiven.length + ",).");
            }
            n = Math.max(shifts.length, axesGiven.length);
        }
        long[] total = new long[ndim];
        for (int i = 0; i < n; i++) {
            long axis = axesGiven[axesGiven.length == 1 ? 0 : i];
            int normal = normalizeAxis(ns, (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, axis)),
                    ndim);
            total[normal] += shifts[shifts.length == 1 ? 0 : i];
        }
        T result = a;
        boolean moved = false;
        for (int axis = 0; axis < total.length; axis++) {
            int length = m.shape(a)[axis];
            if (length == 0 || Math.floorMod(total[axis], length) == 0) {
                continue;
            }
            int offset = (int) Math.floorMod(total[axis], length);
            int[] indices = new int[length];
            for (int j = 0; j < length; j++) {
                indices[j] = Math.floorMod(j - offset, length);
            }
            result = m.gather(result, axis, indices);
            moved = true;
        }
        return moved ? result : m.copy(result);
    }

    private static long[] longs(Value value, String what) {
        if (value instanceof IterableValue || value instanceof ArrayValue) {
            List<Value> items = value instanceof ArrayValue array ? array.items() : ((IterableValue) value).items();
            long[] out = new long[items.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = truncated(items.get(i), what);
            }
            return out;
        }
        return new long[] {truncated(value, what)};
    }

    /** An int, or a float cut toward zero as NumPy casts roll's shift to intp (1.5 shifts by one). */
    private static long truncated(Value value, String what) {
        return value instanceof io.tastelab.playground.interp.FloatValue number && what.equals("shift")
                ? (long) number.value() : Py.toLong(value, what);
    }

    /** NumPy's diff: {@code n} times a[1:] - a[:-1] (not_equal for bool) along axis, prepend/append joined first. */
    static <T> T diff(ElementMoves<T> m, ArrayNamespace ns, T a, long n, int axisGiven, Value prepend,
            Value append) {
        if (n == 0) {
            return a;
        }
        if (n < 0) {
            throw PlaygroundError.valueError("order must be non-negative but got " + n);
        }
        if (m.shape(a).length == 0) {
            throw PlaygroundError.valueError("diff requires input that is at least one dimensional");
        }
        int axis = normalizeAxis(ns, axisGiven, m.shape(a).length);
        List<T> parts = new ArrayList<>();
        if (prepend != null && prepend != NoneValue.INSTANCE) {
            parts.add(edge(m, a, axis, prepend));
        }
        parts.add(a);
        if (append != null && append != NoneValue.INSTANCE) {
            parts.add(edge(m, a, axis, append));
        }
        T result = parts.size() > 1 ? m.concatenate(parts, axis) : a;
        BinaryOp op = m.dtype(result) == DType.BOOL ? BinaryOp.NOT_EQUAL : BinaryOp.SUBTRACT;
        for (long step = 0; step < n; step++) {
            int length = m.shape(result)[axis];
            if (length == 0) {
                break;
            }
            T later = m.gather(result, axis, range(1, length));
            T earlier = m.gather(result, axis, range(0, length - 1));
            result = m.binary(op, later, earlier);
        }
        return result;
    }

    /** A prepend/append value: a 0-d one broadcast to the array's shape with one row along axis. */
    private static <T> T edge(ElementMoves<T> m, T a, int axis, Value value) {
        T given = m.operand(value, "diff");
        if (m.shape(given).length != 0) {
            return given;
        }
        int[] shape = m.shape(a).clone();
        shape[axis] = 1;
        return m.broadcast(given, shape);
    }

    /** start, start + 1, ..., stop - 1. */
    static int[] range(int start, int stop) {
        int[] indices = new int[Math.max(0, stop - start)];
        for (int k = 0; k < indices.length; k++) {
            indices[k] = start + k;
        }
        return indices;
    }

    /** NumPy's tril/triu: where(tri(*m.shape[-2:], k) mask, m, 0), so a 1-d m gives a square result. */
    static <T> T triangle(ElementMoves<T> moves, ArrayNamespace ns, String name, T m, long k) {
        int[] shape = moves.shape(m);
        if (shape.length == 0 || ns.flavor() == Flavor.JAX && shape.length < 2) {
            throw ns.flavor() == Flavor.JAX
                    ? PlaygroundError.valueError("Argument to jax.numpy." + name + " must be at least 2D")
                    : PlaygroundError.typeError("tri() missing 1 required positional argument: 'N'");
        }
        int rows = shape[Math.max(0, shape.length - 2)];
        int columns = shape[shape.length - 1];
        List<Object> mask = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            List<Object> row = new ArrayList<>(columns);
            for (int j = 0; j < columns; j++) {
                row.add(name.equals("tril") ? j <= i + k : j >= i + k);
            }
            mask.add(row);
        }
        NdArray maskArray = Py.guard(() -> ns.array(mask, DType.BOOL).reshape(rows, columns));
        return moves.where(maskArray, m, moves.constant(ns.zeros(new int[] {1}, moves.dtype(m))));
    }

    static int normalizeAxis(ArrayNamespace ns, int axis, int ndim) {
        if (ns.flavor() == Flavor.JAX && (axis < -ndim || axis >= ndim)) {
            throw Py.toPython(new ArrayValueError("axis " + axis + " is out of bounds for array of dimension "
                    + ndim));
        }
        return Py.guard(() -> Shape.normalizeAxis(axis, ndim));
    }
}
