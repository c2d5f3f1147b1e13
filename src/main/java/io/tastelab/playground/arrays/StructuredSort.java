package io.tastelab.playground.arrays;

import io.tastelab.array.Complex;
import io.tastelab.array.DType;
import io.tastelab.array.Index;
import io.tastelab.array.NdArray;
import io.tastelab.array.Shape;
import io.tastelab.playground.interp.IterableValue;
import io.tastelab.playground.interp.ListValue;
import io.tastelab.playground.interp.NoneValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.StrValue;
import io.tastelab.playground.interp.TupleValue;
import io.tastelab.playground.interp.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code np.sort}, {@code np.argsort} and the methods for structured arrays: records compared field by field,
 * first the fields {@code order} names, then the others in the dtype's order to break ties (a subarray field
 * element by element, NaN after every number), as NumPy's void comparison does. Records that tie on every field
 * are identical, so the sorted array does not depend on the sort's stability; argsort keeps them in order.
 */
final class StructuredSort {

    private StructuredSort() {
    }

    /** The sorted array ({@code np.sort}). */
    static StructuredArrayValue sort(StructuredArrayValue array, Value axis, Value order) {
        Sorted sorted = permutation(array, axis, order);
        return sorted.source.take(sorted.permutation);
    }

    /** The positions along the axis that sort it ({@code np.argsort}), an int64 array of the array's shape. */
    static ArrayValue argsort(StructuredArrayValue array, Value axis, Value order) {
        Sorted sorted = permutation(array, axis, order);
        long[] along = new long[sorted.permutation.length];
        for (int p = 0; p < along.length; p++) {
            along[p] = sorted.alongAxis[p];
        }
        int[] shape = sorted.source.shape();
        return new ArrayValue(Py.guard(() -> io.tastelab.array.ArrayNamespace.NUMPY.array(
                Arrays.stream(along).boxed().toList(), DType.INT64).reshape(shape)));
    }

    /** The flat record permutation and each output's position along the sorted axis. */
    private record Sorted(StructuredArrayValue source, int[] permutation, int[] alongAxis) {
    }

    private static Sorted permutation(StructuredArrayValue array, Value axisValue, Value order) {
        StructuredArrayValue source = array;
        int[] shape = array.shape();
        Integer axis;
        if (axisValue == NoneValue.INSTANCE) {
            source = array.flattened();
            shape = source.shape();
            axis = 0;
        } else {
            long given = axisValue == null ? -1 : Py.toLong(axisValue, "axis");
            if (shape.length == 0) {
                throw PlaygroundError.of("AxisError", "axis " + given + " is out of bounds for array of dimension 0");
            }
            if (given < -shape.length || given >= shape.length) {
                throw PlaygroundError.of("AxisError", "axis " + given + " is out of bounds for array of dimension "
                        + shape.length);
            }
            axis = (int) (given < 0 ? given + shape.length : given);
        }
        Comparator<Integer> byRecord = comparator(source, keyFields(source.dtype(), order));
        int count = (int) Shape.size(shape);
        int[] strides = new int[shape.length];
        int stride = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            strides[d] = stride;
            stride *= shape[d];
        }
        int[] permutation = new int[count];
        int[] alongAxis = new int[count];
        int length = shape[axis];
        int step = strides[axis];
        for (int base = 0; base < count; base++) {
            if ((base / step) % length != 0) {
                continue; // not the first record of its lane
            }
            List<Integer> lane = new ArrayList<>(length);
            for (int i = 0; i < length; i++) {
                lane.add(base + i * step);
            }
            List<Integer> ordered = new ArrayList<>(lane);
            ordered.sort(byRecord);
            for (int i = 0; i < length; i++) {
                permutation[lane.get(i)] = ordered.get(i);
                alongAxis[lane.get(i)] = (ordered.get(i) - base) / step;
            }
        }
        return new Sorted(source, permutation, alongAxis);
    }

    /** The fields to compare, in order: those {@code order} names, then the rest as the dtype lists them. */
    private static List<Integer> keyFields(StructuredDTypeValue dtype, Value order) {
        Set<Integer> keys = new LinkedHashSet<>();
        if (order != null && order != NoneValue.INSTANCE) {
            List<Value> names = order instanceof StrValue ? List.of(order)
                    : order instanceof ListValue || order instanceof TupleValue ? ((IterableValue) order).items()
                    : null;
            if (names == null) {
                throw PlaygroundError.valueError("unsupported order value: " + order.repr());
            }
            for (Value name : names) {
                if (!(name instanceof StrValue text)) {
                    throw PlaygroundError.valueError("unsupported order value: " + order.repr());
                }
                int k;
                try {
                    k = dtype.fieldIndex(text.value());
                } catch (PlaygroundError unknown) {
                    throw PlaygroundError.valueError("unknown field name: " + text.value());
                }
                if (!keys.add(k)) {
                    throw PlaygroundError.valueError("duplicate field name: " + text.value());
                }
            }
        }
        for (int k = 0; k < dtype.fields().size(); k++) {
            keys.add(k);
        }
        return List.copyOf(keys);
    }

    private static Comparator<Integer> comparator(StructuredArrayValue source, List<Integer> keys) {
        List<List<Object>> values = new ArrayList<>();
        List<Integer> widths = new ArrayList<>();
        for (int k = 0; k < source.dtype().fields().size(); k++) {
            NdArray field = source.fieldArray(k);
            values.add(field.flatValues());
            widths.add((int) Shape.size(source.dtype().fields().get(k).subshape()));
        }
        return (a, b) -> {
            for (int k : keys) {
                List<Object> field = values.get(k);
                int width = widths.get(k);
                for (int j = 0; j < width; j++) {
                    int c = compareValues(field.get(a * width + j), field.get(b * width + j));
                    if (c != 0) {
                        return c;
                    }
                }
            }
            return 0;
        };
    }

    /** NumPy's order of one field's values: numbers ascending, NaN last, complex by real then imaginary part. */
    private static int compareValues(Object a, Object b) {
        if (a instanceof Complex x && b instanceof Complex y) {
            int real = compareDoubles(x.real(), y.real());
            return real != 0 ? real : compareDoubles(x.imag(), y.imag());
        }
        if (a instanceof Double || b instanceof Double || a instanceof Float || b instanceof Float) {
            return compareDoubles(((Number) a).doubleValue(), ((Number) b).doubleValue());
        }
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        return integer(a).compareTo(integer(b));
    }

    private static BigInteger integer(Object value) {
        return switch (value) {
            case Boolean flag -> flag ? BigInteger.ONE : BigInteger.ZERO;
            case BigInteger big -> big;
            default -> BigInteger.valueOf(((Number) value).longValue());
        };
    }

    private static int compareDoubles(double a, double b) {
        boolean aNan = Double.isNaN(a);
        boolean bNan = Double.isNaN(b);
        if (aNan || bNan) {
            return aNan == bNan ? 0 : aNan ? 1 : -1;
        }
        return a < b ? -1 : a > b ? 1 : 0;
    }

    /** {@code order=} given for an array without fields: NumPy's ValueError. */
    static void refuseOrder(Value order) {
        if (order != null && order != NoneValue.INSTANCE) {
            throw PlaygroundError.valueError("Cannot specify order when the array has no fields.");
        }
    }

    static List<Index> flatIndex(int[] permutation) {
        long[] positions = Arrays.stream(permutation).asLongStream().toArray();
        return List.of(new Index.Array(Py.guard(() -> io.tastelab.array.ArrayNamespace.NUMPY.array(
                Arrays.stream(positions).boxed().toList(), DType.INT64))));
    }
}
