package io.tastelab.array.nd4j;

import io.tastelab.array.BinaryOp;
import io.tastelab.array.Comparisons;
import io.tastelab.array.DType;
import io.tastelab.array.Extrema;
import io.tastelab.array.Float32Math;
import io.tastelab.array.FlushingArithmetic;
import io.tastelab.array.KernelThreads;
import io.tastelab.array.Simd;
import io.tastelab.array.Subnormals;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.comparison.ScalarEquals;
import org.nd4j.linalg.api.ops.impl.scalar.comparison.ScalarGreaterThan;
import org.nd4j.linalg.api.ops.impl.scalar.comparison.ScalarGreaterThanOrEqual;
import org.nd4j.linalg.api.ops.impl.scalar.comparison.ScalarLessThan;
import org.nd4j.linalg.api.ops.impl.scalar.comparison.ScalarLessThanOrEqual;
import org.nd4j.linalg.api.ops.impl.scalar.comparison.ScalarNotEquals;
import org.nd4j.linalg.api.ops.impl.transforms.custom.EqualTo;
import org.nd4j.linalg.api.ops.impl.transforms.custom.GreaterThan;
import org.nd4j.linalg.api.ops.impl.transforms.custom.GreaterThanOrEqual;
import org.nd4j.linalg.api.ops.impl.transforms.custom.LessThan;
import org.nd4j.linalg.api.ops.impl.transforms.custom.LessThanOrEqual;
import org.nd4j.linalg.api.ops.impl.transforms.custom.Max;
import org.nd4j.linalg.api.ops.impl.transforms.custom.Min;
import org.nd4j.linalg.api.ops.impl.transforms.custom.NotEqualTo;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.AddOp;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.DivOp;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.MulOp;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.SubOp;
import org.nd4j.linalg.api.ops.impl.transforms.floating.Sqrt;
import org.nd4j.linalg.api.ops.impl.transforms.same.Abs;
import org.nd4j.linalg.api.ops.impl.transforms.same.Negative;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Exp;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Log;
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
    // Cleared by release(), so that a storage used after release fails at once instead of reading a buffer
    // that another array has been given.
    private INDArray flat;
    private DataBuffer buffer;
    /**
     * The elements as a memory segment, for the dtypes the array layer loops over most (float32/64, int32/64,
     * bool): three times faster per element than ND4J's indexers. Null for other dtypes, which use the buffer.
     */
    private MemorySegment segment;
    private final BufferPool.Lease lease;
    private volatile INDArray[] halves;
    /** The buffer of a result handed over by ND4J (a jit graph's output): ours alone, freed at once on release. */
    private DataBuffer adopted;
    /** Set once a jnp float32 run is known to hold no subnormal (see {@link Subnormals}); jnp runs never change. */
    private volatile boolean freeOfSubnormals;

    private NdStorage(DType dtype, INDArray flat) {
        this(dtype, flat, false, null);
    }

    private NdStorage(DType dtype, INDArray flat, boolean fromPool, DataBuffer adopted) {
        this.dtype = dtype;
        this.flat = flat;
        // a complex element is two parts in the buffer: (real, imaginary), interleaved
        this.length = dtype.isComplex() ? flat.length() / 2 : flat.length();
        this.buffer = this.length == 0 ? null : flat.data();
        this.segment = segmentOf(dtype, buffer, length);
        this.lease = fromPool ? BufferPool.shared().lease(this, flat) : null;
        this.adopted = adopted;
    }

    /** A zero-filled run of {@code length} elements. Callers check memory limits first. */
    public static NdStorage allocate(DType dtype, long length) {
        DataType type = toNd4j(dtype);
        long parts = partsOf(dtype, length);
        if (BufferPool.pooled(type, parts)) {
            NdStorage s = uninitialized(dtype, length);
            s.flat.assign(0);
            return s;
        }
        INDArray a = parts == 0 ? Nd4j.create(type, 0) : Nd4j.create(type, parts);
        return new NdStorage(dtype, a);
    }

    /** A run whose every element the caller writes before anyone reads it: large runs come from the pool. */
    private static NdStorage uninitialized(DType dtype, long length) {
        DataType type = toNd4j(dtype);
        long parts = partsOf(dtype, length);
        if (BufferPool.pooled(type, parts)) {
            return new NdStorage(dtype, BufferPool.shared().acquire(type, parts), true, null);
        }
        return new NdStorage(dtype, parts == 0 ? Nd4j.create(type, 0) : Nd4j.createUninitialized(type, parts));
    }

    /** Buffer entries for {@code length} elements: two (real, imaginary) for each complex element. */
    private static long partsOf(DType dtype, long length) {
        return dtype.isComplex() ? 2 * length : length;
    }

    /**
     * Hands a pooled buffer back at once. Only for a storage nothing can reach any more (the playground's
     * dead temporaries); using it afterwards fails. Storages that did not come from the pool are left to
     * the garbage collector.
     */
    public void release() {
        if (lease != null && flat != null) {
            flat = null;
            buffer = null;
            segment = null;
            halves = null;
            BufferPool.shared().giveBack(lease);
        } else if (adopted != null && flat != null && adopted.closeable()) {
            // Freed now rather than at some later GC, so the graph's next output reuses the memory.
            DataBuffer dead = adopted;
            adopted = null;
            flat = null;
            buffer = null;
            segment = null;
            dead.close();
        }
    }

    /** Runs of at least this many bytes come from the buffer pool and count as live until released or lost. */
    public static final long POOLED_MIN_BYTES = BufferPool.MIN_POOLED_BYTES;

    /** Bytes of pooled runs still held (see {@link #POOLED_MIN_BYTES}); unreachable ones may still count. */
    public static long liveBytes() {
        return BufferPool.shared().liveBytes();
    }

    /** Bytes of pooled runs still held after a garbage collection has given back the unreachable ones. */
    public static long liveBytesAfterCollection() {
        return BufferPool.shared().liveBytesAfterCollection();
    }

    /** {@link #liveBytesAfterCollection()} with a longer wait for the collected buffers, before refusing an array. */
    public static long liveBytesAfterPatientCollection() {
        return BufferPool.shared().liveBytesAfterPatientCollection();
    }

    /** Whether this storage holds a pooled buffer (for tests). */
    boolean isPooled() {
        return lease != null;
    }

    /** Pool counters: buffers reused, newly allocated, collections requested (for benchmarks and tests). */
    public static long[] poolCounters() {
        return BufferPool.shared().counters();
    }

    /** This run's elements as an N-d view of {@code shape} (row-major), for writing a result into. */
    private INDArray shaped(int[] shape) {
        return shape.length == 1 ? flat : flat.reshape('c', toLong(shape));
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

    /**
     * {@code a} as a contiguous run (a copy when it is a strided view or of another type). {@code adopt}: nothing
     * else will use {@code a} (a graph op's output), so release may free it at once.
     */
    static NdStorage wrap(DType dtype, INDArray a, boolean adopt) {
        if (dtype.isComplex()) {
            throw new IllegalArgumentException("ND4J has no complex type; complex runs are built part by part");
        }
        // base: the array whose buffer holds the elements (a reshaped view's own buffer cannot be closed)
        INDArray base = a;
        INDArray flat;
        if (a.rank() == 1 && a.elementWiseStride() == 1 && a.offset() == 0) {
            flat = a;
        } else if (!a.isView() && a.ordering() == 'c' && a.offset() == 0) {
            flat = a.reshape('c', new long[] {a.length()});
        } else {
            base = a.dup('c');
            flat = base.reshape('c', new long[] {a.length()});
            adopt = true;
        }
        if (flat.dataType() != toNd4j(dtype)) {
            base = flat.castTo(toNd4j(dtype));
            flat = base;
            adopt = true;
        }
        return new NdStorage(dtype, flat, false, adopt && a.length() > 0 ? base.data() : null);
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
            case FLOAT64, COMPLEX128 -> DataType.DOUBLE;
            case COMPLEX64 -> DataType.FLOAT;
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

    private static MemorySegment segmentOf(DType dtype, DataBuffer buffer, long length) {
        if (buffer == null || buffer.offset() != 0) {
            return null;
        }
        int width = switch (dtype) {
            case FLOAT32, INT32 -> 4;
            case FLOAT64, INT64 -> 8;
            case BOOL -> 1;
            default -> 0;
        };
        return width == 0 ? null : MemorySegment.ofAddress(buffer.address()).reinterpret(length * width);
    }

    /**
     * NumPy's pairwise sum ({@code numpy/_core/src/umath/loops_utils.h.src}) of elements {@code start ..
     * start + n - 1} of a float32 or float64 run, in the run's own precision.
     */
    public double pairwiseSum(long start, long n) {
        if (segment != null && dtype == DType.FLOAT32) {
            return PairwiseSum.ofFloats(segment, start, n);
        }
        if (segment != null && dtype == DType.FLOAT64) {
            return PairwiseSum.ofDoubles(segment, start, n);
        }
        // no segment over this buffer: sum a heap copy the same way
        double[] copy = new double[Math.toIntExact(n)];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = getDouble(start + i);
        }
        return pairwiseSum(copy, dtype == DType.FLOAT32);
    }

    /** Whether float32 elements {@code start .. start + count - 1} hold a subnormal (one SIMD pass where it can). */
    public boolean hasSubnormalFloats(long start, long count) {
        requireFloat32();
        if (segment != null) {
            return Subnormals.any(segment, start, count);
        }
        for (long i = start; i < start + count; i++) {
            if (Subnormals.isSubnormal((float) getDouble(i))) {
                return true;
            }
        }
        return false;
    }

    /** Writes each subnormal among float32 elements {@code start .. start + count - 1} as a zero of its sign. */
    public void flushSubnormalFloats(long start, long count) {
        requireFloat32();
        if (segment != null) {
            Subnormals.flush(segment, start, count);
            return;
        }
        for (long i = start; i < start + count; i++) {
            double v = getDouble(i);
            if (Subnormals.isSubnormal((float) v)) {
                setDouble(i, Math.copySign(0.0, v));
            }
        }
    }

    /**
     * jnp's float32 {@code x op y} of two equal-length runs, or {@code x op value} when {@code y} is null ({@code value
     * op x} when {@code valueFirst}), with subnormal results written as zeros, in one SIMD pass (see
     * {@link FlushingArithmetic}); marked free of subnormals. Only when {@link Simd#ENABLED} and both runs have a
     * segment ({@link #hasSegment}).
     */
    public static NdStorage float32Flushing(BinaryOp op, NdStorage x, NdStorage y, float value, boolean valueFirst) {
        NdStorage out = uninitialized(DType.FLOAT32, x.length);
        if (y != null) {
            FlushingArithmetic.ofRuns(op, x.segment, y.segment, out.segment, x.length);
        } else {
            FlushingArithmetic.withValue(op, x.segment, value, valueFirst, out.segment, x.length);
        }
        out.freeOfSubnormals = true;
        return out;
    }

    /**
     * jnp's float32 {@code x op line} (or {@code line op x} when {@code lineFirst}) for a run {@code x} of
     * {@code rows} rows of {@code columns} elements and {@code line}, one row broadcast along them ({@code isRow}) or
     * one value per row, with subnormal results written as zeros in the same SIMD pass; marked free of subnormals.
     * Only when {@link Simd#ENABLED} and both runs have a segment.
     */
    public static NdStorage float32FlushingBroadcast(BinaryOp op, NdStorage x, NdStorage line, boolean lineFirst,
            boolean isRow, long rows, long columns) {
        NdStorage out = uninitialized(DType.FLOAT32, x.length);
        if (isRow) {
            FlushingArithmetic.withRow(op, x.segment, line.segment, lineFirst, out.segment, rows, columns);
        } else {
            FlushingArithmetic.withColumn(op, x.segment, line.segment, lineFirst, out.segment, rows, columns);
        }
        out.freeOfSubnormals = true;
        return out;
    }

    /** Whether this float32 run is readable as a memory segment (not an ND4J view at an offset into a larger buffer). */
    public boolean hasSegment() {
        return segment != null || length == 0;
    }

    /** Marks this run as holding no subnormal: only for a jnp array's run, which never changes. */
    public void markFreeOfSubnormals() {
        freeOfSubnormals = true;
    }

    public boolean isMarkedFreeOfSubnormals() {
        return freeOfSubnormals;
    }

    private void requireFloat32() {
        if (dtype != DType.FLOAT32) {
            throw new IllegalArgumentException("subnormal float32 scan on " + dtype);
        }
    }

    /**
     * Adds {@code rows} rows of {@code acc.length} elements, row i starting at element {@code first + i * step}, into
     * {@code acc} in float, row after row: a float32 reduction over an outer axis, in NumPy's order.
     */
    public void addRowsInto(float[] acc, long first, long step, int rows) {
        if (segment != null && dtype == DType.FLOAT32) {
            RowSums.addFloatRows(segment, acc, first, step, rows);
            return;
        }
        for (int i = 0; i < rows; i++) {
            for (int g = 0; g < acc.length; g++) {
                acc[g] += (float) getDouble(first + i * step + g);
            }
        }
    }

    /** As {@link #addRowsInto(float[], long, long, int)}, in double. */
    public void addRowsInto(double[] acc, long first, long step, int rows) {
        if (segment != null && dtype == DType.FLOAT64) {
            RowSums.addDoubleRows(segment, acc, first, step, rows);
            return;
        }
        for (int i = 0; i < rows; i++) {
            for (int g = 0; g < acc.length; g++) {
                acc[g] += getDouble(first + i * step + g);
            }
        }
    }

    /** NumPy's pairwise sum of {@code values} (gathered from a strided view), in float when {@code single}. */
    public static double pairwiseSum(double[] values, boolean single) {
        if (single) {
            float[] floats = new float[values.length];
            for (int i = 0; i < floats.length; i++) {
                floats[i] = (float) values[i];
            }
            return PairwiseSum.ofFloats(MemorySegment.ofArray(floats), 0, floats.length);
        }
        return PairwiseSum.ofDoubles(MemorySegment.ofArray(values), 0, values.length);
    }

    /** The real part of element {@code i} of a complex run. */
    public double getReal(long i) {
        return buffer.getDouble(2 * i);
    }

    /** The imaginary part of element {@code i} of a complex run. */
    public double getImag(long i) {
        return buffer.getDouble(2 * i + 1);
    }

    /** Stores element {@code i} of a complex run, each part rounded to the run's part type. */
    public void setComplex(long i, double real, double imag) {
        buffer.put(2 * i, real);
        buffer.put(2 * i + 1, imag);
    }

    /**
     * The backstop for array code that has no complex path yet: a real-valued read or write of a complex run would
     * drop the imaginary part without a word, so it is refused as a TypeError the playground shows.
     */
    private void refuseComplex() {
        if (dtype.isComplex()) {
            throw new io.tastelab.array.ArrayTypeError("this operation does not support " + dtype
                    + " arrays in the playground yet (complex arrays have arithmetic, comparisons, exp, log, sqrt, "
                    + "sin, cos, tanh, reductions, sorting, indexing and matmul)");
        }
    }

    /** Element {@code i} of an integral run, as a long (uint64: the bit pattern). */
    public long getLong(long i) {
        if (segment != null) {
            switch (dtype) {
                case INT64 -> {
                    return segment.getAtIndex(ValueLayout.JAVA_LONG, i);
                }
                case INT32 -> {
                    return segment.getAtIndex(ValueLayout.JAVA_INT, i);
                }
                case BOOL -> {
                    return segment.get(ValueLayout.JAVA_BYTE, i) != 0 ? 1 : 0;
                }
                default -> {
                    // floats: the buffer's conversion
                }
            }
        }
        refuseComplex();
        return buffer.getLong(i);
    }

    /** Element {@code i} of a float run. */
    public double getDouble(long i) {
        if (segment != null) {
            return switch (dtype) {
                case FLOAT32 -> segment.getAtIndex(ValueLayout.JAVA_FLOAT, i);
                case FLOAT64 -> segment.getAtIndex(ValueLayout.JAVA_DOUBLE, i);
                case INT32 -> segment.getAtIndex(ValueLayout.JAVA_INT, i);
                case INT64 -> (double) segment.getAtIndex(ValueLayout.JAVA_LONG, i);
                default -> segment.get(ValueLayout.JAVA_BYTE, i) != 0 ? 1 : 0;
            };
        }
        refuseComplex();
        return buffer.getDouble(i);
    }

    /** Stores an integral value; the caller has already wrapped it into the dtype's range. */
    public void setLong(long i, long v) {
        switch (dtype) {
            case INT64 -> {
                if (segment != null) {
                    segment.setAtIndex(ValueLayout.JAVA_LONG, i, v);
                } else {
                    buffer.put(i, v);
                }
            }
            case INT32 -> {
                if (segment != null) {
                    segment.setAtIndex(ValueLayout.JAVA_INT, i, (int) v);
                } else {
                    buffer.put(i, (int) v);
                }
            }
            case BOOL -> {
                if (segment != null) {
                    segment.set(ValueLayout.JAVA_BYTE, i, (byte) (v != 0 ? 1 : 0));
                } else {
                    buffer.put(i, v != 0);
                }
            }
            case UINT64 -> buffer.put(i, v);
            case COMPLEX64, COMPLEX128 -> refuseComplex();
            default -> buffer.put(i, (int) v);
        }
    }

    /** Stores a float value, rounded to the run's float type. */
    public void setDouble(long i, double v) {
        if (segment != null && dtype == DType.FLOAT32) {
            segment.setAtIndex(ValueLayout.JAVA_FLOAT, i, (float) v);
        } else if (segment != null && dtype == DType.FLOAT64) {
            segment.setAtIndex(ValueLayout.JAVA_DOUBLE, i, v);
        } else {
            refuseComplex();
            buffer.put(i, v);
        }
    }

    /** A copy of {@code count} elements starting at {@code start}. */
    public NdStorage copyRange(long start, long count) {
        NdStorage out = allocate(dtype, count);
        if (count > 0) {
            long from = partsOf(dtype, start);
            out.flat.assign(flat.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(from,
                    from + partsOf(dtype, count))));
        }
        return out;
    }

    /** A contiguous copy converted to another dtype (ND4J's cast; callers use it only where it is exact). */
    public NdStorage castTo(DType target) {
        if (dtype.isComplex() || target.isComplex()) {
            throw new IllegalArgumentException("ND4J cannot cast " + dtype + " to " + target);
        }
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
        boolean extremum = op.equals("maximum") || op.equals("minimum");
        if (extremum && Simd.ENABLED && (compute == DType.FLOAT32 || compute == DType.FLOAT64)) {
            NdStorage out = simdExtremum(op.equals("maximum"), a, aShape, b, bShape, outShape, compute);
            if (out != null) {
                return out;
            }
        }
        if (extremum && compute.isFloat() && (a.length == 1) != (b.length == 1)
                && java.util.Arrays.equals(a.length == 1 ? bShape : aShape, outShape)) {
            return extremumWithScalar(op, a, aShape, b, bShape, outShape, compute);
        }
        if (!java.util.Arrays.equals(aShape, outShape) || !java.util.Arrays.equals(bShape, outShape)) {
            // libnd4j's broadcastable ops read the smaller operand in place; ND4J's broadcast() would first
            // expand it (~25 ms for 2048x2048 here).
            INDArray x = shapedAs(a, aShape, compute);
            INDArray y = shapedAs(b, bShape, compute);
            if (!(extremum && compute.isFloat() && Double.isNaN(x.sumNumber().doubleValue()))) {
                NdStorage out = uninitialized(compute, shapeSize(outShape));
                INDArray z = out.shaped(outShape);
                Nd4j.getExecutioner().exec(switch (op) {
                    case "add" -> new AddOp(x, y, z);
                    case "subtract" -> new SubOp(x, y, z);
                    case "multiply" -> new MulOp(x, y, z);
                    case "divide" -> new DivOp(x, y, z);
                    case "maximum" -> new Max(x, y, z);
                    case "minimum" -> new Min(x, y, z);
                    default -> throw new IllegalArgumentException(op);
                });
                return out;
            }
            // a NaN in the first operand of maximum/minimum: expand it below, so that the NaN can be put back
        }
        if (!op.equals("maximum") && !op.equals("minimum") && a.dtype == compute && b.dtype == compute
                && java.util.Arrays.equals(aShape, outShape) && java.util.Arrays.equals(bShape, outShape)
                && a.length >= PARALLEL_ELEMENTWISE_MIN) {
            // Same shapes: the two halves as two ND4J ops at once (its pairwise kernels use one thread here).
            NdStorage out = uninitialized(compute, a.length);
            INDArray[] x = a.halves();
            INDArray[] y = b.halves();
            INDArray[] z = out.halves();
            KernelThreads.both(() -> pairwise(op, x[0], y[0], z[0]), () -> pairwise(op, x[1], y[1], z[1]));
            return out;
        }
        INDArray x = operand(a, aShape, outShape, compute);
        INDArray y = operand(b, bShape, outShape, compute);
        NdStorage out = uninitialized(compute, x.length());
        if (op.equals("maximum") || op.equals("minimum")) {
            extremum(op, x, y, out, out.shaped(outShape));
        } else {
            pairwise(op, x, y, out.shaped(outShape));
        }
        return out;
    }

    /**
     * maximum/minimum by {@link Extrema}'s SIMD loops, where they apply: an array (whole, in {@code compute}, with a
     * segment) against one non-NaN value, or two such arrays of the output's shape. Null otherwise.
     */
    private static NdStorage simdExtremum(boolean maximum, NdStorage a, int[] aShape, NdStorage b, int[] bShape,
                                          int[] outShape, DType compute) {
        boolean single = compute == DType.FLOAT32;
        if ((a.length == 1) != (b.length == 1)) {
            boolean valueFirst = a.length == 1;
            NdStorage big = valueFirst ? b : a;
            double value = (valueFirst ? a : b).getDouble(0);
            if (single) {
                value = (float) value;
            }
            if (big.dtype != compute || big.segment == null || Double.isNaN(value)
                    || !java.util.Arrays.equals(valueFirst ? bShape : aShape, outShape)) {
                return null;
            }
            NdStorage out = uninitialized(compute, big.length);
            if (out.segment == null) {
                return null;
            }
            Extrema.withValue(maximum, single, big.segment, value, valueFirst, out.segment, big.length);
            return out;
        }
        if (a.dtype != compute || b.dtype != compute || a.segment == null || b.segment == null
                || !java.util.Arrays.equals(aShape, outShape) || !java.util.Arrays.equals(bShape, outShape)) {
            return null;
        }
        NdStorage out = uninitialized(compute, a.length);
        if (out.segment == null) {
            return null;
        }
        Extrema.ofRuns(maximum, single, a.segment, b.segment, out.segment, a.length);
        return out;
    }

    /**
     * maximum/minimum of an array and one value, without ND4J's broadcast (which takes ~25 ms to expand a
     * scalar to 2048×2048 here): the value fills a pooled run. A non-NaN constant cannot drop a NaN, and for a
     * non-zero constant ties are equal values, so the constant goes first (the array's NaNs survive, nothing to
     * patch) unless NumPy's tie rule needs the array first (a zero constant after the array, because of signed
     * zeros).
     */
    private static NdStorage extremumWithScalar(String op, NdStorage a, int[] aShape, NdStorage b, int[] bShape,
                                                int[] outShape, DType compute) {
        boolean scalarFirst = a.length == 1;
        NdStorage big = scalarFirst ? b : a;
        double value = (scalarFirst ? a : b).getDouble(0);
        if (compute == DType.FLOAT32) {
            value = (float) value;
        }
        INDArray array = operand(big, scalarFirst ? bShape : aShape, outShape, compute);
        NdStorage out = uninitialized(compute, big.length);
        if (Double.isNaN(value)) {
            out.flat.assign(value);
            return out;
        }
        NdStorage constant = uninitialized(compute, big.length);
        constant.flat.assign(value);
        INDArray filled = constant.shaped(outShape);
        INDArray z = out.shaped(outShape);
        if (scalarFirst || value != 0.0) {
            pairwise(op, filled, array, z);
        } else {
            extremum(op, array, filled, out, z);
        }
        constant.release();
        return out;
    }

    /**
     * NumPy's maximum/minimum: NaN where either operand is NaN, else the larger (smaller) one, {@code y} on ties
     * (so {@code maximum(-0.0, 0.0)} is {@code 0.0}). ND4J's kernel does the same except that it drops a NaN of
     * its first operand; those are put back afterwards, only when {@code x} has any.
     */
    private static void extremum(String op, INDArray x, INDArray y, NdStorage out, INDArray z) {
        pairwise(op, x, y, z);
        if (out.dtype.isFloat() && Double.isNaN(x.sumNumber().doubleValue())) {
            // The sum is NaN for any NaN (and for +inf with -inf: then this loop finds nothing to change).
            INDArray xFlat = x.reshape('c', new long[] {x.length()});
            for (long k = 0; k < out.length; k++) {
                double v = xFlat.getDouble(k);
                if (Double.isNaN(v)) {
                    out.buffer.put(k, v);
                }
            }
        }
    }

    /** {@code z = x op y} for same-shape operands, written into {@code z}. */
    private static void pairwise(String op, INDArray x, INDArray y, INDArray z) {
        switch (op) {
            case "add" -> x.add(y, z);
            case "subtract" -> x.sub(y, z);
            case "multiply" -> x.mul(y, z);
            case "divide" -> x.div(y, z);
            case "maximum" -> Nd4j.getExecutioner().exec(new Max(x, y, z));
            case "minimum" -> Nd4j.getExecutioner().exec(new Min(x, y, z));
            default -> throw new IllegalArgumentException(op);
        }
    }

    /**
     * {@code a op b} → bool for op one of less, less_equal, greater, greater_equal, equal, not_equal, computed
     * in {@code compute} (operands cast by ND4J if needed), with NumPy broadcasting of the rank-padded shapes.
     */
    public static NdStorage compareBroadcast(String op, NdStorage a, int[] aShape, NdStorage b, int[] bShape,
                                             int[] outShape, DType compute) {
        long n = shapeSize(outShape);
        boolean big = n >= PARALLEL_COMPARE_MIN;
        boolean aWhole = a.dtype == compute && java.util.Arrays.equals(aShape, outShape);
        if (big && aWhole && Simd.ENABLED) {
            NdStorage out = simdComparison(op, a, b, bShape, outShape, compute, n);
            if (out != null) {
                return out;
            }
        }
        if (big && aWhole && compute.isFloat() && b.length == 1) {
            // ND4J's scalar kernels skip the broadcast machinery (about 3x faster); each half on its own thread.
            // The value is exact in compute (ND4J's cast of one element otherwise).
            double value = b.dtype == compute ? b.getDouble(0) : b.flat.castTo(toNd4j(compute)).getDouble(0);
            NdStorage out = uninitialized(DType.BOOL, n);
            INDArray[] x = a.halves();
            INDArray[] z = out.halves();
            KernelThreads.both(() -> Nd4j.getExecutioner().exec(scalarComparison(op, x[0], z[0], value)),
                    () -> Nd4j.getExecutioner().exec(scalarComparison(op, x[1], z[1], value)));
            return out;
        }
        if (big && aWhole && b.dtype == compute && java.util.Arrays.equals(bShape, outShape)) {
            NdStorage out = uninitialized(DType.BOOL, n);
            INDArray[] x = a.halves();
            INDArray[] y = b.halves();
            INDArray[] z = out.halves();
            KernelThreads.both(() -> Nd4j.getExecutioner().exec(comparison(op, x[0], y[0], z[0])),
                    () -> Nd4j.getExecutioner().exec(comparison(op, x[1], y[1], z[1])));
            return out;
        }
        INDArray x = shapedAs(a, aShape, compute);
        INDArray y = shapedAs(b, bShape, compute);
        NdStorage out = uninitialized(DType.BOOL, n);
        INDArray z = out.shaped(outShape);
        if (compute.isFloat() && b.length == 1 && java.util.Arrays.equals(aShape, outShape)) {
            // y is exact in compute
            Nd4j.getExecutioner().exec(scalarComparison(op, x.reshape(-1), out.flat, y.getDouble(0)));
            return out;
        }
        Nd4j.getExecutioner().exec(comparison(op, x, y, z));
        return out;
    }

    /**
     * {@code a op b} by {@link Comparisons}' SIMD loops, for a whole float32/float64 {@code a} against one value or a
     * run of its own shape and dtype; null where they do not apply.
     */
    private static NdStorage simdComparison(String op, NdStorage a, NdStorage b, int[] bShape, int[] outShape,
                                            DType compute, long n) {
        BinaryOp comparison = BinaryOp.of(op);
        boolean single = compute == DType.FLOAT32;
        if (!comparison.isComparison() || !(single || compute == DType.FLOAT64) || !Comparisons.supports(single)
                || a.segment == null) {
            return null;
        }
        boolean againstValue = b.length == 1;
        if (!againstValue && (b.dtype != compute || b.segment == null || !java.util.Arrays.equals(bShape, outShape))) {
            return null;
        }
        NdStorage out = uninitialized(DType.BOOL, n);
        if (out.segment == null) {
            return null;
        }
        if (againstValue) {
            // exact in compute (ND4J's cast of one element otherwise)
            double value = b.dtype == compute ? b.getDouble(0) : b.flat.castTo(toNd4j(compute)).getDouble(0);
            Comparisons.withValue(comparison, single, a.segment, value, out.segment, n);
        } else {
            Comparisons.ofRuns(comparison, single, a.segment, b.segment, out.segment, n);
        }
        return out;
    }

    private static org.nd4j.linalg.api.ops.DynamicCustomOp comparison(String op, INDArray x, INDArray y, INDArray z) {
        return switch (op) {
            case "less" -> new LessThan(x, y, z);
            case "less_equal" -> new LessThanOrEqual(x, y, z);
            case "greater" -> new GreaterThan(x, y, z);
            case "greater_equal" -> new GreaterThanOrEqual(x, y, z);
            case "equal" -> new EqualTo(x, y, z);
            case "not_equal" -> new NotEqualTo(x, y, z);
            default -> throw new IllegalArgumentException(op);
        };
    }

    private static final long PARALLEL_COMPARE_MIN = 1L << 18;
    private static final long PARALLEL_ELEMENTWISE_MIN = 1L << 18;

    /**
     * This run's first and second halves (the first {@code length / 2} elements, then the rest) as ND4J views, built
     * once per buffer: a view costs ~8 µs to build, and large kernels split in halves need two or three per call.
     */
    private INDArray[] halves() {
        INDArray[] h = halves;
        if (h == null) {
            h = lease != null ? BufferPool.shared().halves(flat) : splitInHalves(flat);
            halves = h;
        }
        return h;
    }

    static INDArray[] splitInHalves(INDArray flat) {
        long n = flat.length();
        return new INDArray[] {flat.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, n / 2)),
                flat.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(n / 2, n))};
    }

    private static org.nd4j.linalg.api.ops.BaseScalarBoolOp scalarComparison(String op,
            INDArray x, INDArray z, double value) {
        return switch (op) {
            case "less" -> new ScalarLessThan(x, z, value);
            case "less_equal" -> new ScalarLessThanOrEqual(x, z, value);
            case "greater" -> new ScalarGreaterThan(x, z, value);
            case "greater_equal" -> new ScalarGreaterThanOrEqual(x, z, value);
            case "equal" -> new ScalarEquals(x, z, value);
            case "not_equal" -> new ScalarNotEquals(x, z, value);
            default -> throw new IllegalArgumentException(op);
        };
    }

    /** A run viewed with {@code shape} (row-major, no copy), cast to {@code compute} first if needed. */
    private static INDArray shapedAs(NdStorage s, int[] shape, DType compute) {
        INDArray x = s.flat;
        if (s.dtype != compute) {
            x = x.castTo(toNd4j(compute));
        }
        return x.reshape('c', toLong(shape));
    }

    private static long shapeSize(int[] shape) {
        long n = 1;
        for (int d : shape) {
            n *= d;
        }
        return n;
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
        NdStorage out = uninitialized(a.dtype, a.length);
        if (op.equals("maximum") || op.equals("minimum")) {
            extremum(op, a.flat, b.flat, out, out.flat);
        } else {
            pairwise(op, a.flat, b.flat, out.flat);
        }
        return out;
    }

    /** Elementwise binary op of a run with a scalar (already rounded to the run's dtype). */
    public static NdStorage binaryScalar(String op, NdStorage a, double s, boolean scalarFirst) {
        NdStorage out = uninitialized(a.dtype, a.length);
        if (a.length >= PARALLEL_ELEMENTWISE_MIN) {
            // The two halves as two ND4J ops at once.
            INDArray[] x = a.halves();
            INDArray[] z = out.halves();
            KernelThreads.both(() -> scalarOp(op, x[0], s, scalarFirst, z[0]), () -> scalarOp(op, x[1], s, scalarFirst, z[1]));
        } else {
            scalarOp(op, a.flat, s, scalarFirst, out.flat);
        }
        return out;
    }

    private static void scalarOp(String op, INDArray x, double s, boolean scalarFirst, INDArray z) {
        switch (op) {
            case "add" -> x.add(s, z);
            case "subtract" -> {
                if (scalarFirst) {
                    x.rsub(s, z);
                } else {
                    x.sub(s, z);
                }
            }
            case "multiply" -> x.mul(s, z);
            case "divide" -> {
                if (scalarFirst) {
                    x.rdiv(s, z);
                } else {
                    x.div(s, z);
                }
            }
            default -> throw new IllegalArgumentException(op);
        }
    }

    /**
     * NumPy's float32 exp, log or sqrt of the {@code count} elements from {@code start} of this float32 run, as a
     * new run (computed in Java, bit for bit as NumPy: see {@link Float32Math}).
     */
    public NdStorage float32Math(Float32Math.Function function, long start, long count) {
        if (dtype != DType.FLOAT32) {
            throw new IllegalArgumentException("float32 math on " + dtype);
        }
        // A run ND4J keeps at an offset into a larger buffer has no segment of its own: work on a copy.
        NdStorage source = segment != null || length == 0 ? this : new NdStorage(dtype, flat.dup());
        NdStorage out = uninitialized(DType.FLOAT32, count);
        if (count > 0) {
            Float32Math.apply(function, source.segment, start, out.segment, 0, count);
        }
        return out;
    }

    /**
     * jnp's float32 exp of elements {@code start .. start + count - 1}: JAX's exp with XLA's flush of subnormal results
     * to zero in the same pass ({@link Float32Math#applyJaxExpFlushed}); marked free of subnormals.
     */
    public NdStorage float32JaxExpFlushed(long start, long count) {
        if (dtype != DType.FLOAT32) {
            throw new IllegalArgumentException("float32 math on " + dtype);
        }
        NdStorage source = segment != null || length == 0 ? this : new NdStorage(dtype, flat.dup());
        NdStorage out = uninitialized(DType.FLOAT32, count);
        if (count > 0) {
            Float32Math.applyJaxExpFlushed(source.segment, start, out.segment, 0, count);
        }
        out.freeOfSubnormals = true;
        return out;
    }

    /** Elementwise unary op on a float run. */
    public static NdStorage unary(String op, NdStorage a) {
        INDArray x = a.flat;
        NdStorage out = uninitialized(a.dtype, a.length);
        INDArray z = out.flat;
        Nd4j.getExecutioner().exec(switch (op) {
            case "exp" -> new Exp(x, z);
            case "log" -> new Log(x, z);
            case "sqrt" -> new Sqrt(x, z);
            case "abs" -> new Abs(x, z);
            case "negative" -> new Negative(x, z);
            default -> throw new IllegalArgumentException(op);
        });
        return out;
    }

    /**
     * {@code C = A @ B} for row-major {@code A} (m×k, at {@code aOffset}) and {@code B} (k×n, at
     * {@code bOffset}), both of this float dtype; returns a new m×n run.
     */
    public static NdStorage matmul(NdStorage a, long aOffset, NdStorage b, long bOffset, int m, int k, int n) {
        DataType dt = toNd4j(a.dtype);
        INDArray x = Nd4j.create(a.flat.data(), new long[] {m, k}, new long[] {k, 1}, aOffset, 'c', dt);
        INDArray y = Nd4j.create(b.flat.data(), new long[] {k, n}, new long[] {n, 1}, bOffset, 'c', dt);
        NdStorage out = uninitialized(a.dtype, (long) m * n);
        if (out.length == 0) {
            return out;
        }
        Nd4j.gemm(x, y, out.shaped(new int[] {m, n}), false, false, 1.0, 0.0);
        return out;
    }
}
