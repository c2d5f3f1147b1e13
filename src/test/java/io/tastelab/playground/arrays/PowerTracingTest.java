package io.tastelab.playground.arrays;

import static io.tastelab.playground.arrays.PlaygroundTesting.array;
import static io.tastelab.playground.arrays.PlaygroundTesting.error;
import static io.tastelab.playground.arrays.PlaygroundTesting.eval;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tastelab.array.DType;
import io.tastelab.array.NdArray;
import io.tastelab.playground.session.PlaygroundSession;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code jnp.power} and {@code **} in float32, eager and inside {@code jax.jit}, against
 * {@code src/test/python/make_power_fixtures.py}'s NumPy emulation of JAX: lax.integer_pow (repeated squaring in
 * float32, 1 / acc for a negative exponent) for a concrete integer exponent, lax.pow (the C library's powf) for a
 * float or array exponent, subnormals flushed as XLA on CPU does. Eager and jitted results must both equal the
 * expected bits, so they equal each other.
 */
class PowerTracingTest {

    private final PlaygroundSession session = new PlaygroundSession();

    @Test
    void eagerAndJittedPowersGiveJaxsBits() throws IOException {
        JsonNode fixture;
        try (InputStream in = PowerTracingTest.class.getResourceAsStream("/jaxpower/power_cases.json")) {
            fixture = new ObjectMapper().readTree(in);
        }
        eval(session, "import jax\nimport numpy as np\nimport jax.numpy as jnp\n"
                + "x = jnp.array([" + literals(fixture.get("x")) + "], dtype=jnp.float32)\n"
                + "y = jnp.array([" + literals(fixture.get("y")) + "], dtype=jnp.float32)\n0");
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (JsonNode c : fixture.get("cases")) {
            String expr = c.get("expr").asText();
            int[] expected = new int[c.get("bits").size()];
            for (int i = 0; i < expected.length; i++) {
                expected[i] = canonical((int) c.get("bits").get(i).asLong());
            }
            NdArray eager = array(session, expr);
            NdArray jitted = array(session, "jax.jit(lambda x, y: " + expr + ")(x, y)");
            for (var entry : List.of(java.util.Map.entry("eager", eager), java.util.Map.entry("jit", jitted))) {
                NdArray result = entry.getValue();
                assertThat(result.dtype()).as(expr).isEqualTo(DType.FLOAT32);
                int[] got = bits(result);
                for (int i = 0; i < expected.length; i++) {
                    if (got[i] != expected[i]) {
                        failures.add(entry.getKey() + " " + expr + " at x=" + fixture.get("x").get(i).asText()
                                + ": " + Float.intBitsToFloat(got[i]) + " expected "
                                + Float.intBitsToFloat(expected[i]));
                    }
                }
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(40);
        assertThat(failures).isEmpty();
    }

    @Test
    void integerPowersOfAFloatAreRepeatedMultiplicationAsInJax() {
        eval(session, "import jax\nimport jax.numpy as jnp\nx = jnp.array([1.1, 2.1, 3.1])\n0");
        // JAX: Array([ 1.3310001,  9.260999 , 29.790998 ], dtype=float32) (x * x * x in float32), where NumPy's
        // correctly rounded np.power(np.float32(3.1), 3) is 29.790997; a float exponent 3.0 is lax.pow, that one.
        assertThat(eval(session, "x ** 3").repr())
                .isEqualTo("Array([ 1.3310001,  9.260999 , 29.790998 ], dtype=float32)");
        assertThat(eval(session, "jax.jit(lambda x: jnp.power(x, 3))(x)").repr())
                .isEqualTo("Array([ 1.3310001,  9.260999 , 29.790998 ], dtype=float32)");
        assertThat(eval(session, "jax.jit(lambda x: x ** 3.0)(x)").repr())
                .isEqualTo("Array([ 1.3310001,  9.260999 , 29.790997 ], dtype=float32)");
    }

    @Test
    void jittedGeluEqualsEagerGeluBitForBit() {
        eval(session, "import jax\nimport jax.numpy as jnp\nx = jnp.linspace(-6.0, 6.0, 241)\n0");
        assertThat(bits(array(session, "jax.jit(jax.nn.gelu)(x)")))
                .isEqualTo(bits(array(session, "jax.nn.gelu(x)")));
        assertThat(bits(array(session, "jax.jit(jax.grad(lambda v: jnp.sum(jax.nn.gelu(v))))(x)")))
                .isEqualTo(bits(array(session, "jax.grad(lambda v: jnp.sum(jax.nn.gelu(v)))(x)")));
    }

    @Test
    void derivativesFollowJaxsPowRules() {
        eval(session, "import jax\nimport jax.numpy as jnp\n0");
        // _pow_jvp_lhs: y * x ** (y - 1), so 0 * 0 ** -1 = nan at x = y = 0; _pow_jvp_rhs: log of x with its
        // zeros made ones, times the answer (0 at x = 0); JAX prints these values.
        assertThat(eval(session, "jax.grad(lambda x, y: jnp.sum(x ** y), argnums=(0, 1))(jnp.arange(3.0), "
                + "jnp.arange(3.0))").repr()).isEqualTo("(Array([nan,  1.,  4.], dtype=float32), "
                + "Array([0.       , 0.       , 2.7725887], dtype=float32))");
        // integer_pow's rule: n * x ** (n - 1), exact here; x ** 0 has derivative 0.
        assertThat(eval(session, "jax.grad(lambda x: jnp.sum(jnp.power(x, 3)))(jnp.arange(3.0) + 1)").repr())
                .isEqualTo("Array([ 3., 12., 27.], dtype=float32)");
        assertThat(eval(session, "jax.grad(lambda x: jnp.sum(x ** 0))(jnp.arange(3.0))").repr())
                .isEqualTo("Array([0., 0., 0.], dtype=float32)");
        // An integer exponent array: the base's derivative is 0 where the exponent is 0 (select in _pow_jvp_lhs).
        assertThat(eval(session, "jax.grad(lambda x: jnp.sum(jnp.power(x, jnp.array([0, 1, 2]))))(jnp.zeros(3))")
                .repr()).isEqualTo("Array([0., 1., 0.], dtype=float32)");
        assertThat(eval(session, "jax.vmap(lambda a: a ** 2.5)(jnp.arange(3.0))").repr())
                .isEqualTo(eval(session, "jnp.arange(3.0) ** 2.5").repr());
    }

    @Test
    void squareReciprocalAndLaxPowersTraceToTheirEagerBits() {
        eval(session, "import jax\nimport jax.numpy as jnp\nfrom jax import lax\nx = jnp.arange(3.0) + 1.1\n0");
        // Expected values: NumPy float32 x * x, 1 / x, x * x * x (integer_pow) and the rounded float64 x ** 3.0
        // (lax.pow takes an integer exponent as a float power); the gradient 2x - 1/(x*x) and -2 * (1 / (x*x*x)).
        String[][] cases = {
            {"jnp.square(x)", "[1.21, 4.4099994, 9.61]"},
            {"jnp.reciprocal(x)", "[0.9090909, 0.4761905, 0.32258067]"},
            {"lax.integer_pow(x, 3)", "[1.3310001, 9.260999, 29.790998]"},
            {"lax.pow(x, 3)", "[1.3310001, 9.260999, 29.790997]"},
            {"jax.grad(lambda v: jnp.sum(jnp.square(v) + jnp.reciprocal(v)))(x)", "[1.3735538, 3.9732423, 6.0959415]"},
            {"jax.grad(lambda v: jnp.sum(lax.integer_pow(v, -2)))(x)", "[-1.5026295, -0.21595943, -0.06713437]"},
        };
        for (String[] c : cases) {
            String expected = "jnp.array(" + c[1] + ", dtype=jnp.float32)";
            assertThat(eval(session, "bool(jnp.all(" + c[0] + " == " + expected + "))").isTruthy()).as(c[0]).isTrue();
            assertThat(bits(array(session, "jax.jit(lambda x: " + c[0] + ")(x)"))).as("jit " + c[0])
                    .isEqualTo(bits(array(session, c[0])));
        }
        assertThat(eval(session, "jnp.square(jnp.arange(4))").repr()).isEqualTo("Array([0, 1, 4, 9], dtype=int32)");
        assertThat(eval(session, "jnp.reciprocal(jnp.arange(1, 4))").repr())
                .isEqualTo("Array([1.        , 0.5       , 0.33333334], dtype=float32)");
        assertThat(error(session, "lax.integer_pow(x, 2.0)").pythonMessage())
                .isEqualTo("lax.integer_pow's y must be a Python int, got float");
    }

    @Test
    void integerPowersWithATracedExponentAreRefusedByName() {
        eval(session, "import jax\nimport jax.numpy as jnp\n0");
        assertThat(error(session, "jax.jit(lambda n: jnp.arange(4) ** n)(2)").pythonMessage())
                .isEqualTo("jax.jit in the playground cannot trace power (**) of int32 by a traced exponent "
                        + "(JAX's _pow_int_int) yet. Call the function without jax.jit: the playground computes it "
                        + "eagerly.");
        // Eagerly the same statement runs.
        assertThat(eval(session, "(lambda n: jnp.arange(4) ** n)(2)").repr())
                .isEqualTo("Array([0, 1, 4, 9], dtype=int32)");
        assertThat(error(session, "jax.jit(lambda x: x ** -2)(jnp.arange(3))").pythonMessage())
                .isEqualTo("Integers cannot be raised to negative powers, got integer_pow(int32[3], -2)");
    }

    /** Every NaN as one pattern: the C library's powf and Java's pow give NaNs of different signs, JAX prints nan. */
    private static int canonical(int bits) {
        return Float.isNaN(Float.intBitsToFloat(bits)) ? 0x7FC0_0000 : bits;
    }

    private static String literals(JsonNode values) {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add(v.asText()));
        return String.join(", ", out);
    }

    private static int[] bits(NdArray a) {
        double[] values = a.toDoubleArray();
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = canonical(Float.floatToRawIntBits((float) values[i]));
        }
        return out;
    }
}
