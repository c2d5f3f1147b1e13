package io.tastelab.array.nd4j;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The float32 ops a jitted function spends its steps on (elementwise arithmetic and comparisons with broadcasting,
 * where, tile, transpose), in plain Java on one thread, for {@link SameDiffGraph}'s direct run. They give the bits
 * ND4J's kernels give: IEEE single-precision arithmetic, ND4J's {@code a > b ? a : b} maximum (and {@code <}
 * minimum), and no flushing of subnormals. Why not ND4J's own kernels: on this project's 2-core machines under load,
 * each of ND4J's OpenMP-parallel 128×128 elementwise ops took 5–14 ms (its workers wait for cores), where this loop
 * takes about 20 µs. {@code SameDiffGraphDirectRunTest} checks every op here against SameDiff's run.
 */
final class Float32GraphKernels {

    private Float32GraphKernels() {
    }

    /** Whether {@code a} can be read as a c-ordered run of floats (else the caller uses ND4J's kernel). */
    static boolean isFloat(INDArray a) {
        return a.dataType() == DataType.FLOAT;
    }

    /** The elements of {@code a} in c order. */
    static float[] floats(INDArray a) {
        INDArray c = contiguous(a);
        float[] out = new float[Math.toIntExact(c.length())];
        if (out.length > 0) {
            MemorySegment.copy(segment(c, 4), ValueLayout.JAVA_FLOAT, 0, out, 0, out.length);
        }
        return out;
    }

    /** The elements of a bool array in c order. */
    static byte[] bools(INDArray a) {
        INDArray c = contiguous(a);
        byte[] out = new byte[Math.toIntExact(c.length())];
        if (out.length > 0) {
            MemorySegment.copy(segment(c, 1), ValueLayout.JAVA_BYTE, 0, out, 0, out.length);
        }
        return out;
    }

    private static INDArray contiguous(INDArray a) {
        boolean plain = a.ordering() == 'c' && a.elementWiseStride() == 1
                && (a.rank() == 0 || a.stride(a.rank() - 1) == 1)
                && java.util.Arrays.equals(a.stride(), strides(a.shape()));
        return plain ? a : a.dup('c');
    }

    private static MemorySegment segment(INDArray c, int width) {
        long address = c.data().address() + c.offset() * width;
        return MemorySegment.ofAddress(address).reinterpret(c.length() * width);
    }

    /** A new float32 array of {@code shape} holding {@code data} in c order. */
    static INDArray fromFloats(float[] data, long[] shape) {
        INDArray out = Nd4j.createUninitialized(DataType.FLOAT, shape, 'c');
        if (data.length > 0) {
            MemorySegment.copy(data, 0, segment(out, 4), ValueLayout.JAVA_FLOAT, 0, data.length);
        }
        return out;
    }

    private static INDArray fromBools(byte[] data, long[] shape) {
        INDArray out = Nd4j.createUninitialized(DataType.BOOL, shape, 'c');
        if (data.length > 0) {
            MemorySegment.copy(data, 0, segment(out, 1), ValueLayout.JAVA_BYTE, 0, data.length);
        }
        return out;
    }

    /** Whether {@code op} is one {@link #binary} computes. */
    static boolean hasBinary(String op) {
        return switch (op) {
            case "add", "sub", "mul", "div", "max", "min", "lt", "lte", "gt", "gte", "eq", "neq" -> true;
            default -> false;
        };
    }

    /** {@code op} of two float32 arrays, broadcast against each other as NumPy does. */
    static INDArray binary(String op, INDArray a, INDArray b) {
        long[] shape = broadcast(a.shape(), b.shape());
        int n = Math.toIntExact(size(shape));
        float[] x = floats(a);
        float[] y = floats(b);
        int[] xIndex = broadcastIndex(a.shape(), shape);
        int[] yIndex = broadcastIndex(b.shape(), shape);
        boolean comparison = switch (op) {
            case "lt", "lte", "gt", "gte", "eq", "neq" -> true;
            default -> false;
        };
        if (comparison) {
            byte[] out = new byte[n];
            for (int i = 0; i < n; i++) {
                float p = x[xIndex == null ? i : xIndex[i]];
                float q = y[yIndex == null ? i : yIndex[i]];
                boolean r = switch (op) {
                    case "lt" -> p < q;
                    case "lte" -> p <= q;
                    case "gt" -> p > q;
                    case "gte" -> p >= q;
                    case "eq" -> p == q;
                    default -> p != q;
                };
                out[i] = (byte) (r ? 1 : 0);
            }
            return fromBools(out, shape);
        }
        float[] out = new float[n];
        if (xIndex == null && yIndex == null) {
            sameShape(op, x, y, out);
        } else {
            for (int i = 0; i < n; i++) {
                out[i] = apply(op, x[xIndex == null ? i : xIndex[i]], y[yIndex == null ? i : yIndex[i]]);
            }
        }
        return fromFloats(out, shape);
    }

    /** The common case in a loop of its own per op, so the JIT compiles a plain loop. */
    private static void sameShape(String op, float[] x, float[] y, float[] out) {
        switch (op) {
            case "add" -> {
                for (int i = 0; i < out.length; i++) {
                    out[i] = x[i] + y[i];
                }
            }
            case "sub" -> {
                for (int i = 0; i < out.length; i++) {
                    out[i] = x[i] - y[i];
                }
            }
            case "mul" -> {
                for (int i = 0; i < out.length; i++) {
                    out[i] = x[i] * y[i];
                }
            }
            default -> {
                for (int i = 0; i < out.length; i++) {
                    out[i] = apply(op, x[i], y[i]);
                }
            }
        }
    }

    private static float apply(String op, float p, float q) {
        return switch (op) {
            case "add" -> p + q;
            case "sub" -> p - q;
            case "mul" -> p * q;
            case "div" -> p / q;
            // ND4J's nd4j_max and nd4j_min: a NaN or the second of two equal zeros comes from q
            case "max" -> p > q ? p : q;
            case "min" -> p < q ? p : q;
            default -> throw new IllegalArgumentException("no float32 kernel for " + op);
        };
    }

    /** {@code condition ? x : y} elementwise, all of one shape. */
    static INDArray where(INDArray condition, INDArray x, INDArray y) {
        byte[] c = bools(condition);
        float[] p = floats(x);
        float[] q = floats(y);
        float[] out = new float[c.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = c[i] != 0 ? p[i] : q[i];
        }
        return fromFloats(out, x.shape());
    }

    /** {@code a} repeated {@code reps[d]} times along each axis (same rank). */
    static INDArray tile(INDArray a, int[] reps) {
        long[] from = a.shape();
        long[] shape = new long[from.length];
        for (int d = 0; d < from.length; d++) {
            shape[d] = from[d] * reps[d];
        }
        float[] x = floats(a);
        int n = Math.toIntExact(size(shape));
        float[] out = new float[n];
        int rank = shape.length;
        if (rank == 0 || n == 0) {
            if (n == 1) {
                out[0] = x[0];
            }
            return fromFloats(out, shape);
        }
        // Row by row (a row: the last axis): the source row for the row's position, copied reps[last] times.
        long[] strides = strides(from);
        int rowLength = (int) from[rank - 1];
        int[] position = new int[rank - 1];
        for (int start = 0; start < n; start += (int) shape[rank - 1]) {
            long source = 0;
            for (int d = 0; d < rank - 1; d++) {
                source += (position[d] % from[d]) * strides[d];
            }
            for (int r = 0; r < reps[rank - 1]; r++) {
                System.arraycopy(x, (int) source, out, start + r * rowLength, rowLength);
            }
            for (int d = rank - 2; d >= 0 && ++position[d] == shape[d]; d--) {
                position[d] = 0;
            }
        }
        return fromFloats(out, shape);
    }

    /** {@code a}'s axes permuted: axis {@code d} of the result is axis {@code axes[d]} of {@code a}; a new array. */
    static INDArray permute(INDArray a, int[] axes) {
        long[] from = a.shape();
        long[] shape = new long[axes.length];
        long[] fromStrides = strides(from);
        long[] strides = new long[axes.length];
        for (int d = 0; d < axes.length; d++) {
            shape[d] = from[axes[d]];
            strides[d] = fromStrides[axes[d]];
        }
        float[] x = floats(a);
        int n = Math.toIntExact(size(shape));
        float[] out = new float[n];
        int rank = shape.length;
        if (rank == 2 && axes[0] == 1) {
            int rows = (int) shape[0];
            int columns = (int) shape[1];
            for (int j = 0; j < columns; j++) {
                for (int i = 0; i < rows; i++) {
                    out[i * columns + j] = x[j * rows + i];
                }
            }
            return fromFloats(out, shape);
        }
        int[] position = new int[rank];
        for (int i = 0; i < n; i++) {
            long source = 0;
            for (int d = 0; d < rank; d++) {
                source += position[d] * strides[d];
            }
            out[i] = x[(int) source];
            for (int d = rank - 1; d >= 0 && ++position[d] == shape[d]; d--) {
                position[d] = 0;
            }
        }
        return fromFloats(out, shape);
    }

    /** Whether {@link #cast} converts {@code from} to {@code to}: among float32, int32 and bool, not float to int. */
    static boolean hasCast(DataType from, DataType to) {
        boolean fromKnown = from == DataType.FLOAT || from == DataType.INT || from == DataType.BOOL;
        boolean toKnown = to == DataType.FLOAT || to == DataType.INT || to == DataType.BOOL;
        return fromKnown && toKnown && from != to && !(from == DataType.FLOAT && to == DataType.INT);
    }

    /**
     * {@code a} converted as C++'s {@code static_cast} converts (ND4J's cast): an int to the nearest float (ties to
     * even), a number to bool by {@code != 0} (NaN is true), bool to 1 or 0.
     */
    static INDArray cast(INDArray a, DataType to) {
        DataType from = a.dataType();
        int n = Math.toIntExact(a.length());
        if (from == DataType.BOOL) {
            byte[] x = bools(a);
            if (to == DataType.FLOAT) {
                float[] out = new float[n];
                for (int i = 0; i < n; i++) {
                    out[i] = x[i] != 0 ? 1.0f : 0.0f;
                }
                return fromFloats(out, a.shape());
            }
            int[] out = new int[n];
            for (int i = 0; i < n; i++) {
                out[i] = x[i] != 0 ? 1 : 0;
            }
            return fromInts(out, a.shape());
        }
        if (from == DataType.INT) {
            int[] x = ints(a);
            if (to == DataType.FLOAT) {
                float[] out = new float[n];
                for (int i = 0; i < n; i++) {
                    out[i] = x[i];
                }
                return fromFloats(out, a.shape());
            }
            byte[] out = new byte[n];
            for (int i = 0; i < n; i++) {
                out[i] = (byte) (x[i] != 0 ? 1 : 0);
            }
            return fromBools(out, a.shape());
        }
        float[] x = floats(a);
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            out[i] = (byte) (x[i] != 0 ? 1 : 0); // NaN != 0
        }
        return fromBools(out, a.shape());
    }

    private static int[] ints(INDArray a) {
        INDArray c = contiguous(a);
        int[] out = new int[Math.toIntExact(c.length())];
        if (out.length > 0) {
            MemorySegment.copy(segment(c, 4), ValueLayout.JAVA_INT, 0, out, 0, out.length);
        }
        return out;
    }

    private static INDArray fromInts(int[] data, long[] shape) {
        INDArray out = Nd4j.createUninitialized(DataType.INT, shape, 'c');
        if (data.length > 0) {
            MemorySegment.copy(data, 0, segment(out, 4), ValueLayout.JAVA_INT, 0, data.length);
        }
        return out;
    }

    /** {@code -a}. */
    static INDArray negate(INDArray a) {
        float[] x = floats(a);
        for (int i = 0; i < x.length; i++) {
            x[i] = -x[i];
        }
        return fromFloats(x, a.shape());
    }

    /** The c-order element strides of {@code shape}. */
    private static long[] strides(long[] shape) {
        long[] strides = new long[shape.length];
        long step = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            strides[d] = step;
            step *= shape[d];
        }
        return strides;
    }

    private static long size(long[] shape) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return n;
    }

    /** NumPy's broadcast of two shapes (the trace has checked they broadcast). */
    static long[] broadcast(long[] a, long[] b) {
        int rank = Math.max(a.length, b.length);
        long[] out = new long[rank];
        for (int d = 0; d < rank; d++) {
            long p = d < rank - a.length ? 1 : a[d - (rank - a.length)];
            long q = d < rank - b.length ? 1 : b[d - (rank - b.length)];
            if (p != q && p != 1 && q != 1) {
                throw new IllegalArgumentException("shapes " + java.util.Arrays.toString(a) + " and "
                        + java.util.Arrays.toString(b) + " do not broadcast");
            }
            out[d] = p == 1 ? q : p;
        }
        return out;
    }

    /** For each element of {@code to}, the element of an operand of shape {@code from} it reads; null: the same. */
    private static int[] broadcastIndex(long[] from, long[] to) {
        if (java.util.Arrays.equals(from, to)) {
            return null;
        }
        int rank = to.length;
        long[] padded = new long[rank];
        java.util.Arrays.fill(padded, 1);
        System.arraycopy(from, 0, padded, rank - from.length, from.length);
        long[] strides = strides(padded);
        int n = Math.toIntExact(size(to));
        int[] index = new int[n];
        if (n == 0) {
            return index;
        }
        // Row by row (a row: the last axis), the row's start found once and its elements read with step 0 or 1.
        int length = (int) to[rank - 1];
        int step = padded[rank - 1] == 1 ? 0 : 1;
        int[] position = new int[rank - 1];
        for (int start = 0; start < n; start += length) {
            long source = 0;
            for (int d = 0; d < rank - 1; d++) {
                if (padded[d] != 1) {
                    source += position[d] * strides[d];
                }
            }
            for (int j = 0; j < length; j++) {
                index[start + j] = (int) source + j * step;
            }
            for (int d = rank - 2; d >= 0 && ++position[d] == to[d]; d--) {
                position[d] = 0;
            }
        }
        return index;
    }
}
