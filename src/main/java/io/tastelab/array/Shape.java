package io.tastelab.array;

import java.util.Arrays;

/** Shape arithmetic and broadcasting, with NumPy's error texts. Stateless. */
public final class Shape {
    private Shape() {
    }

    /** Number of elements of a shape (1 for a scalar shape). */
    public static long size(int[] shape) {
        long n = 1;
        for (int d : shape) {
            n *= d;
        }
        return n;
    }

    /** Size that refuses overflow: used before allocating. */
    public static long checkedSize(int[] shape) {
        long n = 1;
        for (int d : shape) {
            if (d < 0) {
                throw new ArrayValueError("negative dimensions are not allowed");
            }
            n = Math.multiplyExact(n, d);
        }
        return n;
    }

    /** C-order strides, in elements. */
    public static long[] contiguousStrides(int[] shape) {
        long[] s = new long[shape.length];
        long acc = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            s[i] = acc;
            acc *= Math.max(shape[i], 1);
        }
        return s;
    }

    /** NumPy's compact tuple form without spaces, as in broadcast errors: {@code (2,3)}, {@code (4,)}, {@code ()}. */
    public static String compact(int[] shape) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(shape[i]);
        }
        if (shape.length == 1) {
            sb.append(',');
        }
        return sb.append(')').toString();
    }

    /** Python's tuple repr: {@code (2, 3)}, {@code (4,)}, {@code ()}. */
    public static String pythonTuple(int[] shape) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(shape[i]);
        }
        if (shape.length == 1) {
            sb.append(',');
        }
        return sb.append(')').toString();
    }

    /** The broadcast shape of two shapes, or null if they don't broadcast. */
    static int[] tryBroadcast(int[] a, int[] b) {
        int n = Math.max(a.length, b.length);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int da = i < n - a.length ? 1 : a[i - (n - a.length)];
            int db = i < n - b.length ? 1 : b[i - (n - b.length)];
            if (da == db || db == 1) {
                out[i] = da;
            } else if (da == 1) {
                out[i] = db;
            } else {
                return null;
            }
        }
        return out;
    }

    /**
     * The broadcast shape of several shapes.
     *
     * @throws ArrayValueError {@code operands could not be broadcast together with shapes (2,3) (4,) }
     */
    public static int[] broadcast(int[]... shapes) {
        int[] out = new int[0];
        for (int[] s : shapes) {
            int[] r = tryBroadcast(out, s);
            if (r == null) {
                throw new ArrayValueError("operands could not be broadcast together with shapes "
                        + joinCompact(shapes));
            }
            out = r;
        }
        return out;
    }

    /**
     * The broadcast shape, with the error each library raises: NumPy's {@code operands could not be broadcast
     * together with shapes (3,) (4,) }, or jax.numpy's {@code Incompatible shapes for broadcasting:
     * shapes=[(3,), (4,)]} (both ValueError).
     */
    static int[] broadcast(Flavor flavor, int[]... shapes) {
        if (flavor != Flavor.JAX) {
            return broadcast(shapes);
        }
        int[] out = new int[0];
        for (int[] s : shapes) {
            out = tryBroadcast(out, s);
            if (out == null) {
                StringBuilder listed = new StringBuilder();
                for (int[] shape : shapes) {
                    listed.append(listed.isEmpty() ? "" : ", ").append(pythonTuple(shape));
                }
                throw new ArrayValueError("Incompatible shapes for broadcasting: shapes=[" + listed + "]");
            }
        }
        return out;
    }

    /** {@code (2,3) (4,) } — each shape followed by a space, as NumPy writes them. */
    static String joinCompact(int[]... shapes) {
        StringBuilder sb = new StringBuilder();
        for (int[] s : shapes) {
            sb.append(compact(s)).append(' ');
        }
        return sb.toString();
    }

    /** Strides that read an array of {@code shape}/{@code strides} as if it had {@code target} shape. */
    static long[] broadcastStrides(int[] shape, long[] strides, int[] target) {
        long[] out = new long[target.length];
        int off = target.length - shape.length;
        for (int i = 0; i < shape.length; i++) {
            out[off + i] = shape[i] == 1 && target[off + i] != 1 ? 0 : strides[i];
        }
        return out;
    }

    /** Normalises an axis argument ({@code -1} is the last axis) against {@code ndim}. */
    public static int normalizeAxis(int axis, int ndim) {
        if (axis < -ndim || axis >= ndim) {
            throw new ArrayAxisError("axis " + axis + " is out of bounds for array of dimension " + ndim);
        }
        return axis < 0 ? axis + ndim : axis;
    }

    /**
     * The axes jnp.transpose hands to lax.transpose: each canonicalized (JAX's ValueError for one out of bounds),
     * then anything but a permutation of the dimensions refused with lax.transpose's TypeError, in its words.
     */
    public static int[] jaxPermutation(int[] axes, int[] shape) {
        int n = shape.length;
        int[] canonical = new int[axes.length];
        boolean[] seen = new boolean[n];
        boolean permutation = axes.length == n;
        for (int i = 0; i < axes.length; i++) {
            if (axes[i] < -n || axes[i] >= n) {
                throw new ArrayValueError("axis " + axes[i] + " is out of bounds for array of dimension " + n);
            }
            canonical[i] = axes[i] < 0 ? axes[i] + n : axes[i];
            permutation &= !seen[canonical[i]];
            seen[canonical[i]] = true;
        }
        if (!permutation) {
            throw new ArrayTypeError("transpose permutation isn't a permutation of operand dimensions, got permutation "
                    + pythonTuple(canonical) + " for operand shape " + pythonTuple(shape) + ".");
        }
        return canonical;
    }

    static boolean equal(int[] a, int[] b) {
        return Arrays.equals(a, b);
    }

    /**
     * Strides that show a strided array with a new shape without copying, or null when only a copy can
     * (NumPy's {@code _attempt_nocopy_reshape}, C order, strides in elements).
     */
    static long[] noCopyReshapeStrides(int[] oldShape, long[] oldStrides, int[] newDims) {
        int[] od = new int[oldShape.length];
        long[] os = new long[oldShape.length];
        int oldnd = 0;
        for (int i = 0; i < oldShape.length; i++) {
            if (oldShape[i] != 1) {
                od[oldnd] = oldShape[i];
                os[oldnd] = oldStrides[i];
                oldnd++;
            }
        }
        int newnd = newDims.length;
        long[] ns = new long[newnd];
        int oi = 0;
        int oj = 1;
        int ni = 0;
        int nj = 1;
        while (ni < newnd && oi < oldnd) {
            long np = newDims[ni];
            long op = od[oi];
            while (np != op) {
                if (np < op) {
                    np *= newDims[nj++];
                } else {
                    op *= od[oj++];
                }
            }
            for (int ok = oi; ok < oj - 1; ok++) {
                if (os[ok] != od[ok + 1] * os[ok + 1]) {
                    return null;
                }
            }
            ns[nj - 1] = os[oj - 1];
            for (int nk = nj - 1; nk > ni; nk--) {
                ns[nk - 1] = ns[nk] * newDims[nk];
            }
            ni = nj++;
            oi = oj++;
        }
        long last = ni >= 1 ? ns[ni - 1] : 1;
        for (int nk = ni; nk < newnd; nk++) {
            ns[nk] = last;
        }
        return ns;
    }

    /** As {@link #resolveReshape}, with jax.numpy's errors (TypeErrors that name both shapes). */
    static int[] resolveJaxReshape(int[] target, long size, int[] from) {
        int unknowns = 0;
        long known = 1;
        for (int d : target) {
            if (d == -1) {
                unknowns++;
            } else {
                known *= d;
            }
        }
        if (unknowns > 1) {
            throw new ArrayTypeError("can only specify one unknown axis size with a `-1` value, got "
                    + reshapeTuple(target));
        }
        try {
            return resolveReshape(target, size, from);
        } catch (ArrayValueError e) {
            String prefix = "cannot reshape array of shape " + pythonTuple(from) + " (size " + size + ") into shape "
                    + reshapeTuple(target);
            throw new ArrayTypeError(unknowns == 1
                    ? prefix + " because the product of specified axis sizes (" + known + ") does not evenly divide "
                    + size
                    : prefix + " (size " + known + ")");
        }
    }

    /** Resolves a reshape target with at most one {@code -1}; NumPy's errors otherwise. */
    static int[] resolveReshape(int[] target, long size, int[] from) {
        int unknown = -1;
        long known = 1;
        for (int i = 0; i < target.length; i++) {
            if (target[i] == -1) {
                if (unknown >= 0) {
                    throw new ArrayValueError("can only specify one unknown dimension");
                }
                unknown = i;
            } else if (target[i] < 0) {
                throw new ArrayValueError("negative dimensions not allowed");
            } else {
                known *= target[i];
            }
        }
        int[] out = target.clone();
        if (unknown >= 0) {
            if (known == 0 || size % known != 0) {
                throw new ArrayValueError("cannot reshape array of size " + size + " into shape "
                        + reshapeTuple(target));
            }
            out[unknown] = (int) (size / known);
        } else if (known != size) {
            throw new ArrayValueError("cannot reshape array of size " + size + " into shape " + reshapeTuple(target));
        }
        return out;
    }

    private static String reshapeTuple(int[] target) {
        return pythonTuple(target);
    }
}
