package io.tastelab.playground.arrays;

import static io.tastelab.playground.arrays.PlaygroundTesting.array;
import static io.tastelab.playground.arrays.PlaygroundTesting.eval;
import static io.tastelab.playground.arrays.PlaygroundTesting.repr;
import static org.assertj.core.api.Assertions.assertThat;

import io.tastelab.array.NdArray;
import io.tastelab.playground.session.PlaygroundSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * log1p, expm1, log2, exp2 and logaddexp under JAX's transformations: {@code jax.grad} and {@code jax.jacfwd}
 * (float32) against central differences of the same function run with {@code np} in float64 (1e-3 relative), on
 * functions that put each of the five around generated compositions of {@link GradFiniteDifferenceTest}; jit and vmap
 * give eager jnp's values. NumPy's own values are in numpy_api_fixtures.json.
 */
class LogExpUfuncsTest {

    private static final double STEP = 1e-6;
    private static final double TOLERANCE = 1e-3;

    private final PlaygroundSession session = new PlaygroundSession();

    /** A scalar function of x (3,) and W (3, 3) through {@code op}, around a generated vector expression. */
    private static String body(String op, Random random) {
        String inner = GradFiniteDifferenceTest.vector(random, random.nextInt(3));
        String other = GradFiniteDifferenceTest.vector(random, random.nextInt(2));
        String applied = switch (op) {
            case "log1p" -> "m.log1p(" + inner + " ** 2)";
            case "log2" -> "m.log2(" + inner + " ** 2 + 0.25)";
            case "logaddexp" -> "m.logaddexp(" + inner + ", " + other + " * 1.5)";
            default -> "m." + op + "(" + inner + ")";
        };
        return random.nextBoolean() ? "m.sum(" + applied + ")" : "m.dot(" + applied + ", " + other + ")";
    }

    @Test
    void gradientsAndForwardModeAgreeWithCentralDifferences() {
        eval(session, """
                import jax
                import numpy as np
                import jax.numpy as jnp
                x0 = [0.3, -0.8, 0.55]
                W0 = [[0.2, -0.5, 0.9], [0.7, 0.1, -0.3], [-0.6, 0.4, 0.25]]
                0""");
        Random random = new Random(23);
        List<String> failures = new ArrayList<>();
        int functions = 0;
        for (String op : List.of("log1p", "expm1", "log2", "exp2", "logaddexp")) {
            for (int k = 0; k < 6; k++) {
                String body = body(op, random);
                functions++;
                eval(session, "def f(x, W, m):\n    return " + body + "\n0");
                double[] reverse = concat(array(session, "jax.grad(f, argnums=(0, 1))(jnp.array(x0), "
                        + "jnp.array(W0), jnp)[0]").toDoubleArray(), array(session, "jax.grad(f, argnums=(0, 1))("
                        + "jnp.array(x0), jnp.array(W0), jnp)[1]").toDoubleArray());
                double[] forward = concat(array(session, "jax.jacfwd(f)(jnp.array(x0), jnp.array(W0), jnp)")
                        .toDoubleArray(), array(session, "jax.jacfwd(f, argnums=1)(jnp.array(x0), jnp.array(W0), "
                        + "jnp)").toDoubleArray());
                double[] numeric = new double[12];
                for (int i = 0; i < 12; i++) {
                    String index = i < 3 ? "x[" + i + "]" : "W[" + (i - 3) / 3 + ", " + (i - 3) % 3 + "]";
                    numeric[i] = (evalAt(index, STEP) - evalAt(index, -STEP)) / (2 * STEP);
                }
                double reverseError = relativeError(reverse, numeric);
                double forwardError = relativeError(forward, numeric);
                if (reverseError > TOLERANCE || forwardError > TOLERANCE) {
                    failures.add(body + ": grad " + reverseError + ", jacfwd " + forwardError);
                }
            }
        }
        assertThat(functions).isEqualTo(30);
        assertThat(failures).isEmpty();
    }

    @Test
    void jitAndVmapGiveEagerValues() {
        eval(session, """
                import jax
                import jax.numpy as jnp
                x = jnp.array([-0.75, 0.0, 0.125, 1.5, 3.0, 10.0])
                y = jnp.array([0.5, 0.0, -2.0, 1.5, 40.0, -jnp.inf])
                0""");
        for (String call : List.of("jnp.log1p(x)", "jnp.expm1(x)", "jnp.log2(x + 1)", "jnp.exp2(x)",
                "jnp.logaddexp(x, y)", "jnp.logaddexp(x, 2)")) {
            NdArray eager = array(session, call);
            NdArray jitted = array(session, "jax.jit(lambda x, y: " + call + ")(x, y)");
            NdArray mapped = array(session, "jax.vmap(lambda x, y: " + call + ")(x, y)");
            assertThat(jitted.toDoubleArray()).as(call).containsExactly(eager.toDoubleArray());
            assertThat(mapped.toDoubleArray()).as(call).containsExactly(eager.toDoubleArray());
        }
    }

    @Test
    void logaddexpGradientIsHalfEachAtEqualArgumentsAndFollowsTheLargerFarApart() {
        assertThat(repr("import jax\nimport jax.numpy as jnp\njax.grad(jnp.logaddexp, argnums=(0, 1))(1.0, 1.0)"))
                .isEqualTo("(Array(0.5, dtype=float32, weak_type=True), Array(0.5, dtype=float32, weak_type=True))");
        assertThat(repr("import jax\nimport jax.numpy as jnp\njax.grad(jnp.logaddexp)(100.0, 0.0)"))
                .isEqualTo("Array(1., dtype=float32, weak_type=True)");
    }

    @Test
    void ufuncMethodsReduceAndAccumulateLogaddexp() {
        assertThat(repr("import numpy as np\nnp.logaddexp.reduce(np.array([1.0, 2.0, 3.0]))"))
                .isEqualTo("np.float64(3.4076059644443806)");
        assertThat(repr("import numpy as np\nnp.logaddexp.identity")).isEqualTo("-inf");
        assertThat(repr("import numpy as np\nnp.logaddexp.accumulate(np.arange(3))"))
                .isEqualTo("array([0.        , 1.31326169, 2.40760596])");
    }

    private double relativeError(double[] analytic, double[] numeric) {
        double scale = 0;
        double error = 0;
        for (int i = 0; i < numeric.length; i++) {
            scale = Math.max(scale, Math.abs(numeric[i]));
            error = Math.max(error, Math.abs(analytic[i] - numeric[i]));
        }
        return error / Math.max(scale, 1e-6);
    }

    /** f at the float64 inputs with {@code index} moved by {@code step}. */
    private double evalAt(String index, double step) {
        return array(session, "x = np.array(x0)\nW = np.array(W0)\n" + index + " += " + step + "\n"
                + "f(x, W, np)").toDoubleArray()[0];
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = new double[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
