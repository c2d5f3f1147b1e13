package io.tastelab.array;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** concatenate, stack, squeeze, expand_dims and where. */
final class Manipulation {
    private Manipulation() {
    }

    private static String shapesOf(List<NdArray> arrays) {
        StringBuilder out = new StringBuilder();
        for (NdArray a : arrays) {
            out.append(out.isEmpty() ? "" : ", ").append(Shape.pythonTuple(a.shape));
        }
        return out.toString();
    }

    static NdArray concatenate(List<?> items, Integer axis, Flavor fallback) {
        if (items.isEmpty()) {
            throw new ArrayValueError("need at least one array to concatenate");
        }
        Flavor f = Ops.flavorOf(fallback, items.toArray());
        List<NdArray> arrays = new ArrayList<>();
        for (Object o : items) {
            NdArray a = Ops.operand(f, o);
            arrays.add(axis == null ? a.reshape(-1) : a);
        }
        int ax0 = axis == null ? 0 : axis;
        NdArray first = arrays.getFirst();
        int nd = first.ndim();
        if (nd == 0) {
            throw new ArrayValueError("zero-dimensional arrays cannot be concatenated");
        }
        int ax = Shape.normalizeAxis(ax0, nd);
        List<Promotion.Typed> types = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < arrays.size(); i++) {
            NdArray a = arrays.get(i);
            if (a.ndim() != nd && f == Flavor.JAX) {
                throw new ArrayTypeError("Cannot concatenate arrays with different numbers of dimensions: got "
                        + shapesOf(arrays) + ".");
            }
            if (a.ndim() != nd) {
                throw new ArrayValueError("all the input arrays must have same number of dimensions, but the array "
                        + "at index 0 has " + nd + " dimension(s) and the array at index " + i + " has " + a.ndim()
                        + " dimension(s)");
            }
            for (int d = 0; d < nd; d++) {
                if (d != ax && a.shape[d] != first.shape[d] && f == Flavor.JAX) {
                    throw new ArrayTypeError("Cannot concatenate arrays with shapes that differ in dimensions other "
                            + "than the one being concatenated: concatenating along dimension " + ax + " for shapes "
                            + shapesOf(arrays) + ".");
                }
                if (d != ax && a.shape[d] != first.shape[d]) {
                    throw new ArrayValueError("all the input array dimensions except for the concatenation axis must "
                            + "match exactly, but along dimension " + d + ", the array at index 0 has size "
                            + first.shape[d] + " and the array at index " + i + " has size " + a.shape[d]);
                }
            }
            total += a.shape[ax];
            types.add(f == Flavor.JAX ? a.typed() : Promotion.Typed.strong(a.dtype));
        }
        Promotion.Typed joined = f == Flavor.JAX ? Promotion.jaxResultType(types) : null;
        DType out = f == Flavor.JAX ? joined.dtype() : Promotion.numpyResultType(types);
        int[] shape = first.shape.clone();
        shape[ax] = total;
        NdArray result = NdArray.zeros(f, out, shape);
        int pos = 0;
        for (NdArray a : arrays) {
            int[] s = shape.clone();
            s[ax] = a.shape[ax];
            long[] st = result.strides.clone();
            NdArray target = result.view(s, st, pos * result.strides[ax]);
            long[] to = target.offsets();
            long[] from = a.offsets();
            for (int k = 0; k < to.length; k++) {
                result.writeFrom(to[k], a, from[k]);
            }
            pos += a.shape[ax];
        }
        // jnp.stack([jnp.array(1.5), jnp.array(2.0)]) stays weak: every input is.
        return joined != null && joined.isWeak() ? result.withWeak(joined.weak()) : result;
    }

    static NdArray stack(List<?> items, int axis, Flavor fallback) {
        if (items.isEmpty()) {
            throw new ArrayValueError("need at least one array to stack");
        }
        Flavor f = Ops.flavorOf(fallback, items.toArray());
        List<NdArray> expanded = new ArrayList<>();
        int[] shape = null;
        for (Object o : items) {
            NdArray a = Ops.operand(f, o);
            if (shape == null) {
                shape = a.shape;
            } else if (!Arrays.equals(shape, a.shape)) {
                throw new ArrayValueError("all input arrays must have the same shape");
            }
            expanded.add(a);
        }
        int ax = Shape.normalizeAxis(axis, shape.length + 1);
        List<NdArray> withAxis = new ArrayList<>();
        for (NdArray a : expanded) {
            withAxis.add(expandDims(a, ax));
        }
        return concatenate(withAxis, ax, f);
    }

    static NdArray expandDims(NdArray a, int axis) {
        int nd = a.ndim() + 1;
        if (a.flavor == Flavor.JAX && (axis < -nd || axis >= nd)) {
            throw new ArrayValueError("axis " + axis + " is out of bounds for array of dimension " + nd);
        }
        int ax = Shape.normalizeAxis(axis, nd);
        int[] s = new int[nd];
        long[] st = new long[nd];
        for (int d = 0, src = 0; d < nd; d++) {
            if (d == ax) {
                s[d] = 1;
                st[d] = 0;
            } else {
                s[d] = a.shape[src];
                st[d] = a.strides[src];
                src++;
            }
        }
        return a.view(s, st, a.offset);
    }

    static NdArray squeeze(NdArray a, Integer axis) {
        List<Integer> keep = new ArrayList<>();
        if (axis != null) {
            int ax = Shape.normalizeAxis(axis, a.ndim());
            if (a.shape[ax] != 1) {
                throw new ArrayValueError("cannot select an axis to squeeze out which has size not equal to one");
            }
            for (int d = 0; d < a.ndim(); d++) {
                if (d != ax) {
                    keep.add(d);
                }
            }
        } else {
            for (int d = 0; d < a.ndim(); d++) {
                if (a.shape[d] != 1) {
                    keep.add(d);
                }
            }
        }
        int[] s = new int[keep.size()];
        long[] st = new long[keep.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = a.shape[keep.get(i)];
            st[i] = a.strides[keep.get(i)];
        }
        return a.view(s, st, a.offset);
    }

    static NdArray where(Object cond, Object x, Object y, Flavor fallback) {
        Flavor f = Ops.flavorOf(fallback, x, y, cond);
        NdArray c = Ops.operand(f, cond);
        NdArray a = Ops.operand(f, x);
        NdArray b = Ops.operand(f, y);
        Promotion.Typed t = Promotion.resultType(f, a.typed(), b.typed());
        int[] shape = Shape.broadcast(f, c.shape, a.shape, b.shape);
        NdArray result = NdArray.zeros(f, t.dtype(), shape);
        long[] co = c.view(shape, Shape.broadcastStrides(c.shape, c.strides, shape), c.offset).offsets();
        long[] ao = a.view(shape, Shape.broadcastStrides(a.shape, a.strides, shape), a.offset).offsets();
        long[] bo = b.view(shape, Shape.broadcastStrides(b.shape, b.strides, shape), b.offset).offsets();
        for (int k = 0; k < co.length; k++) {
            boolean pick = c.dtype.isFloat() ? c.readDouble(co[k]) != 0 : c.rawLong(co[k]) != 0;
            if (pick) {
                result.writeFrom(k, a, ao[k]);
            } else {
                result.writeFrom(k, b, bo[k]);
            }
        }
        NdArray finished = Ops.finish(result, f, t.isWeak() ? t.weak() : Promotion.Weak.NONE);
        // np.where is no ufunc: a 0-d result stays a 0-d array (array(1)), never a NumPy scalar
        return f == Flavor.NUMPY && finished.isScalar() ? finished.withScalar(false) : finished;
    }
}
