package io.tastelab.array.nd4j;

import io.tastelab.array.DType;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A flat, contiguous run of elements of one dtype, held in an ND4J buffer. Shapes, strides, views and all
 * NumPy semantics live in the facade ({@code io.tastelab.array}); this class only stores elements and runs
 * ND4J's bulk kernels on whole contiguous runs.
 *
 * <p>Element values cross this boundary as {@code long} (bool and integer types; uint64 as its bit pattern)
 * or {@code double} (float types). Not thread-safe for writes.
 */
public final class NdStorage {
    private final DType dtype;
    private final long length;
    private final INDArray flat;
    private final DataBuffer buffer;

    private NdStorage(DType dtype, INDArray flat) {
        this.dtype = dtype;
        this.flat = flat;
        this.length = flat.length();
        this.buffer = this.length == 0 ? null : flat.data();
    }

    /** A zero-filled run of {@code length} elements. Callers check memory limits first. */
    public static NdStorage allocate(DType dtype, long length) {
        INDArray a = length == 0 ? Nd4j.create(toNd4j(dtype), 0) : Nd4j.create(toNd4j(dtype), length);
        return new NdStorage(dtype, a);
    }

    /** A float32 run holding a copy of {@code data}, in one bulk copy. */
    public static NdStorage ofFloats(float[] data) {
        if (data.length == 0) {
            return allocate(DType.FLOAT32, 0);
        }
        return new NdStorage(DType.FLOAT32, Nd4j.createFromArray(data));
    }

    /** An int32 run holding a copy of {@code data}, in one bulk copy. */
    public static NdStorage ofInts(int[] data) {
        if (data.length == 0) {
            return allocate(DType.INT32, 0);
        }
        return new NdStorage(DType.INT32, Nd4j.createFromArray(data));
    }

    static NdStorage wrap(DType dtype, INDArray a) {
        INDArray flat;
        if (a.rank() == 1 && a.elementWiseStride() == 1 && a.offset() == 0) {
            flat = a;
        } else if (!a.isView() && a.ordering() == 'c' && a.offset() == 0) {
            flat = a.reshape('c', new long[] {a.length()});
        } else {
            flat = a.dup('c').reshape('c', new long[] {a.length()});
        }
        if (flat.dataType() != toNd4j(dtype)) {
            flat = flat.castTo(toNd4j(dtype));
        }
        return new NdStorage(dtype, flat);
    }

    static DataType toNd4j(DType d) {
        return switch (d) {
            case BOOL -> DataType.BOOL;
            case INT8 -> DataType.INT8;
            case INT16 -> DataType.INT16;
            case INT32 -> DataType.INT32;
            case INT64 -> DataType.INT64;
            case UINT8 -> DataType.UINT8;
            case UINT16 -> DataType.UINT16;
            case UINT32 -> DataType.UINT32;
            case UINT64 -> DataType.UINT64;
            case FLOAT16 -> DataType.FLOAT16;
            case FLOAT32 -> DataType.FLOAT;
            case FLOAT64 -> DataType.DOUBLE;
        };
    }

    public DType dtype() {
        return dtype;
    }

    public long length() {
        return length;
    }

    INDArray flat() {
        return flat;
    }

    /** Element {@code i} of an integral run, as a long (uint64: the bit pattern). */
    public long getLong(long i) {
        return buffer.getLong(i);
    }

    /** Element {@code i} of a float run. */
    public double getDouble(long i) {
        return buffer.getDouble(i);
    }

    /** Stores an integral value; the caller has already wrapped it into the dtype's range. */
    public void setLong(long i, long v) {
        switch (dtype) {
            case INT64, UINT64 -> buffer.put(i, v);
            case BOOL -> buffer.put(i, v != 0);
            default -> buffer.put(i, (int) v);
        }
    }

    /** Stores a float value, rounded to the run's float type. */
    public void setDouble(long i, double v) {
        buffer.put(i, v);
    }

    /** A copy of {@code count} elements starting at {@code start}. */
    public NdStorage copyRange(long start, long count) {
        NdStorage out = allocate(dtype, count);
        if (count > 0) {
            out.flat.assign(flat.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(start, start + count)));
        }
        return out;
    }

    /** A contiguous copy converted to another dtype (ND4J's cast; callers use it only where it is exact). */
    public NdStorage castTo(DType target) {
        if (length == 0) {
            return allocate(target, 0);
        }
        return new NdStorage(target, flat.castTo(toNd4j(target)).dup());
    }

    /** Whether ND4J's elementwise kernels compute {@code d} as NumPy does (IEEE floats, wrapping ints). */
    public static boolean bulkCapable(DType d) {
        return d == DType.FLOAT32 || d == DType.FLOAT64 || d == DType.INT32 || d == DType.INT64;
    }

    /** Whether ND4J's gemm serves {@code d}. */
    public static boolean gemmCapable(DType d) {
        return d == DType.FLOAT32 || d == DType.FLOAT64;
    }

    /**
     * {@code a op b} computed in {@code compute}: each operand is cast by ND4J if needed, viewed with its
     * (rank-padded) shape and broadcast to {@code outShape}.
     */
    public static NdStorage binaryBroadcast(String op, NdStorage a, int[] aShape, NdStorage b, int[] bShape,
                                            int[] outShape, DType compute) {
        INDArray x = operand(a, aShape, outShape, compute);
        INDArray y = operand(b, bShape, outShape, compute);
        INDArray r = switch (op) {
            case "add" -> x.add(y);
            case "subtract" -> x.sub(y);
            case "multiply" -> x.mul(y);
            case "divide" -> x.div(y);
            case "maximum" -> org.nd4j.linalg.ops.transforms.Transforms.max(x, y, true);
            case "minimum" -> org.nd4j.linalg.ops.transforms.Transforms.min(x, y, true);
            default -> throw new IllegalArgumentException(op);
        };
        return wrap(compute, r);
    }

    private static INDArray operand(NdStorage s, int[] shape, int[] outShape, DType compute) {
        INDArray x = s.flat;
        if (s.dtype != compute) {
            x = x.castTo(toNd4j(compute));
        }
        long[] target = toLong(outShape);
        if (!java.util.Arrays.equals(shape, outShape)) {
            x = x.reshape('c', toLong(shape)).broadcast(target);
        } else if (outShape.length != 1) {
            x = x.reshape('c', target);
        }
        return x;
    }

    private static long[] toLong(int[] s) {
        long[] out = new long[s.length];
        for (int i = 0; i < s.length; i++) {
            out[i] = s[i];
        }
        return out;
    }

    /** Elementwise binary op on two equal-length runs of the same float dtype. */
    public static NdStorage binary(String op, NdStorage a, NdStorage b) {
        INDArray x = a.flat;
        INDArray y = b.flat;
        INDArray r = switch (op) {
            case "add" -> x.add(y);
            case "subtract" -> x.sub(y);
            case "multiply" -> x.mul(y);
            case "divide" -> x.div(y);
            case "maximum" -> org.nd4j.linalg.ops.transforms.Transforms.max(x, y, true);
            case "minimum" -> org.nd4j.linalg.ops.transforms.Transforms.min(x, y, true);
            default -> throw new IllegalArgumentException(op);
        };
        return new NdStorage(a.dtype, r);
    }

    /** Elementwise binary op of a run with a scalar (already rounded to the run's dtype). */
    public static NdStorage binaryScalar(String op, NdStorage a, double s, boolean scalarFirst) {
        INDArray x = a.flat;
        INDArray r = switch (op) {
            case "add" -> x.add(s);
            case "subtract" -> scalarFirst ? x.rsub(s) : x.sub(s);
            case "multiply" -> x.mul(s);
            case "divide" -> scalarFirst ? x.rdiv(s) : x.div(s);
            default -> throw new IllegalArgumentException(op);
        };
        return new NdStorage(a.dtype, r);
    }

    /** Elementwise unary op on a float run. */
    public static NdStorage unary(String op, NdStorage a) {
        INDArray x = a.flat;
        INDArray r = switch (op) {
            case "exp" -> org.nd4j.linalg.ops.transforms.Transforms.exp(x, true);
            case "log" -> org.nd4j.linalg.ops.transforms.Transforms.log(x, true);
            case "sqrt" -> org.nd4j.linalg.ops.transforms.Transforms.sqrt(x, true);
            case "abs" -> org.nd4j.linalg.ops.transforms.Transforms.abs(x, true);
            case "negative" -> x.neg();
            default -> throw new IllegalArgumentException(op);
        };
        return new NdStorage(a.dtype, r);
    }

    /**
     * {@code C = A @ B} for row-major {@code A} (m×k, at {@code aOffset}) and {@code B} (k×n, at
     * {@code bOffset}), both of this float dtype; returns a new m×n run.
     */
    public static NdStorage matmul(NdStorage a, long aOffset, NdStorage b, long bOffset, int m, int k, int n) {
        DataType dt = toNd4j(a.dtype);
        INDArray x = Nd4j.create(a.flat.data(), new long[] {m, k}, new long[] {k, 1}, aOffset, 'c', dt);
        INDArray y = Nd4j.create(b.flat.data(), new long[] {k, n}, new long[] {n, 1}, bOffset, 'c', dt);
        INDArray r = Nd4j.create(dt, new long[] {m, n}, 'c');
        Nd4j.gemm(x, y, r, false, false, 1.0, 0.0);
        return new NdStorage(a.dtype, r.reshape('c', new long[] {(long) m * n}));
    }
}
