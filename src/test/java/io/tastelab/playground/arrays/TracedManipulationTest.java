package io.tastelab.playground.arrays;

import static io.tastelab.playground.arrays.PlaygroundTesting.array;
import static io.tastelab.playground.arrays.PlaygroundTesting.eval;
import static io.tastelab.playground.arrays.PlaygroundTesting.repr;
import static org.assertj.core.api.Assertions.assertThat;

import io.tastelab.array.NdArray;
import io.tastelab.playground.session.PlaygroundSession;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * tile, repeat, roll, diff, tril, triu, outer, take, pad, select, piecewise, nansum, nanmean, nanmax and nanmin
 * under jax.jit (eager jnp's values
 * and dtypes), and jax.grad and jax.jacfwd (float32) of functions through each against central differences of the
 * same function run with {@code np} in float64, to 1e-3 relative.
 */
class TracedManipulationTest {

    private static final double STEP = 1e-6;
    private static final double TOLERANCE = 1e-3;

    /** Each function applied to x (4,) or M (3, 3), summed against a fixed weight so every entry counts. */
    private static final List<String> BODIES = List.of(
            "m.sum(m.tile(x, 2) * m.arange(8.0))",
            "m.sum(m.tile(M, (2, 1)) ** 2 * m.arange(18.0).reshape(6, 3))",
            "m.sum(m.repeat(x, 3) * m.arange(12.0))",
            "m.sum(m.repeat(M, m.array([1, 0, 2]), axis=1) * m.arange(9.0).reshape(3, 3))",
            "m.sum(m.roll(x, 1) * m.arange(4.0))",
            "m.sum(m.roll(M, (1, -1), axis=(0, 1)) * m.arange(9.0).reshape(3, 3))",
            "m.sum(m.diff(x) ** 2)",
            "m.sum(m.diff(M, n=2, axis=0) * m.array([1.0, -2.0, 3.0]))",
            "m.sum(m.diff(x, prepend=0.5, append=m.array([1.0, 2.0])) ** 3)",
            "m.sum(m.tril(M) * M)",
            "m.sum(m.triu(M, 1) ** 2)",
            "m.sum(m.outer(x, m.tanh(x)) * m.arange(16.0).reshape(4, 4))",
            "m.nansum(m.log(x * x + 0.5))",
            "m.nanmean(M * x[:3], axis=0).sum()",
            "m.nansum(m.sqrt(x - 0.2)) + m.nanmean(m.sqrt(x - 0.2))",
            "m.nanmax(M, axis=1).sum() + m.nanmin(x)",
            "m.sum(m.repeat(m.tile(x, 2), 2) * m.arange(16.0))",
            "m.sum(m.roll(m.diff(M, axis=1), 1, axis=0) ** 2)",
            "m.sum(m.take(x, m.array([3, 0, 0, 2])) * m.arange(4.0))",
            "m.sum(m.take(M, m.array([[2, 0], [1, 1]]), axis=1) ** 2)",
            "m.sum(m.pad(x, (2, 1)) * m.arange(7.0))",
            "m.sum(m.pad(M, 1, mode='reflect') * m.arange(25.0).reshape(5, 5))",
            "m.sum(m.pad(M, ((1, 0), (0, 2)), mode='edge') ** 2)",
            "m.sum(m.pad(x, 3, mode='wrap') * m.arange(10.0))",
            "m.sum(m.pad(m.tanh(x), 5, mode='symmetric') * m.arange(14.0))",
            "m.sum(m.select([x > 0, x < -0.5], [x ** 2, m.sin(x)], 0.25) * m.arange(4.0))",
            "m.sum(m.select([M > 0.3], [M * x[:3]], M ** 3))",
            "m.sum(m.piecewise(x, [x < 0], [lambda v: v ** 3, lambda v: m.exp(v)]))",
            "m.sum(m.piecewise(M, [M < -0.4, M > 0.5], [lambda v: v * 2, lambda v: v ** 2, lambda v: -v]))");

    private final PlaygroundSession session = new PlaygroundSession();

    @Test
    void jitGivesEagerValuesAndDtypes() {
        eval(session, """
                import jax
                import jax.numpy as jnp
                x = jnp.array([0.5, -1.25, 2.0, jnp.nan])
                M = jnp.arange(9.0).reshape(3, 3) - 4
                i = jnp.arange(6).reshape(2, 3)
                0""");
        for (String call : List.of("jnp.tile(x, (2, 1))", "jnp.tile(i, 2)", "jnp.repeat(M, 2, axis=0)",
                "jnp.repeat(x, jnp.array([1, 0, 2, 1]))", "jnp.roll(M, 1)", "jnp.roll(i, (1, 2), axis=(0, 1))",
                "jnp.diff(x)", "jnp.diff(i, axis=0)", "jnp.diff(M, n=2, prepend=0.0)", "jnp.tril(M, -1)",
                "jnp.triu(i)", "jnp.outer(x, i)", "jnp.nansum(x)", "jnp.nanmean(x)", "jnp.nansum(M, axis=1)",
                "jnp.nanmax(x)", "jnp.nanmin(jnp.array([[jnp.nan, jnp.nan], [1.0, jnp.nan]]), axis=1)",
                "jnp.nanmean(i, axis=0)", "jnp.take(x, jnp.array([1, 7, -1]))", "jnp.take(M, 1, axis=0)",
                "jnp.take(i, jnp.array([[0, 5]]), mode='clip')", "jnp.pad(M, 1, constant_values=2.5)",
                "jnp.pad(i, (1, 2), mode='reflect')", "jnp.pad(x, 2, mode='edge')",
                "jnp.select([x > 0, x < 0], [x * 2, x - 1], -1.0)", "jnp.select([i > 2], [i * 10])",
                "jnp.piecewise(x, [x < 1], [lambda v: v * 3, lambda v: v - 1])",
                "jnp.piecewise(M, [M < 0, M > 2], [0.5, lambda v: v ** 2])")) {
            NdArray eager = array(session, call);
            NdArray jitted = array(session, "jax.jit(lambda x, M, i: " + call + ")(x, M, i)");
            assertThat(jitted.dtype()).as(call).isEqualTo(eager.dtype());
            assertThat(jitted.shape()).as(call).containsExactly(eager.shape());
            assertThat(jitted.toDoubleArray()).as(call).containsExactly(eager.toDoubleArray());
        }
    }

    @Test
    void gradientsAndForwardModeAgreeWithCentralDifferences() {
        eval(session, """
                import jax
                import numpy as np
                import jax.numpy as jnp
                x0 = [0.3, -0.8, 0.55, 1.2]
                M0 = [[0.2, -0.5, 0.9], [0.7, 0.1, -0.3], [-0.6, 0.4, 0.25]]
                0""");
        List<String> failures = new ArrayList<>();
        for (String body : BODIES) {
            eval(session, "def f(x, M, m):\n    return " + body + "\n0");
            double[] reverse = concat(array(session, "jax.grad(f, argnums=(0, 1))(jnp.array(x0), jnp.array(M0), "
                    + "jnp)[0]").toDoubleArray(), array(session, "jax.grad(f, argnums=(0, 1))(jnp.array(x0), "
                    + "jnp.array(M0), jnp)[1]").toDoubleArray());
            double[] forward = concat(array(session, "jax.jacfwd(f)(jnp.array(x0), jnp.array(M0), jnp)")
                    .toDoubleArray(), array(session, "jax.jacfwd(f, argnums=1)(jnp.array(x0), jnp.array(M0), jnp)")
                    .toDoubleArray());
            double[] numeric = new double[13];
            for (int i = 0; i < 13; i++) {
                String index = i < 4 ? "x[" + i + "]" : "M[" + (i - 4) / 3 + ", " + (i - 4) % 3 + "]";
                numeric[i] = (evalAt(index, STEP) - evalAt(index, -STEP)) / (2 * STEP);
            }
            double reverseError = relativeError(reverse, numeric);
            double forwardError = relativeError(forward, numeric);
            if (reverseError > TOLERANCE || forwardError > TOLERANCE) {
                failures.add(body + ": grad " + reverseError + ", jacfwd " + forwardError);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void vmapMapsTheTracedFunctions() {
        assertThat(repr("import jax\nimport jax.numpy as jnp\njax.vmap(lambda r: jnp.roll(r, 1))(jnp.arange(6.0)"
                + ".reshape(2, 3))")).isEqualTo("Array([[2., 0., 1.],\n       [5., 3., 4.]], dtype=float32)");
        assertThat(repr("import jax\nimport jax.numpy as jnp\njax.vmap(jnp.diff)(jnp.array([[1.0, 4.0, 9.0], "
                + "[0.0, 1.0, 0.0]]))")).isEqualTo("Array([[ 3.,  5.],\n       [ 1., -1.]], dtype=float32)");
    }

    @Test
    void repeatsGivenAsATracerAreRefusedByName() {
        PlaygroundSession fresh = new PlaygroundSession();
        String message = PlaygroundTesting.error(fresh, "import jax\nimport jax.numpy as jnp\n"
                + "jax.jit(lambda x, r: jnp.repeat(x, r))(jnp.arange(3), jnp.array([1, 2, 0]))").render();
        assertThat(message).contains("repeat");
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

    private double evalAt(String index, double step) {
        return array(session, "x = np.array(x0)\nM = np.array(M0)\n" + index + " += " + step + "\n"
                + "f(x, M, np)").toDoubleArray()[0];
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = new double[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
