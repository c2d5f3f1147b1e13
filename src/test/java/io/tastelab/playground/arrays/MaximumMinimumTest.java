package io.tastelab.playground.arrays;

import static org.assertj.core.api.Assertions.assertThat;

import io.tastelab.array.NdArray;
import io.tastelab.playground.session.PlaygroundSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * maximum/minimum follow NumPy 2 on NaN and signed zeros (NaN from either side; the second operand on ties,
 * so {@code np.maximum(-0.0, 0.0)} is {@code 0.0}), on the Java path for small arrays and on ND4J's for large
 * ones, with arrays, scalars and broadcast rows. Expected values were printed by NumPy 2.4.
 */
class MaximumMinimumTest {
    private static final double NAN = Double.NaN;
    private static final double INF = Double.POSITIVE_INFINITY;

    private static double[] expected(String expression) {
        return switch (expression) {
            case "maximum(a, b)" -> new double[] {0.0, -0.0, NAN, NAN, INF, INF, 2, NAN};
            case "minimum(a, b)" -> new double[] {0.0, -0.0, NAN, NAN, -INF, -INF, 2, NAN};
            case "maximum(a, 0.0)" -> new double[] {0.0, 0.0, NAN, 1, INF, 0.0, 2, NAN};
            case "maximum(-0.0, b)" -> new double[] {0.0, -0.0, 1, NAN, -0.0, INF, 2, NAN};
            case "minimum(b, 0.0)" -> new double[] {0.0, 0.0, 0.0, NAN, -INF, 0.0, 0.0, NAN};
            case "maximum(a.reshape((-1, 8)), b[:8])" -> new double[] {0.0, -0.0, NAN, NAN, INF, INF, 2, NAN};
            default -> throw new IllegalArgumentException(expression);
        };
    }

    @ParameterizedTest(name = "{0}.{1} on {2} float{3} elements")
    @CsvSource(delimiter = '|', value = {
            "np | maximum(a, b) | 8 | 32",
            "np | maximum(a, b) | 5600 | 32",
            "np | maximum(a, b) | 5600 | 64",
            "jnp | maximum(a, b) | 8 | 32",
            "jnp | maximum(a, b) | 5600 | 32",
            "np | minimum(a, b) | 8 | 64",
            "np | minimum(a, b) | 5600 | 32",
            "jnp | minimum(a, b) | 5600 | 32",
            "np | maximum(a, 0.0) | 8 | 32",
            "np | maximum(a, 0.0) | 5600 | 32",
            "jnp | maximum(a, 0.0) | 5600 | 32",
            "np | maximum(-0.0, b) | 8 | 64",
            "np | maximum(-0.0, b) | 5600 | 64",
            "jnp | maximum(-0.0, b) | 5600 | 32",
            "np | minimum(b, 0.0) | 5600 | 32",
            "jnp | minimum(b, 0.0) | 8 | 32",
            "np | maximum(a.reshape((-1, 8)), b[:8]) | 5600 | 32",
            "jnp | maximum(a.reshape((-1, 8)), b[:8]) | 5600 | 32"})
    void followsNumpysNanAndSignedZeroRules(String ns, String expression, int size, int bits) {
        PlaygroundSession session = new PlaygroundSession();
        NdArray result = PlaygroundTesting.array(session, """
                import numpy as np
                import jax.numpy as jnp
                nan = float("nan")
                inf = float("inf")
                a = %1$s.array([-0.0, 0.0, nan, 1.0, inf, -inf, 2.0, nan] * %2$d, dtype=%1$s.float%3$d)
                b = %1$s.array([0.0, -0.0, 1.0, nan, -inf, inf, 2.0, nan] * %2$d, dtype=%1$s.float%3$d)
                %1$s.%4$s
                """.formatted(ns, size / 8, bits, expression));
        double[] pattern = expected(expression);
        assertThat(result.size()).isEqualTo(size);
        double[] flat = new double[size];
        int[] shape = result.shape();
        for (int k = 0; k < size; k++) {
            flat[k] = shape.length == 1 ? result.getDouble(k) : result.getDouble(k / 8, k % 8);
        }
        for (int k = 0; k < size; k++) {
            // Double.compare tells -0.0 from 0.0 and counts NaN equal to NaN.
            assertThat(Double.compare(flat[k], pattern[k % 8])).as("element %d: %s, NumPy %s", k, flat[k],
                    pattern[k % 8]).isZero();
        }
    }
}
