package io.tastelab.array;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Arrays large enough for the kernels that split their work in halves across threads (comparisons, {@code + - * /}
 * with an array or a scalar, maximum and minimum also in float64), checked element by element against IEEE float32 arithmetic, which is NumPy's. The
 * length is odd, so the halves differ in length, and special values (NaN of both signs, signed zeros, infinities,
 * subnormals, the float range's ends) sit at both ends and around the middle. Also large sums and means over the
 * first axis, against each column added row by row in the array's precision (NumPy's order).
 */
class LargeArrayKernelsTest {
    private static final ArrayNamespace NP = ArrayNamespace.NUMPY;
    private static final int N = (1 << 19) + 3;
    private static final float[] SPECIAL = {Float.NaN, Float.intBitsToFloat(0xffc00000), 0.0f, -0.0f,
            Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.MIN_VALUE, -Float.MIN_VALUE, Float.MAX_VALUE,
            -Float.MAX_VALUE, 0.5f, -0.5f, Math.nextUp(0.5f), Math.nextDown(0.5f), 1.0f};
    private static final BinaryOp[] COMPARISONS = {BinaryOp.LESS, BinaryOp.LESS_EQUAL, BinaryOp.GREATER,
            BinaryOp.GREATER_EQUAL, BinaryOp.EQUAL, BinaryOp.NOT_EQUAL};
    private static final BinaryOp[] ARITHMETIC = {BinaryOp.ADD, BinaryOp.SUBTRACT, BinaryOp.MULTIPLY, BinaryOp.DIVIDE};
    private static final BinaryOp[] EXTREMA = {BinaryOp.MAXIMUM, BinaryOp.MINIMUM};
    private static final float[] EXTREMUM_SCALARS = {0.0f, -0.0f, 0.5f, Float.POSITIVE_INFINITY, Float.NaN};

    private static float[] values(long seed) {
        Random random = new Random(seed);
        float[] v = new float[N];
        for (int i = 0; i < N; i++) {
            v[i] = random.nextInt(4) == 0 ? SPECIAL[random.nextInt(SPECIAL.length)] : (float) random.nextGaussian();
        }
        for (int k = 0; k < SPECIAL.length; k++) {
            v[k] = SPECIAL[k];
            v[N / 2 - SPECIAL.length / 2 + k] = SPECIAL[k];
            v[N - 1 - k] = SPECIAL[k];
        }
        return v;
    }

    private static boolean compare(BinaryOp op, float a, float b) {
        return switch (op) {
            case LESS -> a < b;
            case LESS_EQUAL -> a <= b;
            case GREATER -> a > b;
            case GREATER_EQUAL -> a >= b;
            case EQUAL -> a == b;
            case NOT_EQUAL -> a != b;
            default -> throw new IllegalArgumentException(op.name());
        };
    }

    /** NumPy's maximum/minimum: a NaN on either side wins, ties give the second operand (signed zeros differ). */
    private static double extremum(BinaryOp op, double a, double b) {
        return Double.isNaN(a) || (op == BinaryOp.MAXIMUM ? a > b : a < b) ? a : b;
    }

    private static float arithmetic(BinaryOp op, float a, float b) {
        return switch (op) {
            case ADD -> a + b;
            case SUBTRACT -> a - b;
            case MULTIPLY -> a * b;
            case DIVIDE -> a / b;
            default -> throw new IllegalArgumentException(op.name());
        };
    }

    @TestFactory
    Stream<DynamicTest> largeKernelsGiveIeeeFloat32ResultsForEveryElement() {
        float[] x = values(1);
        float[] y = values(2);
        NdArray xs = NP.fromFloats(x, N);
        NdArray ys = NP.fromFloats(y, N);
        List<DynamicTest> tests = new ArrayList<>();
        for (BinaryOp op : COMPARISONS) {
            tests.add(DynamicTest.dynamicTest("x " + op.operator() + " y", () ->
                    checkBools(op.name(), NP.binary(op, xs, ys), i -> compare(op, x[i], y[i]))));
            tests.add(DynamicTest.dynamicTest("x " + op.operator() + " x", () ->
                    checkBools(op.name(), NP.binary(op, xs, xs), i -> compare(op, x[i], x[i]))));
            for (float scalar : new float[] {0.5f, -0.0f, Float.POSITIVE_INFINITY, Float.NaN}) {
                tests.add(DynamicTest.dynamicTest("x " + op.operator() + " " + scalar, () ->
                        checkBools(op.name(), NP.binary(op, xs, (double) scalar), i -> compare(op, x[i], scalar))));
            }
            // A float32 0-d array on the right: the same float32 kernel, its value given as an array.
            tests.add(DynamicTest.dynamicTest("x " + op.operator() + " float32(0.25)", () -> checkBools(op.name(),
                    NP.binary(op, xs, NP.scalar(0.25, DType.FLOAT32)), i -> compare(op, x[i], 0.25f))));
            NdArray xd = xs.astype(DType.FLOAT64);
            NdArray yd = ys.astype(DType.FLOAT64);
            tests.add(DynamicTest.dynamicTest("x " + op.operator() + " y in float64", () ->
                    checkBools(op.name(), NP.binary(op, xd, yd), i -> compare(op, x[i], y[i]))));
            for (float scalar : new float[] {0.5f, -0.0f, Float.NEGATIVE_INFINITY, Float.NaN}) {
                tests.add(DynamicTest.dynamicTest("x " + op.operator() + " " + scalar + " in float64", () ->
                        checkBools(op.name(), NP.binary(op, xd, (double) scalar), i -> compare(op, x[i], scalar))));
            }
        }
        for (BinaryOp op : ARITHMETIC) {
            tests.add(DynamicTest.dynamicTest("x " + op.operator() + " y", () ->
                    checkFloats(op.name(), NP.binary(op, xs, ys), i -> arithmetic(op, x[i], y[i]))));
            tests.add(DynamicTest.dynamicTest("x " + op.operator() + " 1.5", () ->
                    checkFloats(op.name(), NP.binary(op, xs, 1.5), i -> arithmetic(op, x[i], 1.5f))));
            tests.add(DynamicTest.dynamicTest("1.5 " + op.operator() + " x", () ->
                    checkFloats(op.name(), NP.binary(op, 1.5, xs), i -> arithmetic(op, 1.5f, x[i]))));
        }
        for (BinaryOp op : EXTREMA) {
            String name = op.name().toLowerCase(java.util.Locale.ROOT);
            tests.add(DynamicTest.dynamicTest(name + "(x, y)", () ->
                    checkFloats(name, NP.binary(op, xs, ys), i -> (float) extremum(op, x[i], y[i]))));
            tests.add(DynamicTest.dynamicTest(name + "(y, x)", () ->
                    checkFloats(name, NP.binary(op, ys, xs), i -> (float) extremum(op, y[i], x[i]))));
            for (float scalar : EXTREMUM_SCALARS) {
                tests.add(DynamicTest.dynamicTest(name + "(x, " + scalar + ")", () -> checkFloats(name,
                        NP.binary(op, xs, (double) scalar), i -> (float) extremum(op, x[i], scalar))));
                tests.add(DynamicTest.dynamicTest(name + "(" + scalar + ", x)", () -> checkFloats(name,
                        NP.binary(op, (double) scalar, xs), i -> (float) extremum(op, scalar, x[i]))));
            }
            NdArray xd = xs.astype(DType.FLOAT64);
            NdArray yd = ys.astype(DType.FLOAT64);
            tests.add(DynamicTest.dynamicTest(name + "(x, y) in float64", () ->
                    checkDoubles(name, NP.binary(op, xd, yd), i -> extremum(op, x[i], y[i]))));
            for (float scalar : EXTREMUM_SCALARS) {
                tests.add(DynamicTest.dynamicTest(name + "(x, " + scalar + ") in float64", () -> checkDoubles(name,
                        NP.binary(op, xd, (double) scalar), i -> extremum(op, x[i], scalar))));
                tests.add(DynamicTest.dynamicTest(name + "(" + scalar + ", x) in float64", () -> checkDoubles(name,
                        NP.binary(op, (double) scalar, xd), i -> extremum(op, scalar, x[i]))));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> largeSumsOverTheFirstAxisAddEachColumnRowByRow() {
        int rows = 301;
        int columns = 1031; // 310,331 elements: columns split across threads, an odd row left after the pairs
        float[] x = new float[rows * columns];
        Random random = new Random(3);
        for (int k = 0; k < x.length; k++) {
            x[k] = (float) (random.nextGaussian() * Math.pow(10, random.nextInt(7) - 3));
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (DType dtype : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            NdArray a = NP.fromFloats(x, rows, columns).astype(dtype);
            tests.add(DynamicTest.dynamicTest(dtype.name() + " sum and mean over axis 0", () -> {
                NdArray sum = NP.sum(a, 0, false);
                NdArray mean = NP.mean(a, 0, false);
                for (int c = 0; c < columns; c++) {
                    double expected;
                    if (dtype == DType.FLOAT32) {
                        float acc = 0f;
                        for (int r = 0; r < rows; r++) {
                            acc += x[r * columns + c];
                        }
                        assertEquals(acc, (float) sum.getDouble(c), "sum of column " + c);
                        expected = acc / (float) rows;
                    } else {
                        double acc = 0.0;
                        for (int r = 0; r < rows; r++) {
                            acc += x[r * columns + c];
                        }
                        assertEquals(acc, sum.getDouble(c), "sum of column " + c);
                        expected = acc / rows;
                    }
                    assertEquals(expected, mean.getDouble(c), "mean of column " + c);
                }
            }));
            tests.add(DynamicTest.dynamicTest(dtype.name() + " sum over axis 0 of the rows reversed (x[::-1])", () -> {
                NdArray reversed = a.view(new int[] {rows, columns}, new long[] {-columns, 1},
                        a.offset + (long) (rows - 1) * columns);
                NdArray sum = NP.sum(reversed, 0, false);
                for (int c = 0; c < columns; c++) {
                    if (dtype == DType.FLOAT32) {
                        float acc = 0f;
                        for (int r = rows - 1; r >= 0; r--) {
                            acc += x[r * columns + c];
                        }
                        assertEquals(acc, (float) sum.getDouble(c), "sum of column " + c);
                    } else {
                        double acc = 0.0;
                        for (int r = rows - 1; r >= 0; r--) {
                            acc += x[r * columns + c];
                        }
                        assertEquals(acc, sum.getDouble(c), "sum of column " + c);
                    }
                }
            }));
        }
        return tests.stream();
    }

    private static void checkBools(String what, NdArray result, java.util.function.IntPredicate expected) {
        assertEquals(DType.BOOL, result.dtype(), what);
        for (int i = 0; i < N; i++) {
            boolean actual = result.getLong(i) != 0;
            if (actual != expected.test(i)) {
                assertEquals(expected.test(i), actual, what + " at element " + i + " of " + N);
            }
        }
    }

    private static void checkFloats(String what, NdArray result, IntToFloat expected) {
        assertEquals(DType.FLOAT32, result.dtype(), what);
        for (int i = 0; i < N; i++) {
            float want = expected.apply(i);
            float actual = (float) result.getDouble(i);
            // NaN payloads are not compared (NumPy's do not promise one either).
            if (!(Float.isNaN(want) && Float.isNaN(actual))
                    && Float.floatToRawIntBits(want) != Float.floatToRawIntBits(actual)) {
                assertEquals(want, actual, what + " at element " + i + " of " + N);
            }
        }
    }

    private static void checkDoubles(String what, NdArray result, java.util.function.IntToDoubleFunction expected) {
        assertEquals(DType.FLOAT64, result.dtype(), what);
        for (int i = 0; i < N; i++) {
            double want = expected.applyAsDouble(i);
            double actual = result.getDouble(i);
            if (!(Double.isNaN(want) && Double.isNaN(actual))
                    && Double.doubleToRawLongBits(want) != Double.doubleToRawLongBits(actual)) {
                assertEquals(want, actual, what + " at element " + i + " of " + N);
            }
        }
    }

    @FunctionalInterface
    private interface IntToFloat {
        float apply(int i);
    }
}
