package io.tastelab.playground.arrays;

import io.tastelab.array.ArrayNamespace;
import io.tastelab.array.ArrayValueError;
import io.tastelab.array.BinaryOp;
import io.tastelab.array.DType;
import io.tastelab.array.Flavor;
import io.tastelab.array.Index;
import io.tastelab.array.NdArray;
import io.tastelab.array.Shape;
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
 * {@code numpy} and {@code jax.numpy}, eager only. Each moves elements by taking index arrays along one axis at a
 * time (NumPy's own tile is repeats along axes), so dtype and flavour stay the input's; diff and outer use the
 * module's subtract/not_equal and multiply, tril/triu its where.
 */
final class ManipulationFunctions {

    private ManipulationFunctions() {
    }

    static void register(Map<String, Value> f, ArrayNamespace ns) {
        f.put("tile", Fn.arrayFunction("tile", List.of("A", "reps"), 2, (a, c) -> ArrayValue.wrap(
                tile(ns, Py.asArray(ns, a[0], "tile"), a[1]))));
        f.put("repeat", Fn.arrayFunction("repeat", List.of("a", "repeats", "axis"), 2, (a, c) -> ArrayValue.wrap(
                repeat(ns, Py.asArray(ns, a[0], "repeat"), a[1], a[2]))));
        f.put("roll", Fn.arrayFunction("roll", List.of("a", "shift", "axis"), 2, (a, c) -> ArrayValue.wrap(
                roll(ns, Py.asArray(ns, a[0], "roll"), a[1], a[2]))));
        f.put("diff", Fn.arrayFunction("diff", List.of("a", "n", "axis", "prepend", "append"), 1, (a, c) ->
                ArrayValue.wrap(diff(ns, Py.asArray(ns, a[0], "diff"), a[1] == null ? 1 : Py.toLong(a[1], "n"),
                        a[2] == null ? -1 : Py.toInt(a[2], "axis"), a[3], a[4]))));
        for (String name : List.of("tril", "triu")) {
            f.put(name, Fn.arrayFunction(name, List.of("m", "k"), 1, (a, c) -> ArrayValue.wrap(triangle(ns,
                    name, Py.asArray(ns, a[0], name), a[1] == null ? 0 : Py.toLong(a[1], "k")))));
        }
        f.put("outer", Fn.arrayFunction("outer", List.of("a", "b"), 2, (a, c) -> {
            NdArray x = Py.asArray(ns, a[0], "outer").ravel();
            NdArray y = Py.asArray(ns, a[1], "outer").ravel();
            return ArrayValue.wrap(Py.guard(() -> ns.multiply(x.reshape(-1, 1), y.reshape(1, -1))));
        }));
    }

    /** {@code m} with only the positions {@code indices} along {@code axis}, in that order. */
    private static NdArray take(NdArray m, int axis, int[] indices) {
        List<Index> index = new ArrayList<>();
        for (int k = 0; k < axis; k++) {
            index.add(Index.Slice.ALL);
        }
        index.add(new Index.Array(ArrayNamespace.NUMPY.fromInts(indices, DType.INT32, indices.length)));
        return Py.guard(() -> m.get(index));
    }

    private static int checkedSize(long size) {
        if (size > Integer.MAX_VALUE) {
            throw PlaygroundError.of("MemoryError", "Unable to allocate an array of " + size + " elements");
        }
        return (int) size;
    }

    /** NumPy's tile: reps padded (or the array promoted) with leading ones, then each axis repeated whole. */
    static NdArray tile(ArrayNamespace ns, NdArray a, Value repsValue) {
        List<Value> items = repsValue instanceof IterableValue iterable && !(repsValue instanceof ArrayValue)
                ? iterable.items() : repsValue instanceof ArrayValue array ? array.items() : List.of(repsValue);
        int d = items.size();
        long[] reps = new long[Math.max(d, a.ndim())];
        java.util.Arrays.fill(reps, 1);
        for (int i = 0; i < d; i++) {
            reps[reps.length - d + i] = Py.toLong(items.get(i), "reps");
        }
        int[] shape = new int[reps.length];
        java.util.Arrays.fill(shape, 1);
        System.arraycopy(a.shape(), 0, shape, shape.length - a.ndim(), a.ndim());
        NdArray result = a.reshape(shape);
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
            result = take(result, axis, indices);
            copied = true;
        }
        return copied ? result : Py.guard(result::copy);
    }

    /** NumPy's repeat: each element along {@code axis} (the flattened array for None) {@code repeats} times. */
    static NdArray repeat(ArrayNamespace ns, NdArray a, Value repeatsValue, Value axisValue) {
        int axis;
        if (axisValue == null || axisValue == NoneValue.INSTANCE) {
            a = a.ravel();
            axis = 0;
        } else {
            axis = normalizeAxis(ns, Py.toInt(axisValue, "axis"), a.ndim());
        }
        int length = a.shape()[axis];
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
        return take(a, axis, indices);
    }

    /** NumPy's roll: shifts summed per axis (shift and axis broadcast together), the flattened array for None. */
    static NdArray roll(ArrayNamespace ns, NdArray a, Value shiftValue, Value axisValue) {
        if (axisValue == null || axisValue == NoneValue.INSTANCE) {
            return roll(ns, a.ravel(), shiftValue, IntValue.of(0)).reshape(a.shape());
        }
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
        long[] total = new long[a.ndim()];
        for (int i = 0; i < n; i++) {
            long axis = axesGiven[axesGiven.length == 1 ? 0 : i];
            int normal = normalizeAxis(ns, (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, axis)),
                    a.ndim());
            total[normal] += shifts[shifts.length == 1 ? 0 : i];
        }
        NdArray result = a;
        boolean moved = false;
        for (int axis = 0; axis < total.length; axis++) {
            int length = a.shape()[axis];
            if (length == 0 || Math.floorMod(total[axis], length) == 0) {
                continue;
            }
            int offset = (int) Math.floorMod(total[axis], length);
            int[] indices = new int[length];
            for (int j = 0; j < length; j++) {
                indices[j] = Math.floorMod(j - offset, length);
            }
            result = take(result, axis, indices);
            moved = true;
        }
        return moved ? result : Py.guard(result::copy);
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
    static NdArray diff(ArrayNamespace ns, NdArray a, long n, int axisGiven, Value prepend, Value append) {
        if (n == 0) {
            return a;
        }
        if (n < 0) {
            throw PlaygroundError.valueError("order must be non-negative but got " + n);
        }
        if (a.ndim() == 0) {
            throw PlaygroundError.valueError("diff requires input that is at least one dimensional");
        }
        int axis = normalizeAxis(ns, axisGiven, a.ndim());
        List<Object> parts = new ArrayList<>();
        if (prepend != null && prepend != NoneValue.INSTANCE) {
            parts.add(edge(ns, a, axis, prepend));
        }
        parts.add(a);
        if (append != null && append != NoneValue.INSTANCE) {
            parts.add(edge(ns, a, axis, append));
        }
        NdArray result = parts.size() > 1 ? Py.guard(() -> ns.concatenate(parts, axis)) : a;
        BinaryOp op = result.dtype() == DType.BOOL ? BinaryOp.NOT_EQUAL : BinaryOp.SUBTRACT;
        for (long step = 0; step < n; step++) {
            int length = result.shape()[axis];
            if (length == 0) {
                break;
            }
            NdArray later = slice(result, axis, 1, length);
            NdArray earlier = slice(result, axis, 0, length - 1);
            result = Py.guard(() -> ns.binary(op, later, earlier));
        }
        return result;
    }

    /** A prepend/append value: a 0-d one broadcast to the array's shape with one row along axis. */
    private static NdArray edge(ArrayNamespace ns, NdArray a, int axis, Value value) {
        NdArray given = Py.asArray(ns, value, "diff");
        if (given.ndim() != 0) {
            return given;
        }
        int[] shape = a.shape().clone();
        shape[axis] = 1;
        return Py.guard(() -> ns.full(shape, given, given.dtype()));
    }

    private static NdArray slice(NdArray m, int axis, long start, long stop) {
        List<Index> index = new ArrayList<>();
        for (int k = 0; k < axis; k++) {
            index.add(Index.Slice.ALL);
        }
        index.add(new Index.Slice(start, stop, null));
        return Py.guard(() -> m.get(index));
    }

    /** NumPy's tril/triu: where(tri(*m.shape[-2:], k) mask, m, 0), so a 1-d m gives a square result. */
    static NdArray triangle(ArrayNamespace ns, String name, NdArray m, long k) {
        if (m.ndim() == 0 || ns.flavor() == Flavor.JAX && m.ndim() < 2) {
            throw ns.flavor() == Flavor.JAX
                    ? PlaygroundError.valueError("Argument to jax.numpy." + name + " must be at least 2D")
                    : PlaygroundError.typeError("tri() missing 1 required positional argument: 'N'");
        }
        int rows = m.shape()[Math.max(0, m.ndim() - 2)];
        int columns = m.shape()[m.ndim() - 1];
        List<Object> mask = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            List<Object> row = new ArrayList<>(columns);
            for (int j = 0; j < columns; j++) {
                row.add(name.equals("tril") ? j <= i + k : j >= i + k);
            }
            mask.add(row);
        }
        NdArray maskArray = Py.guard(() -> ns.array(mask, DType.BOOL).reshape(rows, columns));
        return Py.guard(() -> ns.where(maskArray, m, ns.zeros(new int[] {1}, m.dtype())));
    }

    private static int normalizeAxis(ArrayNamespace ns, int axis, int ndim) {
        if (ns.flavor() == Flavor.JAX && (axis < -ndim || axis >= ndim)) {
            throw Py.toPython(new ArrayValueError("axis " + axis + " is out of bounds for array of dimension "
                    + ndim));
        }
        return Py.guard(() -> Shape.normalizeAxis(axis, ndim));
    }
}
