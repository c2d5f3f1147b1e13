package io.tastelab.playground.arrays;

import io.tastelab.array.ArrayNamespace;
import io.tastelab.array.BinaryOp;
import io.tastelab.array.DType;
import io.tastelab.array.Flavor;
import io.tastelab.array.NdArray;
import io.tastelab.playground.interp.Arguments;
import io.tastelab.playground.interp.BuiltinFunction;
import io.tastelab.playground.interp.NoneValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.SliceValue;
import io.tastelab.playground.interp.StrValue;
import io.tastelab.playground.interp.SubscriptDispatch;
import io.tastelab.playground.interp.TupleValue;
import io.tastelab.playground.interp.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * NumPy's index tricks: {@code r_} and {@code c_} (slices become aranges, everything joined), {@code ix_},
 * {@code indices} and {@code fromfunction}, which calls a playground function with the index arrays.
 */
final class IndexTricks {

    private IndexTricks() {
    }

    static void register(Map<String, Value> f, ArrayNamespace ns) {
        f.put("r_", new Concatenator(ns, false));
        f.put("c_", new Concatenator(ns, true));
        f.put("ix_", new BuiltinFunction("ix_", (arguments, context) -> {
            List<Value> out = new ArrayList<>();
            int n = arguments.size();
            for (int k = 0; k < n; k++) {
                NdArray index = Py.asArray(ns, arguments.get(k), "ix_");
                if (index.size() == 0 && index.ndim() == 1) {
                    index = index.astype(ns.flavor().defaultInt()); // an empty list indexes nothing
                }
                if (index.dtype().isBool()) {
                    index = ns.nonzero(index).getFirst();
                }
                if (index.ndim() != 1) {
                    throw PlaygroundError.valueError("Cross index must be 1 dimensional");
                }
                int[] shape = new int[n];
                java.util.Arrays.fill(shape, 1);
                shape[k] = index.shape()[0];
                NdArray reshaped = index.reshape(shape);
                out.add(ArrayValue.wrap(Py.guard(() -> reshaped)));
            }
            return new TupleValue(out);
        }, null, false));
        f.put("indices", Fn.arrayFunction("indices", List.of("dimensions", "dtype", "sparse"), 1, (a, c) -> {
            DType dtype = a[1] == null ? ns.flavor().defaultInt() : ArrayValue.requireDType(ns, a[1]);
            List<NdArray> grids = indices(ns, Py.toShape(a[0]), dtype, Py.toBool(a[2]));
            if (Py.toBool(a[2])) {
                return SortFunctions.indexTuple(grids);
            }
            return ArrayValue.wrap(grids.isEmpty() ? ns.zeros(new int[] {0}, dtype) : ns.stack(grids, 0));
        }));
        f.put("fromfunction", new BuiltinFunction("fromfunction", (arguments, context) -> {
            Value[] a = new Arguments(arguments.positional(), Map.of()).bind("fromfunction",
                    List.of("function", "shape"), 2);
            Map<String, Value> passOn = new LinkedHashMap<>(arguments.keywords());
            Value dtypeArgument = passOn.remove("dtype");
            passOn.remove("like");
            DType dtype = dtypeArgument == null ? ns.flavor().defaultFloat() : ArrayValue.requireDType(ns, dtypeArgument);
            List<NdArray> grids = indices(ns, Py.toShape(a[1]), dtype, false);
            List<Value> coordinates = new ArrayList<>();
            for (NdArray grid : grids) {
                coordinates.add(ArrayValue.wrap(grid));
            }
            return context.call(a[0], new Arguments(coordinates, passOn));
        }));
    }

    /** One index grid per axis of {@code shape} (dense: each of the full shape; sparse: broadcastable). */
    static List<NdArray> indices(ArrayNamespace ns, int[] shape, DType dtype, boolean sparse) {
        List<NdArray> grids = new ArrayList<>();
        for (int axis = 0; axis < shape.length; axis++) {
            int[] along = new int[shape.length];
            java.util.Arrays.fill(along, 1);
            along[axis] = shape[axis];
            long length = shape[axis];
            NdArray line = Py.guard(() -> ns.arange(0L, length, 1L, dtype));
            NdArray shaped = line.reshape(along);
            grids.add(sparse ? shaped : Py.guard(() -> ns.binary(BinaryOp.ADD, shaped, ns.zeros(shape, dtype))));
        }
        return grids;
    }

    /** {@code np.r_[...]} and {@code np.c_[...]}: join slices (as aranges), scalars and arrays along an axis. */
    private static final class Concatenator implements SubscriptDispatch {
        private final ArrayNamespace ns;
        private final boolean columns;

        Concatenator(ArrayNamespace ns, boolean columns) {
            this.ns = ns;
            this.columns = columns;
        }

        @Override
        public String typeName() {
            return columns ? "CClass" : "RClass";
        }

        @Override
        public String repr() {
            String module = ns.flavor() == Flavor.NUMPY ? "numpy.lib._index_tricks_impl." : "jax.numpy.";
            return "<" + module + typeName() + " object>";
        }

        @Override
        public boolean isTruthy() {
            return true;
        }

        @Override
        public Value getItem(Value index) {
            List<Value> items = index instanceof TupleValue tuple ? new ArrayList<>(tuple.items())
                    : new ArrayList<>(List.of(index));
            int axis = columns ? -1 : 0;
            int minimumNdim = columns ? 2 : 1;
            if (!items.isEmpty() && items.getFirst() instanceof StrValue directive) {
                items.removeFirst();
                String[] parts = directive.value().split(",");
                if (parts[0].equals("r") || parts[0].equals("c")) {
                    throw PlaygroundError.valueError("the playground's r_ takes an axis directive such as '0' or "
                            + "'-1', not '" + directive.value() + "'");
                }
                try {
                    axis = Integer.parseInt(parts[0].strip());
                    if (parts.length > 1) {
                        minimumNdim = Integer.parseInt(parts[1].strip());
                    }
                } catch (NumberFormatException notAnAxis) {
                    throw PlaygroundError.valueError("unknown special directive '" + directive.value() + "'");
                }
            }
            List<Object> pieces = new ArrayList<>();
            for (Value item : items) {
                NdArray piece = item instanceof SliceValue slice ? range(slice) : Py.asArray(ns, item, "r_");
                pieces.add(atLeast(piece, minimumNdim));
            }
            int along = axis;
            return ArrayValue.wrap(Py.guard(() -> ns.concatenate(pieces, along)));
        }

        /** c_ makes a 1-d piece a column; r_ with a higher ndmin puts new axes first. */
        private NdArray atLeast(NdArray piece, int ndim) {
            if (piece.ndim() >= ndim) {
                return piece;
            }
            int[] shape = new int[ndim];
            java.util.Arrays.fill(shape, 1);
            int[] own = piece.shape();
            int start = columns && own.length == 1 ? 0 : ndim - own.length;
            System.arraycopy(own, 0, shape, start, own.length);
            return piece.reshape(shape);
        }

        private NdArray range(SliceValue slice) {
            Value start = slice.start() == null || slice.start() == NoneValue.INSTANCE ? null : slice.start();
            Value step = slice.step() == null || slice.step() == NoneValue.INSTANCE ? null : slice.step();
            if (slice.stop() == null || slice.stop() == NoneValue.INSTANCE) {
                throw PlaygroundError.valueError("r_ needs a stop in every slice");
            }
            Number from = start == null ? (Number) 0L : Py.toNumberObject(start, "start");
            Number to = Py.toNumberObject(slice.stop(), "stop");
            Number by = step == null ? (Number) 1L : Py.toNumberObject(step, "step");
            return Py.guard(() -> ns.arange(from, to, by, null));
        }
    }
}
