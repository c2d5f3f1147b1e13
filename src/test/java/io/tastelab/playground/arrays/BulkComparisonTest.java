package io.tastelab.playground.arrays;

import static org.assertj.core.api.Assertions.assertThat;

import io.tastelab.array.NdArray;
import io.tastelab.playground.session.PlaygroundSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Comparisons of large arrays run on ND4J and keep IEEE/NumPy answers for NaN, signed zeros and infinities,
 * with arrays, scalars, broadcast rows and strided views, and compare int64 exactly (not through float64).
 * The 8-element patterns were printed by NumPy 2.4; the small case runs the Java path for reference.
 */
class BulkComparisonTest {

    @ParameterizedTest(name = "{0}: {1} on {2} elements")
    @CsvSource(delimiter = '|', value = {
            "np | a < b | 5600 | FFFFFTFF", "np | a <= b | 5600 | TTFFFTTF", "np | a > b | 5600 | FFFFTFFF",
            "np | a >= b | 5600 | TTFFTFTF", "np | a == b | 5600 | TTFFFFTF", "np | a != b | 5600 | FFTTTTFT",
            "jnp | a < b | 5600 | FFFFFTFF", "jnp | a != b | 5600 | FFTTTTFT", "np | a < b | 8 | FFFFFTFF",
            "np | a < 1.0 | 5600 | TTFFFTFF", "jnp | a == 0.0 | 5600 | TTFFFFFF", "np | a != nan | 5600 | TTTTTTTT",
            "np | 1.0 > a | 5600 | TTFFFTFF",
            "np | a.reshape((-1, 8)) >= b[:8] | 5600 | TTFFTFTF",
            "np | a.reshape((-1, 8))[:, ::-1] <= b[:8][::-1] | 5600 | FTTFFFTT"})
    void matchNumpyOnSpecialValues(String ns, String expression, int size, String pattern) {
        PlaygroundSession session = new PlaygroundSession();
        NdArray result = PlaygroundTesting.array(session, """
                import numpy as np
                import jax.numpy as jnp
                nan = float("nan")
                inf = float("inf")
                a = %1$s.array([-0.0, 0.0, nan, 1.0, inf, -inf, 2.0, nan] * %2$d, dtype=%1$s.float32)
                b = %1$s.array([0.0, -0.0, 1.0, nan, -inf, inf, 2.0, nan] * %2$d, dtype=%1$s.float32)
                %3$s
                """.formatted(ns, size / 8, expression));
        assertThat(result.dtype().toString()).isEqualTo("bool");
        assertThat(result.size()).isEqualTo(size);
        int[] shape = result.shape();
        for (int k = 0; k < size; k++) {
            double v = shape.length == 1 ? result.getDouble(k) : result.getDouble(k / 8, k % 8);
            boolean expected = pattern.charAt(k % 8) == 'T';
            assertThat(v != 0).as("element %d", k).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "int64 {0}")
    @CsvSource({"==, False", "!=, True", ">, True"})
    void int64ComparesExactlyBeyondFloat64Precision(String op, String expected) {
        PlaygroundSession session = new PlaygroundSession();
        session.runCell("import numpy as np\nbig = np.full(6000, 2**53 + 1, dtype=np.int64)");
        assertThat(PlaygroundTesting.eval(session, "bool((big " + op + " 2**53)[5999])").repr()).isEqualTo(expected);
    }
}
