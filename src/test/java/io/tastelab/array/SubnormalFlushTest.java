package io.tastelab.array;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * jax.numpy float32 arithmetic flushes subnormals as XLA on the CPU does (the FTZ and DAZ flags XLA sets: a
 * subnormal operand reads as a zero of its sign, a subnormal result is written as one), while creating an array
 * keeps the value (no computation runs) and NumPy keeps subnormals everywhere. JAX's own examples: jax-ml/jax#16200
 * ({@code jnp.asarray(1.401298464324817e-45, dtype=jnp.float32) == 0} is True, the array prints {@code 1.e-45}),
 * #26658 ({@code x + 0.} of a subnormal is 0), #37670 ({@code jnp.log} of a subnormal is -inf), #37762
 * ({@code jnp.sqrt} of one is 0). The NumPy expectations were printed by NumPy 2.4.6.
 */
class SubnormalFlushTest {

    private static final ArrayNamespace JNP = ArrayNamespace.JAX;
    private static final ArrayNamespace NP = ArrayNamespace.NUMPY;
    /** Above Ops' bulk threshold and the scan's parallel split: the SIMD scan on both kernel threads. */
    private static final int BIG = 1 << 18;

    @Test
    void creationKeepsTheValueButArithmeticFlushesIt() {
        NdArray x = JNP.array(List.of(1e-40, -1e-40, 1.0), DType.FLOAT32);
        assertThat(x.toDoubleArray()[0]).isEqualTo((double) 1e-40f);
        double[] times = x.multiply(1L).toDoubleArray();
        assertThat(times[0]).isEqualTo(0.0);
        assertThat(Double.doubleToRawLongBits(times[1])).isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(times[2]).isEqualTo(1.0);
    }

    @Test
    void subnormalOperandsReadAsZeroAndSubnormalResultsAreZero() {
        NdArray tiny = JNP.array(List.of(1e-40), DType.FLOAT32);
        assertThat(tiny.multiply(1e10).toDoubleArray()[0]).isEqualTo(0.0); // DAZ: not 1e-30
        NdArray small = JNP.array(List.of(1e-38), DType.FLOAT32);
        assertThat(small.divide(100L).toDoubleArray()[0]).isEqualTo(0.0); // FTZ
        assertThat(JNP.array(List.of(-100.0), DType.FLOAT32).unary(UnaryOp.EXP).toDoubleArray()[0])
                .isEqualTo(0.0);
    }

    @Test
    void jaxsDocumentedExamples() {
        NdArray least = JNP.asarray(1.401298464324817e-45, DType.FLOAT32);
        assertThat(least.toString()).isEqualTo("Array(1.e-45, dtype=float32)");
        assertThat(least.binary(BinaryOp.EQUAL, 0L).toString()).isEqualTo("Array(True, dtype=bool)");
        assertThat(least.add(0.0).toDoubleArray()[0]).isEqualTo(0.0);
        NdArray subnormals = JNP.array(List.of((double) Math.nextDown(Float.MIN_NORMAL), 1e-38, 5e-39, 1.4e-45),
                DType.FLOAT32);
        assertThat(subnormals.unary(UnaryOp.LOG).toString())
                .isEqualTo("Array([-inf, -inf, -inf, -inf], dtype=float32)");
        assertThat(subnormals.unary(UnaryOp.SQRT).toString()).isEqualTo("Array([0., 0., 0., 0.], dtype=float32)");
    }

    @Test
    void keptSubnormalsPrintAsNumpyPrintsThem() {
        // NumPy 2.4.6: repr of np.array([1e-45, -1e-40, 1.0], dtype=np.float32), of np.float32(1e-45), str of [1e-45, 2.5e-40]
        assertThat(NP.array(List.of(1e-45, -1e-40, 1.0), DType.FLOAT32).toString())
                .isEqualTo("array([ 1.e-45, -1.e-40,  1.e+00], dtype=float32)");
        assertThat(JNP.array(List.of(1e-45, -1e-40, 1.0), DType.FLOAT32).toString())
                .isEqualTo("Array([ 1.e-45, -1.e-40,  1.e+00], dtype=float32)");
        assertThat(NP.array(List.of(1e-45, 2.5e-40), DType.FLOAT32).str()).isEqualTo("[1.4e-45 2.5e-40]");
        assertThat(NP.array(List.of(1e-40), DType.FLOAT32).multiply(NP.array(List.of(1e10), DType.FLOAT32))
                .toString()).isEqualTo("array([9.999946e-31], dtype=float32)");
        assertThat(NP.array(List.of(1e-38), DType.FLOAT32).divide(NP.asarray(100.0, DType.FLOAT32)).toString())
                .isEqualTo("array([1.e-40], dtype=float32)");
    }

    @Test
    void numpyKeepsSubnormals() {
        NdArray x = NP.array(List.of(1e-40), DType.FLOAT32);
        assertThat(x.multiply(1e10).toDoubleArray()[0]).isCloseTo(1e-30, org.assertj.core.data.Offset.offset(1e-34));
        assertThat(NP.array(List.of(1e-38), DType.FLOAT32).divide(100L).toDoubleArray()[0]).isGreaterThan(0);
        NdArray big = bigWithOne(NP, BIG - 1, 1e-40);
        assertThat(big.add(big).toDoubleArray()[BIG - 1]).isEqualTo(2.0 * 1e-40f);
    }

    @Test
    void largeArraysAreFlushedWhereverTheSubnormalIs() {
        for (int at : new int[] {0, 7, BIG / 2 - 1, BIG / 2, BIG - 17, BIG - 1}) {
            NdArray x = bigWithOne(JNP, at, -1e-40);
            double[] doubled = x.add(x).toDoubleArray();
            assertThat(Double.doubleToRawLongBits(doubled[at])).as("DAZ at %d", at)
                    .isEqualTo(Double.doubleToRawLongBits(-0.0));
            assertThat(doubled[at == 0 ? 1 : 0]).isEqualTo(2.0);
            // A normal operand whose product is subnormal: FTZ on the bulk path.
            NdArray y = bigWithOne(JNP, at, 1e-20);
            double[] squared = y.multiply(y).toDoubleArray();
            assertThat(squared[at]).as("FTZ at %d", at).isEqualTo(0.0);
            assertThat(squared[at == 0 ? 1 : 0]).isEqualTo(1.0);
        }
    }

    @Test
    void comparisonsAndExtremaReadSubnormalsAsZero() {
        NdArray x = JNP.array(List.of(1e-45, -1e-45, 1.0), DType.FLOAT32);
        assertThat(x.binary(BinaryOp.GREATER, 0L).toString()).isEqualTo("Array([False, False,  True], dtype=bool)");
        assertThat(x.binary(BinaryOp.MAXIMUM, 0.0).toString()).isEqualTo("Array([0., 0., 1.], dtype=float32)");
    }

    @Test
    void stridedViewsAndReusedOperandsAreFlushed() {
        NdArray x = bigWithOne(JNP, 3, 1e-40).reshape(new int[] {512, 512});
        NdArray column = x.get(List.of(Index.slice(null, null, null), Index.slice(3L, 4L, null)));
        assertThat(column.add(0.0).toDoubleArray()[0]).isEqualTo(0.0);
        // The whole run was scanned and found to hold one: every later use still flushes it.
        assertThat(x.add(0.0).toDoubleArray()[3]).isEqualTo(0.0);
        assertThat(x.add(0.0).toDoubleArray()[3]).isEqualTo(0.0);
        NdArray clean = JNP.ones(new int[] {BIG}, DType.FLOAT32);
        assertThat(clean.add(clean).toDoubleArray()[BIG - 1]).isEqualTo(2.0);
        assertThat(clean.storage.isMarkedFreeOfSubnormals()).isTrue();
    }

    @Test
    void weakScalarsKeepTheirWeakTypeWhenFlushed() {
        // A Python float operand is a weak float32 (1e-40 is a subnormal there), read as zero.
        NdArray r = JNP.array(List.of(1.0), DType.FLOAT32).multiply(1e-40);
        assertThat(r.toDoubleArray()[0]).isEqualTo(0.0);
        NdArray weak = JNP.asarray(1e-40, DType.FLOAT32).withWeak(Promotion.Weak.FLOAT);
        NdArray flushed = Subnormals.operand(Flavor.JAX, weak);
        assertThat(flushed.isWeaklyTyped()).isTrue();
        assertThat(flushed.toDoubleArray()[0]).isEqualTo(0.0);
    }

    @Test
    void theScanFindsEverySubnormalBitPatternAndNothingElse() {
        float[] notSubnormal = {0f, -0f, Float.MIN_NORMAL, -Float.MIN_NORMAL, 1f, Float.MAX_VALUE, Float.NaN,
            Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.intBitsToFloat(0x7FC00001),
            Float.intBitsToFloat(0xFFFFFFFF)};
        float[] subnormal = {Float.MIN_VALUE, -Float.MIN_VALUE, Math.nextDown(Float.MIN_NORMAL),
            -Math.nextDown(Float.MIN_NORMAL), Float.intBitsToFloat(0x00400000), Float.intBitsToFloat(0x80000001)};
        int n = 1000;
        for (float fill : notSubnormal) {
            float[] run = new float[n];
            java.util.Arrays.fill(run, fill);
            assertThat(Subnormals.any(MemorySegment.ofArray(run), 0, n)).as("%s", fill).isFalse();
            assertThat(Subnormals.anyInChunks(MemorySegment.ofArray(run), 0, n)).isFalse(); // no vector module
            for (int at : new int[] {0, 1, 15, 16, 500, n - 9, n - 1}) {
                for (float s : subnormal) {
                    float[] with = run.clone();
                    with[at] = s;
                    assertThat(Subnormals.any(MemorySegment.ofArray(with), 0, n)).as("%s at %d", s, at).isTrue();
                    assertThat(Subnormals.anyInChunks(MemorySegment.ofArray(with), 0, n)).isTrue();
                    assertThat(Subnormals.any(MemorySegment.ofArray(with), at + 1, n - at - 1)).isFalse();
                    Subnormals.flush(MemorySegment.ofArray(with), 0, n);
                    assertThat(Float.floatToRawIntBits(with[at])).isEqualTo(Float.floatToRawIntBits(Math.copySign(0f, s)));
                    assertThat(with[at == 0 ? 1 : 0]).isEqualTo(fill, org.assertj.core.data.Offset.offset(0f));
                }
            }
        }
    }

    @Test
    void theFusedKernelGivesNumpysBitsWithSubnormalResultsFlushed() {
        java.util.Random random = new java.util.Random(17);
        float[] specials = {0f, -0f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.MAX_VALUE,
            Float.MIN_NORMAL, 3e-20f, -2e-20f, 1.5f};
        List<Object> left = new ArrayList<>();
        List<Object> right = new ArrayList<>();
        for (int i = 0; i < BIG + 5; i++) { // not a whole number of vectors: the scalar tail too
            left.add((double) value(random, specials));
            right.add((double) value(random, specials));
        }
        NdArray xj = JNP.array(left, DType.FLOAT32);
        NdArray yj = JNP.array(right, DType.FLOAT32);
        NdArray xn = NP.array(left, DType.FLOAT32);
        NdArray yn = NP.array(right, DType.FLOAT32);
        for (BinaryOp op : List.of(BinaryOp.ADD, BinaryOp.SUBTRACT, BinaryOp.MULTIPLY, BinaryOp.DIVIDE)) {
            assertFlushedNumpy(op + " of runs", JNP.binary(op, xj, yj), NP.binary(op, xn, yn));
            // jnp divides by one value as XLA does, multiplying by its reciprocal rounded to float32.
            float reciprocal = (float) (1.0 / (double) 3e-20f);
            assertFlushedNumpy(op + " by 3e-20", JNP.binary(op, xj, 3e-20), op == BinaryOp.DIVIDE
                    ? NP.binary(BinaryOp.MULTIPLY, xn, NP.asarray((double) reciprocal, DType.FLOAT32))
                    : NP.binary(op, xn, NP.asarray(3e-20, DType.FLOAT32)));
            assertFlushedNumpy("3e-20 " + op, JNP.binary(op, 3e-20, xj), NP.binary(op, NP.asarray(3e-20,
                    DType.FLOAT32), xn));
        }
    }

    @Test
    void broadcastRowsAndColumnsGiveNumpysBitsWithSubnormalResultsFlushed() {
        java.util.Random random = new java.util.Random(23);
        float[] specials = {0f, -0f, Float.NaN, Float.POSITIVE_INFINITY, Float.MIN_NORMAL, 3e-20f, -2e-20f, 1.5f};
        int rows = 600;
        int columns = 301; // rows long enough for the fused form, not a whole number of vectors
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < rows * columns; i++) {
            values.add((double) value(random, specials));
        }
        int[] shape = {rows, columns};
        NdArray xj = JNP.array(values, DType.FLOAT32).reshape(shape);
        NdArray xn = NP.array(values, DType.FLOAT32).reshape(shape);
        List<List<Index>> lines = List.of(List.of(Index.of(7L)), List.of(Index.slice(5L, 6L, null)),
                List.of(Index.slice(null, null, null), Index.slice(2L, 3L, null)));
        for (List<Index> line : lines) { // x[7] (a row), x[5:6] (a 1×n row), x[:, 2:3] (a column)
            NdArray lj = xj.get(line);
            NdArray ln = xn.get(line);
            for (BinaryOp op : List.of(BinaryOp.ADD, BinaryOp.SUBTRACT, BinaryOp.MULTIPLY, BinaryOp.DIVIDE)) {
                assertFlushedNumpy(op + " " + line, JNP.binary(op, xj, lj), NP.binary(op, xn, ln));
                assertFlushedNumpy(line + " " + op, JNP.binary(op, lj, xj), NP.binary(op, ln, xn));
            }
        }
    }

    @Test
    void jnpExpFlushesItsSubnormalResults() {
        java.util.Random random = new java.util.Random(29);
        List<Object> values = new ArrayList<>();
        float[] inputs = new float[BIG + 5]; // the scalar tail too
        for (int i = 0; i < inputs.length; i++) {
            // Mostly where exp underflows to a subnormal (-87.3 .. -103.3) or is near it; some specials.
            inputs[i] = switch (random.nextInt(5)) {
                case 0 -> new float[] {0f, -0f, Float.NaN, Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY, -87f,
                    -87.33654f, -87.33655f, -103.97f, -104f, 88.72f, 89f}[random.nextInt(12)];
                case 1 -> (float) (random.nextDouble() * 40 - 20);
                default -> (float) (-80 - random.nextDouble() * 30);
            };
            values.add((double) inputs[i]);
        }
        double[] ours = JNP.array(values, DType.FLOAT32).unary(UnaryOp.EXP).toDoubleArray();
        int flushed = 0;
        for (int i = 0; i < inputs.length; i++) {
            float exact = Float32Math.apply(Float32Math.Function.EXP_JAX, inputs[i]);
            float expected = Subnormals.isSubnormal(exact) ? 0f : exact;
            flushed += Subnormals.isSubnormal(exact) ? 1 : 0;
            assertThat(Float.floatToRawIntBits((float) ours[i])).as("exp(%s) at %d", inputs[i], i)
                    .isEqualTo(Float.floatToRawIntBits(expected));
        }
        assertThat(flushed).isGreaterThan(BIG / 10);
    }

    /** Subnormals.cannotUnderflow's table: its ops' results are not scanned, so none may be subnormal. */
    @Test
    void theOpsThatAreNotScannedGiveNoSubnormalFromTheSmallestNormals() {
        List<Float> near = new ArrayList<>(List.of(0f, 1f, Math.nextUp(1f), Math.nextDown(1f), Math.nextUp(0.5f),
                Float.MIN_NORMAL, Math.nextUp(Float.MIN_NORMAL), 2 * Float.MIN_NORMAL, Float.MAX_VALUE,
                Float.POSITIVE_INFINITY, Float.NaN, Float.MIN_VALUE, Math.nextDown(Float.MIN_NORMAL), 1e-45f));
        for (int e = -126; e <= -90; e++) {
            near.add(Math.scalb(1f, e));
            near.add(Math.scalb(1.9999999f, e));
        }
        List<Object> values = new ArrayList<>();
        for (float v : near) {
            values.add((double) v);
            values.add((double) -v);
        }
        List<Object> big = new ArrayList<>();
        while (big.size() < BIG) {
            big.addAll(values);
        }
        int checked = 0;
        for (List<Object> run : List.of(values, big)) { // the element loop and the bulk kernels
            NdArray x = JNP.array(run, DType.FLOAT32);
            for (UnaryOp op : UnaryOp.values()) {
                if (Subnormals.cannotUnderflow(op) && op != UnaryOp.INVERT) { // invert has no float form
                    assertNoSubnormal(op.toString(), x.unary(op));
                    checked++;
                }
            }
            NdArray reversed = JNP.array(run.reversed(), DType.FLOAT32);
            for (BinaryOp op : BinaryOp.values()) {
                if (Subnormals.cannotUnderflow(op)) {
                    assertNoSubnormal(op.toString(), JNP.binary(op, x, reversed));
                    assertNoSubnormal(op + " 0", JNP.binary(op, x, 0.0));
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(2 * (9 + 2)); // log1p, log2 and jnp's (XLA's) tanh among the unary ops
    }

    private static void assertNoSubnormal(String what, NdArray result) {
        double[] values = result.toDoubleArray();
        for (int i = 0; i < values.length; i++) {
            assertThat(Subnormals.isSubnormal((float) values[i])).as("%s at %d: %s", what, i, values[i]).isFalse();
        }
    }

    private static float value(java.util.Random random, float[] specials) {
        return switch (random.nextInt(4)) {
            case 0 -> specials[random.nextInt(specials.length)];
            case 1 -> (float) (random.nextGaussian() * 1e-19);
            default -> (float) (random.nextGaussian() * Math.pow(10, random.nextInt(60) - 30));
        };
    }

    private static void assertFlushedNumpy(String what, NdArray jnp, NdArray numpy) {
        double[] ours = jnp.toDoubleArray();
        double[] theirs = numpy.toDoubleArray();
        assertThat(ours).hasSameSizeAs(theirs);
        for (int i = 0; i < ours.length; i++) {
            float expected = (float) theirs[i];
            expected = Subnormals.isSubnormal(expected) ? Math.copySign(0f, expected) : expected;
            if (Float.isNaN(expected)) {
                assertThat(ours[i]).as("%s at %d", what, i).isNaN();
            } else {
                assertThat(Float.floatToRawIntBits((float) ours[i])).as("%s at %d", what, i)
                        .isEqualTo(Float.floatToRawIntBits(expected));
            }
        }
    }

    private static NdArray bigWithOne(ArrayNamespace ns, int at, double value) {
        List<Object> values = new ArrayList<>(BIG);
        for (int i = 0; i < BIG; i++) {
            values.add(i == at ? value : 1.0);
        }
        return ns.array(values, DType.FLOAT32);
    }
}
