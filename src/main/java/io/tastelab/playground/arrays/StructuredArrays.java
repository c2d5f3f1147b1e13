package io.tastelab.playground.arrays;

import io.tastelab.playground.interp.Arguments;
import io.tastelab.playground.interp.BuiltinFunction;
import io.tastelab.playground.interp.ListValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.TupleValue;
import io.tastelab.playground.interp.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Structured dtypes in the {@code numpy} and {@code jax.numpy} modules: NumPy's {@code zeros}, {@code ones},
 * {@code empty}, {@code array}, {@code asarray} and {@code dtype} make structured arrays and dtypes when given a
 * structured dtype and hand everything else to the original function; {@code jax.numpy}'s refuse one with JAX's
 * TypeError, as JAX has no structured dtypes.
 */
final class StructuredArrays {
    private static final List<String> CREATION = List.of("zeros", "ones", "empty", "array", "asarray");

    private StructuredArrays() {
    }

    /** Wraps numpy's creation functions and {@code np.dtype}. */
    static void installNumpy(Map<String, Value> functions) {
        for (String name : CREATION) {
            Value original = functions.get(name);
            boolean fromData = name.equals("array") || name.equals("asarray");
            functions.put(name, new BuiltinFunction(name, (arguments, context) -> {
                StructuredDTypeValue dtype = StructuredDTypeValue.parse(argument(arguments, 1, "dtype"));
                if (dtype == null) {
                    return context.call(original, arguments);
                }
                Value first = argument(arguments, 0, fromData ? "object" : "shape");
                if (first == null) {
                    throw PlaygroundError.typeError(name + "() missing required argument '"
                            + (fromData ? "object" : "shape") + "' (pos 1)");
                }
                return fromData ? fromData(first, dtype)
                        : StructuredArrayValue.filled(dtype, Py.toShape(first), name.equals("ones") ? 1 : 0);
            }));
        }
        for (String name : List.of("zeros_like", "ones_like", "empty_like")) {
            Value original = functions.get(name);
            functions.put(name, new BuiltinFunction(name, (arguments, context) -> {
                Value prototype = argument(arguments, 0, name.equals("empty_like") ? "prototype" : "a");
                StructuredDTypeValue dtype = StructuredDTypeValue.parse(argument(arguments, 1, "dtype"));
                if (dtype == null && prototype instanceof StructuredArrayValue structured
                        && argument(arguments, 1, "dtype") == null) {
                    dtype = structured.dtype();
                }
                if (dtype == null) {
                    return context.call(original, arguments);
                }
                int[] shape = prototype instanceof StructuredArrayValue structured ? structured.shape()
                        : Py.asArray(io.tastelab.array.ArrayNamespace.NUMPY, prototype, name).shape();
                return StructuredArrayValue.filled(dtype, shape, name.equals("ones_like") ? 1 : 0);
            }));
        }
        Value full = functions.get("full");
        functions.put("full", new BuiltinFunction("full", (arguments, context) -> {
            StructuredDTypeValue dtype = StructuredDTypeValue.parse(argument(arguments, 2, "dtype"));
            if (dtype == null) {
                return context.call(full, arguments);
            }
            Value[] slots = arguments.bind("full", List.of("shape", "fill_value", "dtype"), 2);
            StructuredArrayValue made = StructuredArrayValue.filled(dtype, Py.toShape(slots[0]), 0);
            // NumPy copies the fill value in as an array: a tuple is broadcast, each element into every field
            Value fill = slots[1] instanceof TupleValue tuple ? new ListValue(tuple.items()) : slots[1];
            made.fillFields(Py.asArray(io.tastelab.array.ArrayNamespace.NUMPY, fill, "full"));
            return made;
        }));
        Value concatenate = functions.get("concatenate");
        functions.put("concatenate", new BuiltinFunction("concatenate", (arguments, context) -> {
            Value arrays = argument(arguments, 0, "arrays");
            if (!(arrays instanceof io.tastelab.playground.interp.IterableValue sequence)
                    || sequence.items().stream().noneMatch(StructuredArrayValue.class::isInstance)) {
                return context.call(concatenate, arguments);
            }
            Value[] slots = arguments.bind("concatenate", List.of("arrays", "axis"), 1);
            return StructuredArrayValue.concatenate(sequence.items(), slots[1]);
        }));
        for (String name : List.of("sort", "argsort")) {
            Value original = functions.get(name);
            functions.put(name, new BuiltinFunction(name, (arguments, context) -> {
                Value a = argument(arguments, 0, "a");
                if (!(a instanceof StructuredArrayValue array)) {
                    if (a instanceof ArrayValue) {
                        StructuredSort.refuseOrder(arguments.bind(name, List.of("a", "axis", "kind", "order",
                                "stable"), 1)[3]);
                    }
                    return context.call(original, arguments);
                }
                Value[] slots = arguments.bind(name, List.of("a", "axis", "kind", "order", "stable"), 1);
                return name.equals("sort") ? StructuredSort.sort(array, slots[1], slots[3])
                        : StructuredSort.argsort(array, slots[1], slots[3]);
            }));
        }
        Value dtypeFunction = functions.get("dtype");
        functions.put("dtype", new BuiltinFunction("dtype", (arguments, context) -> {
            StructuredDTypeValue dtype = StructuredDTypeValue.parse(argument(arguments, 0, "dtype"));
            return dtype != null ? dtype : context.call(dtypeFunction, arguments);
        }));
    }

    /** Makes jax.numpy's creation functions refuse a structured dtype with JAX's TypeError. */
    static void installJax(Map<String, Value> functions) {
        for (String name : List.of("zeros", "ones", "empty", "array", "asarray", "full")) {
            Value original = functions.get(name);
            int dtypePosition = name.equals("full") ? 2 : 1;
            functions.put(name, new BuiltinFunction(name, (arguments, context) -> {
                Value dtype = argument(arguments, dtypePosition, "dtype");
                if (StructuredDTypeValue.parse(dtype) != null) {
                    // jax._src.dtypes.check_and_canonicalize_user_dtype, which shows the argument as given
                    throw PlaygroundError.typeError("JAX only supports number, bool, and string dtypes, got dtype "
                            + dtype.str() + " in " + name);
                }
                return context.call(original, arguments);
            }));
        }
    }

    private static Value argument(Arguments arguments, int position, String keyword) {
        if (arguments.positional().size() > position) {
            return arguments.positional().get(position);
        }
        return arguments.keywords().get(keyword);
    }

    /**
     * {@code np.array(object, dtype=structured)}: lists are axes, tuples are records (one value per field, in
     * order), any other value fills every field of its record; a structured array is copied.
     */
    static StructuredArrayValue fromData(Value object, StructuredDTypeValue dtype) {
        if (object instanceof StructuredArrayValue array) {
            if (!array.dtype().sameLayout(dtype)) {
                throw PlaygroundError.typeError("casting a structured array to another structure is not in the "
                        + "playground");
            }
            StructuredArrayValue copy = StructuredArrayValue.filled(dtype, array.shape(), 0);
            copy.setItem(io.tastelab.playground.interp.EllipsisValue.INSTANCE, array);
            return copy;
        }
        List<Integer> shape = new ArrayList<>();
        Value probe = object;
        while (probe instanceof ListValue list) {
            shape.add(list.items().size());
            if (list.items().isEmpty()) {
                break;
            }
            probe = list.items().getFirst();
        }
        int[] dims = shape.stream().mapToInt(Integer::intValue).toArray();
        StructuredArrayValue made = StructuredArrayValue.filled(dtype, dims, 0);
        fill(made, object, new ArrayList<>(), dims);
        return made;
    }

    private static void fill(StructuredArrayValue made, Value value, List<Value> position, int[] dims) {
        int depth = position.size();
        if (depth < dims.length) {
            if (!(value instanceof ListValue list) || list.items().size() != dims[depth]) {
                throw PlaygroundError.valueError("setting an array element with a sequence. The requested array has "
                        + "an inhomogeneous shape after " + depth + " dimensions. The detected shape was "
                        + io.tastelab.array.Shape.pythonTuple(java.util.Arrays.copyOf(dims, depth))
                        + " + inhomogeneous part.");
            }
            for (int i = 0; i < dims[depth]; i++) {
                position.add(io.tastelab.playground.interp.IntValue.of(i));
                fill(made, list.items().get(i), position, dims);
                position.removeLast();
            }
            return;
        }
        if (value instanceof ListValue) {
            throw PlaygroundError.valueError("setting an array element with a sequence: a record of a structured "
                    + "array is a tuple, one value per field");
        }
        Value index = position.isEmpty() ? io.tastelab.playground.interp.EllipsisValue.INSTANCE
                : new TupleValue(List.copyOf(position));
        made.setItem(index, value);
    }
}
