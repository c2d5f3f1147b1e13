package io.tastelab.array;

import java.util.ArrayList;
import java.util.List;

/** Building arrays from Python values (nested lists of numbers and bools, scalars, other arrays). */
final class Creation {
    private Creation() {
    }

    /** Whether {@code o} is a Python scalar the array layer understands. */
    static boolean isPythonScalar(Object o) {
        return o instanceof Number || o instanceof Boolean;
    }

    static Promotion.Weak weakOf(Object o) {
        if (o instanceof Boolean) {
            return Promotion.Weak.BOOL;
        }
        if (o instanceof Double || o instanceof Float) {
            return Promotion.Weak.FLOAT;
        }
        return Promotion.Weak.INT;
    }

    /**
     * A 0-d operand for a Python scalar: dtype from the flavor's defaults, marked weak so promotion lets the
     * other operand's dtype win (NEP 50 / JAX weak types).
     */
    static NdArray scalarOperand(Flavor flavor, Object o) {
        Promotion.Weak w = weakOf(o);
        DType d = switch (w) {
            case BOOL -> DType.BOOL;
            case INT -> flavor.defaultInt();
            default -> flavor.defaultFloat();
        };
        if (w == Promotion.Weak.INT && flavor == Flavor.NUMPY) {
            d = DType.INT64;
        }
        NdArray a = NdArray.zeros(flavor, d, new int[0]);
        put(a, 0, o);
        // JAX has no weak bool: True is a plain bool operand.
        return flavor == Flavor.JAX && w == Promotion.Weak.BOOL ? a : a.withWeak(w);
    }

    /** Writes a Python scalar at storage offset {@code off}, converting to the array's dtype. */
    static void put(NdArray a, long off, Object o) {
        if (o instanceof Boolean b) {
            a.writeLong(off, b ? 1 : 0, DType.BOOL);
        } else if (o instanceof Double || o instanceof Float) {
            a.writeDouble(off, ((Number) o).doubleValue());
        } else if (o instanceof java.math.BigInteger bi) {
            a.writeLong(off, bi.longValue(), DType.UINT64);
        } else if (o instanceof Number n) {
            a.writeLong(off, n.longValue(), DType.INT64);
        } else {
            throw new ArrayTypeError("expected a number, got " + typeName(o));
        }
    }

    static String typeName(Object o) {
        if (o == null) {
            return "NoneType";
        }
        if (o instanceof String) {
            return "str";
        }
        if (o instanceof List) {
            return "list";
        }
        return o.getClass().getSimpleName();
    }

    /**
     * {@code np.array(obj, dtype)}: nested lists (or arrays) of numbers and bools. The dtype is inferred
     * from the Python values unless given; JAX flavor canonicalises to 32 bits.
     */
    static NdArray fromNested(Flavor flavor, Object obj, DType dtype) {
        if (obj instanceof NdArray a) {
            NdArray r = a.withFlavor(flavor);
            DType target = dtype == null ? r.dtype : flavor.canonical(dtype);
            return r.astype(target);
        }
        if (isPythonScalar(obj)) {
            DType d = dtype != null ? flavor.canonical(dtype) : inferScalar(flavor, obj);
            NdArray a = NdArray.zeros(flavor, d, new int[0]);
            checkFits(obj, d);
            put(a, 0, obj);
            if (flavor == Flavor.JAX && dtype == null && !(obj instanceof Boolean)) {
                return a.withWeak(weakOf(obj));
            }
            return a;
        }
        if (!(obj instanceof List<?>)) {
            throw new ArrayTypeError("cannot make an array from " + typeName(obj));
        }
        List<Integer> shape = new ArrayList<>();
        inferShape(obj, 0, shape);
        int[] s = shape.stream().mapToInt(Integer::intValue).toArray();
        List<Object> leaves = new ArrayList<>();
        DType inferred = flatten(obj, 0, s, leaves, flavor);
        DType d = dtype != null ? flavor.canonical(dtype) : inferred == null ? flavor.defaultFloat() : inferred;
        NdArray out = NdArray.zeros(flavor, d, s);
        long k = 0;
        for (Object leaf : leaves) {
            if (leaf instanceof NdArray a) {
                for (long o : a.offsets()) {
                    out.writeFrom(k++, a, o);
                }
            } else {
                checkFits(leaf, d);
                put(out, k++, leaf);
            }
        }
        return out;
    }

    private static void checkFits(Object leaf, DType d) {
        if (leaf instanceof Number n && !(leaf instanceof Double) && !(leaf instanceof Float) && d.isInteger()
                && !(leaf instanceof java.math.BigInteger)) {
            long v = n.longValue();
            if (!Values.fits(v, d)) {
                throw new ArrayOverflowError("Python integer " + v + " out of bounds for " + d);
            }
        }
    }

    private static DType inferScalar(Flavor flavor, Object o) {
        return switch (weakOf(o)) {
            case BOOL -> DType.BOOL;
            case INT -> flavor.defaultInt();
            default -> flavor.defaultFloat();
        };
    }

    private static void inferShape(Object obj, int depth, List<Integer> shape) {
        if (obj instanceof List<?> list) {
            shape.add(list.size());
            if (!list.isEmpty()) {
                inferShape(list.getFirst(), depth + 1, shape);
            }
        } else if (obj instanceof NdArray a) {
            for (int d : a.shape) {
                shape.add(d);
            }
        }
    }

    /** Collects leaves (scalars or whole arrays at the innermost level) checking the shape is regular. */
    private static DType flatten(Object obj, int depth, int[] shape, List<Object> leaves, Flavor flavor) {
        if (depth == shape.length || obj instanceof NdArray) {
            if (obj instanceof NdArray a) {
                int[] rest = java.util.Arrays.copyOfRange(shape, depth, shape.length);
                if (!Shape.equal(a.shape, rest)) {
                    throw inhomogeneous(depth, shape);
                }
                leaves.add(a);
                return a.dtype;
            }
            if (obj instanceof List) {
                throw inhomogeneous(depth, shape);
            }
            if (!isPythonScalar(obj)) {
                throw new ArrayTypeError("cannot make an array from " + typeName(obj));
            }
            leaves.add(obj);
            return inferScalar(flavor, obj);
        }
        if (!(obj instanceof List<?> list) || list.size() != shape[depth]) {
            throw inhomogeneous(depth, shape);
        }
        DType acc = null;
        for (Object child : list) {
            DType d = flatten(child, depth + 1, shape, leaves, flavor);
            acc = acc == null ? d : Promotion.numpyPromoteTypes(acc, d);
        }
        return acc == null ? null : flavor.canonical(acc);
    }

    private static ArrayValueError inhomogeneous(int depth, int[] shape) {
        int[] detected = java.util.Arrays.copyOf(shape, depth);
        return new ArrayValueError("setting an array element with a sequence. The requested array has an "
                + "inhomogeneous shape after " + depth + " dimensions. The detected shape was "
                + Shape.pythonTuple(detected) + " + inhomogeneous part.");
    }

    /** The value of an assignment {@code x[...] = value} as an array of x's flavor (not yet cast). */
    static NdArray valueFor(NdArray x, Object value) {
        if (value instanceof NdArray a) {
            return a.storage == x.storage ? a.copy() : a;
        }
        if (isPythonScalar(value)) {
            NdArray a = NdArray.zeros(x.flavor, x.dtype, new int[0]);
            if (x.flavor == Flavor.NUMPY) {
                checkFits(value, x.dtype);
            }
            put(a, 0, value);
            return a;
        }
        return fromNested(x.flavor, value, x.dtype);
    }
}
