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
 * NumPy's index tricks: {@code r_} and {@code c_} (slices become aranges, everything joined), {@code mgrid} and
 * {@code ogrid} (coordinate grids), {@code ix_},
 * {@code indices} and {@code fromfunction}, which calls a playground function with the index arrays.
 */
final class IndexTricks {

    private IndexTricks() {
    }

    static void register(Map<String, Value> f, ArrayNamespace ns) {
        f.put("r_", new Concatenator(ns, false));
        f.put("c_", new Concatenator(ns, true));
        if (ns.flavor() == Flavor.NUMPY) {
            f.put("mgrid", new Grid(ns, false));
            f.put("ogrid", new Grid(ns, true));
        }
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

    /**
     * {@code np.mgrid[0:1:5j, 0:3]} (dense coordinate grids, one per slice, stacked) and {@code np.ogrid} (the same
     * as a tuple of broadcastable arrays), following NumPy's nd_grid: a complex step counts points with the stop
     * included, the grid holds {@code index * step + start} in the type of all starts, stops and steps.
     */
    static final class Grid implements SubscriptDispatch {
        private final ArrayNamespace ns;
        private final boolean sparse;

        Grid(ArrayNamespace ns, boolean sparse) {
            this.ns = ns;
            this.sparse = sparse;
        }

        @Override
        public String typeName() {
            return sparse ? "OGridClass" : "MGridClass";
        }

        @Override
        public String repr() {
            return "<numpy.lib._index_tricks_impl." + typeName() + " object>";
        }

        @Override
        public Value getItem(Value index) {
            if (index instanceof SliceValue slice) {
                return ArrayValue.wrap(line(slice));
            }
            if (!(index instanceof TupleValue tuple)) {
                throw PlaygroundError.typeError("'" + index.typeName() + "' object is not subscriptable");
            }
            List<SliceValue> slices = new ArrayList<>();
            for (Value item : tuple.items()) {
                if (!(item instanceof SliceValue slice)) {
                    throw PlaygroundError.typeError("'" + item.typeName() + "' object is not subscriptable");
                }
                slices.add(slice);
            }
            int[] size = new int[slices.size()];
            boolean floating = false;
            for (int k = 0; k < size.length; k++) {
                SliceValue slice = slices.get(k);
                Value step = orDefault(slice.step(), 1);
                Value start = orDefault(slice.start(), 0);
                Value stop = required(slice.stop());
                if (step instanceof io.tastelab.playground.interp.ComplexValue complex) {
                    size[k] = (int) Math.hypot(complex.real(), complex.imag());
                    floating = true;
                } else {
                    size[k] = (int) Math.max(0, Math.ceil((number(stop) - number(start)) / number(step)));
                    floating |= isFloat(step);
                }
                floating |= isFloat(start) || isFloat(stop);
            }
            DType type = floating ? DType.FLOAT64 : ns.flavor().defaultInt();
            List<NdArray> grids = indices(ns, size, type, sparse);
            List<Value> out = new ArrayList<>();
            List<NdArray> scaled = new ArrayList<>();
            for (int k = 0; k < size.length; k++) {
                SliceValue slice = slices.get(k);
                Value start = orDefault(slice.start(), 0);
                Object step;
                if (slice.step() instanceof io.tastelab.playground.interp.ComplexValue complex) {
                    int points = (int) Math.hypot(complex.real(), complex.imag());
                    step = points != 1 ? (Object) ((number(required(slice.stop())) - number(start)) / (points - 1))
                            : (Object) 1L;
                } else {
                    step = scalar(orDefault(slice.step(), 1));
                }
                Object by = step;
                NdArray grid = grids.get(k);
                NdArray result = Py.guard(() -> ns.binary(BinaryOp.ADD, ns.binary(BinaryOp.MULTIPLY, grid, by),
                        scalar(start)));
                scaled.add(result);
                out.add(ArrayValue.wrap(result));
            }
            if (sparse) {
                return new TupleValue(out);
            }
            return ArrayValue.wrap(Py.guard(() -> ns.stack(scaled, 0)));
        }

        /** A single slice: arange, or with a complex step its points with the stop included. */
        private NdArray line(SliceValue slice) {
            Value start = orDefault(slice.start(), 0);
            if (slice.step() instanceof io.tastelab.playground.interp.ComplexValue complex) {
                int points = (int) Math.hypot(complex.real(), complex.imag());
                Object step = points != 1 ? (Object) ((number(required(slice.stop())) - number(start)) / (points - 1))
                        : (Object) 1L;
                NdArray counts = Py.guard(() -> ns.arange(0L, (long) points, 1L, DType.FLOAT64));
                return Py.guard(() -> ns.binary(BinaryOp.ADD, ns.binary(BinaryOp.MULTIPLY, counts, step),
                        scalar(start)));
            }
            Number from = Py.toNumberObject(start, "start");
            Number to = Py.toNumberObject(required(slice.stop()), "stop");
            Number by = Py.toNumberObject(orDefault(slice.step(), 1), "step");
            return Py.guard(() -> ns.arange(from, to, by, null));
        }

        private static Value orDefault(Value value, long fallback) {
            return value == null || value == NoneValue.INSTANCE ? io.tastelab.playground.interp.IntValue.of(fallback)
                    : value;
        }

        private static Value required(Value stop) {
            if (stop == null || stop == NoneValue.INSTANCE) {
                throw PlaygroundError.typeError("unsupported operand type(s) for -: 'NoneType' and 'int'");
            }
            return stop;
        }

        private static boolean isFloat(Value value) {
            return value instanceof io.tastelab.playground.interp.FloatValue
                    || value instanceof ArrayValue array && array.array().dtype().isFloat();
        }

        private static double number(Value value) {
            return Py.toDouble(value, null);
        }

        /** A Python int or float bound as the scalar operand of the grid's arithmetic. */
        private static Object scalar(Value value) {
            return isFloat(value) ? (Object) number(value) : (Object) Py.toLong(value, null);
        }
    }
}
