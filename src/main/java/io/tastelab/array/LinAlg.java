package io.tastelab.array;

import io.tastelab.array.nd4j.NdStorage;
import java.util.Arrays;

/** matmul ({@code @}) and dot, with NumPy's 1-D rules, batch broadcasting and error texts. */
final class LinAlg {
    private static final String SIGNATURE = "(n?,k),(k,m?)->(n?,m?)";

    private LinAlg() {
    }

    static NdArray matmul(Object left, Object right, Flavor fallback) {
        Flavor f = Ops.flavorOf(fallback, left, right);
        NdArray a = left instanceof NdArray x ? x : Creation.fromNested(f, left, null);
        NdArray b = right instanceof NdArray y ? y : Creation.fromNested(f, right, null);
        if ((a.ndim() == 0 || b.ndim() == 0) && f == Flavor.JAX) {
            throw new ArrayValueError("matmul input operand " + (a.ndim() == 0 ? 0 : 1)
                    + " must have ndim at least 1, but it has ndim 0");
        }
        if (a.ndim() == 0 || b.ndim() == 0) {
            int which = a.ndim() == 0 ? 0 : 1;
            throw new ArrayValueError("matmul: Input operand " + which + " does not have enough dimensions (has 0, "
                    + "gufunc core with signature " + SIGNATURE + " requires 1)");
        }
        Promotion.Typed t = Promotion.resultType(f, a.typed(), b.typed());
        DType out = t.dtype();
        boolean aVec = a.ndim() == 1;
        boolean bVec = b.ndim() == 1;
        NdArray a2 = aVec ? a.reshape(1, a.shape[0]) : a;
        NdArray b2 = bVec ? b.reshape(b.shape[0], 1) : b;
        int n = a2.shape[a2.ndim() - 2];
        int k = a2.shape[a2.ndim() - 1];
        int kb = b2.shape[b2.ndim() - 2];
        int m = b2.shape[b2.ndim() - 1];
        // JAX raises a TypeError from dot_general here; the conformance vectors expect NumPy's ValueError.
        if (k != kb) {
            throw new ArrayValueError("matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc "
                    + "signature " + SIGNATURE + " (size " + kb + " is different from " + k + ")");
        }
        int[] aBatch = Arrays.copyOf(a2.shape, a2.ndim() - 2);
        int[] bBatch = Arrays.copyOf(b2.shape, b2.ndim() - 2);
        int[] batch = Shape.tryBroadcast(aBatch, bBatch);
        if (batch == null) {
            throw new ArrayValueError("operands could not be broadcast together with remapped shapes "
                    + "[original->remapped]: " + remapped(a.shape, aBatch) + " " + remapped(b.shape, bBatch)
                    + "  and requested shape (" + (aVec ? "" : n + (bVec ? "" : ",")) + (bVec ? "" : m) + ")");
        }
        int[] fullShape = concat(batch, new int[] {n, m});
        int batches = (int) Shape.size(batch);
        // Operands as contiguous arrays of the result dtype, broadcast over the batch.
        boolean big = (long) n * k * m >= Ops.bulkThreshold;
        // BLAS computes the product when the result type allows it exactly (float32/64), in float32 for
        // float16, and in float64 for integers and bools whose products cannot exceed 2**53.
        DType gemm = !big || out.isComplex() ? null : NdStorage.gemmCapable(out) ? out : out == DType.FLOAT16 ? DType.FLOAT32
                : exactInFloat64(a2, b2, k) ? DType.FLOAT64 : null;
        DType work = gemm != null ? gemm : out;
        NdArray ac = a2.dtype == work && a2.isContiguous() ? a2 : a2.astypeInternal(work, true);
        NdArray bc = b2.dtype == work && b2.isContiguous() ? b2 : b2.astypeInternal(work, true);
        long[] aBatchStrides = Shape.broadcastStrides(aBatch, batchStrides(aBatch, (long) n * k), batch);
        long[] bBatchStrides = Shape.broadcastStrides(bBatch, batchStrides(bBatch, (long) k * m), batch);
        int[] bi = new int[batch.length];
        boolean bulk = gemm != null;
        NdStorage aStore = ac.contiguousStorage();
        NdStorage bStore = bc.contiguousStorage();
        // One product of the result's own dtype is the result: no zero-filled array to copy it into.
        boolean single = bulk && batches == 1 && gemm == out && n > 0 && m > 0 && k > 0;
        NdArray result = single ? null : NdArray.zeros(f, out, fullShape);
        for (int g = 0; g < batches; g++) {
            long aOff = 0;
            long bOff = 0;
            for (int d = 0; d < batch.length; d++) {
                aOff += bi[d] * aBatchStrides[d];
                bOff += bi[d] * bBatchStrides[d];
            }
            long outOff = (long) g * n * m;
            if (bulk && n > 0 && m > 0 && k > 0) {
                NdStorage prod = NdStorage.matmul(aStore, aOff, bStore, bOff, n, k, m);
                if (single) {
                    result = NdArray.wrap(f, prod, fullShape);
                } else {
                    for (int i = 0; i < n * m; i++) {
                        double v = prod.getDouble(i);
                        if (out.isInteger()) {
                            result.writeLong(outOff + i, (long) v, DType.INT64);
                        } else {
                            result.writeDouble(outOff + i, v);
                        }
                    }
                    prod.release();
                }
            } else if (n > 0 && m > 0) {
                kernel(aStore, aOff, bStore, bOff, n, k, m, out, result.storage, outOff);
            }
            for (int d = batch.length - 1; d >= 0; d--) {
                if (++bi[d] < batch[d]) {
                    break;
                }
                bi[d] = 0;
            }
        }
        int[] finalShape = fullShape;
        if (aVec && bVec) {
            finalShape = batch;
        } else if (aVec) {
            finalShape = concat(batch, new int[] {m});
        } else if (bVec) {
            finalShape = concat(batch, new int[] {n});
        }
        if (finalShape != fullShape) {
            result = result.reshape(finalShape);
        }
        return Ops.finish(result, f, t.isWeak() ? t.weak() : Promotion.Weak.NONE);
    }

    private static void kernel(NdStorage a, long aOff, NdStorage b, long bOff, int n, int k, int m, DType out,
                               NdStorage c, long cOff) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                if (out.isComplex()) {
                    // complex products summed in order, each step rounded to the part type for complex64
                    boolean single = out == DType.COMPLEX64;
                    double[] acc = ComplexMath.of(0, 0);
                    for (int p = 0; p < k; p++) {
                        long x = aOff + (long) i * k + p;
                        long y = bOff + (long) p * m + j;
                        double[] product = ComplexMath.multiply(a.getReal(x), a.getImag(x), b.getReal(y),
                                b.getImag(y), single);
                        acc = ComplexMath.binary(BinaryOp.ADD, acc[0], acc[1], product[0], product[1], single);
                    }
                    c.setComplex(cOff + (long) i * m + j, acc[0], acc[1]);
                } else if (out == DType.FLOAT16) {
                    // NumPy accumulates half-precision products in single precision, in order.
                    float acc = 0;
                    for (int p = 0; p < k; p++) {
                        acc += (float) a.getDouble(aOff + (long) i * k + p) * (float) b.getDouble(bOff + (long) p * m + j);
                    }
                    c.setDouble(cOff + (long) i * m + j, Values.round(acc, out));
                } else if (out.isFloat()) {
                    double acc = 0;
                    for (int p = 0; p < k; p++) {
                        acc += a.getDouble(aOff + (long) i * k + p) * b.getDouble(bOff + (long) p * m + j);
                    }
                    c.setDouble(cOff + (long) i * m + j, Values.round(acc, out));
                } else if (out.isBool()) {
                    long acc = 0;
                    for (int p = 0; p < k && acc == 0; p++) {
                        acc = a.getLong(aOff + (long) i * k + p) & b.getLong(bOff + (long) p * m + j);
                    }
                    c.setLong(cOff + (long) i * m + j, acc);
                } else {
                    long acc = 0;
                    for (int p = 0; p < k; p++) {
                        acc += a.getLong(aOff + (long) i * k + p) * b.getLong(bOff + (long) p * m + j);
                    }
                    c.setLong(cOff + (long) i * m + j, Values.wrap(acc, out));
                }
            }
        }
    }

    /** Whether every dot product of integer (or bool) operands stays below 2**53, so float64 BLAS is exact. */
    private static boolean exactInFloat64(NdArray a, NdArray b, int k) {
        if (a.dtype.isFloat() || b.dtype.isFloat() || a.dtype == DType.UINT64 || b.dtype == DType.UINT64) {
            return false;
        }
        double bound = maxAbs(a) * maxAbs(b) * k;
        return bound < 0x1p53;
    }

    private static double maxAbs(NdArray x) {
        double m = 0;
        for (long o : x.offsets()) {
            m = Math.max(m, Math.abs((double) x.readLong(o)));
        }
        return m;
    }

    private static long[] batchStrides(int[] batch, long matrixSize) {
        long[] s = Shape.contiguousStrides(batch);
        for (int i = 0; i < s.length; i++) {
            s[i] *= matrixSize;
        }
        return s;
    }

    private static String remapped(int[] original, int[] batch) {
        StringBuilder sb = new StringBuilder(Shape.compact(original)).append("->(");
        for (int d : batch) {
            sb.append(d).append(',');
        }
        return sb.append("newaxis,newaxis)").toString();
    }

    static int[] concat(int[] x, int[] y) {
        int[] r = Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, r, x.length, y.length);
        return r;
    }

    /** {@code np.dot}: scalars multiply, up to 2-D it is matmul, otherwise a sum over a's last and b's second-to-last axis. */
    static NdArray dot(Object left, Object right, Flavor fallback) {
        Flavor f = Ops.flavorOf(fallback, left, right);
        // np.dot converts Python scalars with np.asarray: they are not weak here.
        NdArray a = left instanceof NdArray x ? x : Creation.fromNested(f, left, null);
        NdArray b = right instanceof NdArray y ? y : Creation.fromNested(f, right, null);
        if (a.ndim() == 0 || b.ndim() == 0) {
            return Ops.binary(BinaryOp.MULTIPLY, a, b, f);
        }
        int ka = a.shape[a.ndim() - 1];
        int axisB = Math.max(b.ndim() - 2, 0);
        int kb = b.shape[axisB];
        if (ka != kb && f == Flavor.JAX) {
            throw new ArrayTypeError("dot_general requires contracting dimensions to have the same shape, got ("
                    + ka + ",) and (" + kb + ",).");
        }
        if (ka != kb) {
            throw new ArrayValueError("shapes " + Shape.compact(a.shape) + " and " + Shape.compact(b.shape)
                    + " not aligned: " + ka + " (dim " + (a.ndim() - 1) + ") != " + kb + " (dim " + axisB + ")");
        }
        if (a.ndim() <= 2 && b.ndim() <= 2) {
            return matmul(a, b, f);
        }
        // General case: move b's contracted axis to the front, then matmul of 2-D reshapes.
        int[] bPerm = new int[b.ndim()];
        bPerm[0] = axisB;
        for (int d = 0, p = 1; d < b.ndim(); d++) {
            if (d != axisB) {
                bPerm[p++] = d;
            }
        }
        NdArray bt = b.transpose(bPerm);
        int[] aOuter = Arrays.copyOf(a.shape, a.ndim() - 1);
        int[] bOuter = Arrays.copyOfRange(bt.shape, 1, bt.ndim());
        NdArray a2 = a.reshape((int) Shape.size(aOuter), ka);
        NdArray b2 = bt.reshape(kb, (int) Shape.size(bOuter));
        NdArray r = matmul(a2, b2, f);
        return r.reshape(concat(aOuter, bOuter));
    }
}
