package io.tastelab.array;

import java.util.ArrayList;
import java.util.List;

/** Building arrays from Python values (nested lists of numbers and bools, scalars, other arrays). */
final class Creation {
    private Creation() {
    }

    /** Whether {@code o} is a Python scalar the array layer understands. */
    static boolean isPythonScalar(Object o) {
        return o instanceof Number || o instanceof Boolean || o instanceof Complex;
    }

    static Promotion.Weak weakOf(Object o) {
        if (o instanceof Boolean) {
            return Promotion.Weak.BOOL;
        }
        if (o instanceof Complex) {
            return Promotion.Weak.COMPLEX;
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
            case COMPLEX -> flavor.canonical(DType.COMPLEX128);
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
        } else if (o instanceof Complex c) {
            // NumPy converts a Python complex to a real element with int() or float(), which refuse it
            if (a.dtype.isInteger()) {
                throw new ArrayTypeError("int() argument must be a string, a bytes-like object or a real number, "
                        + "not 'complex'");
            }
            if (a.dtype.isFloat()) {
                throw new ArrayTypeError("float() argument must be a string or a real number, not 'complex'");
            }
            a.writeComplex(off, c.real(), c.imag());
        } else if (o instanceof Double || o instanceof Float) {
            a.writeDouble(off, ((Number) o).doubleValue());
        } else if (o instanceof java.math.BigInteger bi) {
            if (a.dtype.isFloat()) {
                a.writeDouble(off, bi.doubleValue());
            } else {
                a.writeLong(off, bi.longValue(), DType.UINT64);
            }
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
            checkFits(obj, d, flavor);
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
                checkFits(a, d, flavor);
                for (long o : a.offsets()) {
                    out.writeFrom(k++, a, o);
                }
            } else {
                checkFits(leaf, d, flavor);
                put(out, k++, leaf);
            }
        }
        return out;
    }

    /**
     * NumPy 2's checks when a Python scalar becomes an element of an integer array ({@code np.array},
     * {@code np.full}, {@code x[i] = v}): a float goes through {@code int()} first, so NaN is a ValueError and
     * infinity an OverflowError; an int out of the dtype's range is an OverflowError (NEP 50). NumPy scalars
     * ({@code np.float64(nan)}) count as Python scalars here, as in NumPy. JAX arrays keep only the int check.
     */
    static void checkFits(Object leaf, DType d, Flavor flavor) {
        if (!d.isInteger()) {
            return;
        }
        Object value = leaf;
        if (leaf instanceof NdArray a) {
            if (!a.scalar || flavor != Flavor.NUMPY) {
                return;
            }
            value = a.pythonValue(a.offset);
        }
        if (value instanceof Double || value instanceof Float) {
            if (flavor != Flavor.NUMPY) {
                return;
            }
            double v = ((Number) value).doubleValue();
            if (Double.isNaN(v)) {
                throw new ArrayValueError("cannot convert float NaN to integer");
            }
            if (Double.isInfinite(v)) {
                throw new ArrayOverflowError("cannot convert float infinity to integer");
            }
            checkIntegerFits(new java.math.BigDecimal(v).toBigInteger(), d);
        } else if (value instanceof java.math.BigInteger big) {
            checkIntegerFits(big, d);
        } else if (value instanceof Number n && !(value instanceof Boolean)) {
            checkIntegerFits(java.math.BigInteger.valueOf(n.longValue()), d);
        }
    }

    private static final java.math.BigInteger TWO_TO_64 = java.math.BigInteger.ONE.shiftLeft(64);

    private static void checkIntegerFits(java.math.BigInteger v, DType d) {
        boolean fitsC = v.bitLength() < 64 || (d == DType.UINT64 && v.signum() > 0 && v.compareTo(TWO_TO_64) < 0);
        if (!fitsC) {
            throw new ArrayOverflowError("Python int too large to convert to C long");
        }
        if (d != DType.UINT64 && !Values.fits(v.longValue(), d) || d == DType.UINT64 && v.signum() < 0) {
            throw new ArrayOverflowError("Python integer " + v + " out of bounds for " + d);
        }
    }

    private static DType inferScalar(Flavor flavor, Object o) {
        if (o instanceof java.math.BigInteger big && big.bitLength() > 63 && flavor == Flavor.NUMPY) {
            return DType.UINT64; // NumPy makes 2**63 .. 2**64-1 uint64
        }
        return switch (weakOf(o)) {
            case BOOL -> DType.BOOL;
            case INT -> flavor.defaultInt();
            case COMPLEX -> flavor.canonical(DType.COMPLEX128);
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
            checkFits(a, x.dtype, x.flavor);
            return a.storage == x.storage ? a.copy() : a;
        }
        if (isPythonScalar(value)) {
            NdArray a = NdArray.zeros(x.flavor, x.dtype, new int[0]);
            if (x.flavor == Flavor.NUMPY) {
                checkFits(value, x.dtype, x.flavor);
            }
            put(a, 0, value);
            return a;
        }
        return fromNested(x.flavor, value, x.dtype);
    }
}
