package io.tastelab.playground.arrays;

import io.tastelab.array.ArrayNamespace;
import io.tastelab.array.NdArray;
import io.tastelab.playground.interp.BuiltinFunction;
import io.tastelab.playground.interp.IntValue;
import io.tastelab.playground.interp.ListValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.TupleValue;
import io.tastelab.playground.interp.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * hstack, vstack, dstack, column_stack, block, atleast_1d/2d/3d and the split family of {@code numpy} and
 * {@code jax.numpy}; splits return a Python list of arrays, as both libraries do.
 */
final class JoinFunctions {

    private JoinFunctions() {
    }

    static void register(Map<String, Value> f, ArrayNamespace ns) {
        f.put("hstack", Fn.arrayFunction("hstack", List.of("tup", "dtype"), 1,
                (a, c) -> withDType(ns, ns.hstack(NamespaceModule.sequence(a[0], "hstack")), a[1])));
        f.put("vstack", Fn.arrayFunction("vstack", List.of("tup", "dtype"), 1,
                (a, c) -> withDType(ns, ns.vstack(NamespaceModule.sequence(a[0], "vstack")), a[1])));
        if (ns.flavor() == io.tastelab.array.Flavor.NUMPY) {
            // NumPy 2 keeps row_stack as a deprecated function of its own (so `np.row_stack is np.vstack` is False)
            f.put("row_stack", Fn.arrayFunction("row_stack", List.of("tup", "dtype"), 1,
                    (a, c) -> withDType(ns, ns.vstack(NamespaceModule.sequence(a[0], "row_stack")), a[1])));
        }
        f.put("dstack", Fn.arrayFunction("dstack", List.of("tup"), 1,
                (a, c) -> ArrayValue.wrap(ns.dstack(NamespaceModule.sequence(a[0], "dstack")))));
        f.put("column_stack", Fn.arrayFunction("column_stack", List.of("tup"), 1,
                (a, c) -> ArrayValue.wrap(ns.columnStack(NamespaceModule.sequence(a[0], "column_stack")))));
        f.put("block", Fn.arrayFunction("block", List.of("arrays"), 1,
                (a, c) -> ArrayValue.wrap(ns.block(blocks(a[0])))));
        for (int rank = 1; rank <= 3; rank++) {
            String name = "atleast_" + rank + "d";
            int ndim = rank;
            f.put(name, new BuiltinFunction(name, (arguments, context) -> {
                if (!arguments.keywords().isEmpty()) {
                    throw PlaygroundError.typeError(name + "() got an unexpected keyword argument '"
                            + arguments.keywords().keySet().iterator().next() + "'");
                }
                List<Value> out = new ArrayList<>();
                for (Value value : arguments.positional()) {
                    out.add(ArrayValue.wrap(Py.guard(() -> ns.atLeast(Py.arrayLike(value, name), ndim))));
                }
                return out.size() == 1 ? out.getFirst() : new TupleValue(out);
            }, null, false));
        }
        for (String name : List.of("split", "array_split")) {
            f.put(name, Fn.arrayFunction(name, List.of("ary", "indices_or_sections", "axis"), 2, (a, c) -> {
                int axis = a[2] == null ? 0 : Py.toInt(a[2], "axis");
                return split(ns, Py.arrayLike(a[0], name), a[1], axis, name.equals("split"));
            }));
        }
        for (String name : List.of("hsplit", "vsplit", "dsplit")) {
            f.put(name, Fn.arrayFunction(name, List.of("ary", "indices_or_sections"), 2, (a, c) -> {
                Object ary = Py.arrayLike(a[0], name);
                int axis = Py.guard(() -> ns.splitAxis(name, ary));
                return split(ns, ary, a[1], axis, true);
            }));
        }
    }

    private static Value withDType(ArrayNamespace ns, NdArray joined, Value dtype) {
        return ArrayValue.wrap(dtype == null ? joined : Py.guard(() -> joined.astype(ArrayValue.requireDType(ns,
                dtype))));
    }

    /** An int makes that many equal parts; a sequence of ints gives the cut points. */
    private static Value split(ArrayNamespace ns, Object ary, Value how, int axis, boolean equal) {
        List<NdArray> parts;
        if (how instanceof IntValue || how instanceof ArrayValue array && array.array().ndim() == 0) {
            int sections = Py.toInt(how, "indices_or_sections");
            parts = Py.guard(() -> ns.split(ary, sections, axis, equal));
        } else {
            List<Value> items = how instanceof io.tastelab.playground.interp.IterableValue iterable ? iterable.items()
                    : List.of(how);
            long[] indices = new long[items.size()];
            for (int i = 0; i < indices.length; i++) {
                indices[i] = Py.toLong(items.get(i), "indices_or_sections");
            }
            parts = Py.guard(() -> ns.split(ary, indices, axis));
        }
        List<Value> out = new ArrayList<>(parts.size());
        for (NdArray part : parts) {
            out.add(ArrayValue.wrap(part));
        }
        return new ListValue(out);
    }

    /** np.block's nesting: lists only; a tuple anywhere is NumPy's TypeError. */
    private static Object blocks(Value value) {
        if (value instanceof TupleValue) {
            throw PlaygroundError.typeError("arrays is a tuple. Only lists can be used to arrange blocks, and np.block "
                    + "does not allow implicit conversion from tuple to ndarray.");
        }
        if (value instanceof ListValue list) {
            List<Object> out = new ArrayList<>();
            for (Value item : list.items()) {
                out.add(blocks(item));
            }
            return out;
        }
        return Py.arrayLike(value, "block");
    }
}
