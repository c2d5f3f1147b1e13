package io.tastelab.playground.arrays;

import static io.tastelab.playground.arrays.PlaygroundTesting.array;
import static io.tastelab.playground.arrays.PlaygroundTesting.eval;
import static org.assertj.core.api.Assertions.assertThat;

import io.tastelab.playground.interp.CellResult;
import io.tastelab.playground.session.PlaygroundSession;
import org.junit.jupiter.api.Test;

/**
 * {@code jax.jvp}, {@code jax.vjp} and {@code jax.test_util.check_grads}: JVP and VJP against central differences
 * of the same function in float64 NumPy, and check_grads passing on correct derivatives and failing (AssertionError
 * naming the check) when its tolerance is below float32's rounding.
 */
class LinearizationTest {

    private final PlaygroundSession session = new PlaygroundSession();

    private void define() {
        eval(session, """
                import jax
                import numpy as np
                import jax.numpy as jnp
                def f(x, W, m):
                    return m.tanh(m.dot(W, x)) * m.sin(x) + x ** 2
                x0 = [0.3, -0.8, 0.55]
                W0 = [[0.2, -0.5, 0.9], [0.7, 0.1, -0.3], [-0.6, 0.4, 0.25]]
                t0 = [1.0, -2.0, 0.5]
                0""");
    }

    @Test
    void jvpIsTheDirectionalDerivative() {
        define();
        double[] jvp = array(session, "jax.jvp(lambda x: f(x, jnp.array(W0), jnp), (jnp.array(x0),), "
                + "(jnp.array(t0),))[1]").toDoubleArray();
        double h = 1e-6;
        double[] plus = array(session, "f(np.array(x0) + " + h + " * np.array(t0), np.array(W0), np)")
                .toDoubleArray();
        double[] minus = array(session, "f(np.array(x0) - " + h + " * np.array(t0), np.array(W0), np)")
                .toDoubleArray();
        for (int i = 0; i < 3; i++) {
            assertThat(jvp[i]).isCloseTo((plus[i] - minus[i]) / (2 * h), org.assertj.core.data.Offset.offset(1e-4));
        }
    }

    @Test
    void vjpIsTheCotangentTimesTheJacobian() {
        define();
        eval(session, """
                out, f_vjp = jax.vjp(lambda x, W: f(x, W, jnp), jnp.array(x0), jnp.array(W0))
                0""");
        double[] gx = array(session, "f_vjp(jnp.array(t0))[0]").toDoubleArray();
        double[] jacobian = array(session, "jax.jacrev(f)(jnp.array(x0), jnp.array(W0), jnp)").toDoubleArray();
        double[] t = {1.0, -2.0, 0.5};
        for (int j = 0; j < 3; j++) {
            double expected = 0;
            for (int i = 0; i < 3; i++) {
                expected += t[i] * jacobian[i * 3 + j];
            }
            assertThat(gx[j]).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-5));
        }
        assertThat(session.runCell("f_vjp(1.0, 2.0)").error().orElseThrow().type()).isEqualTo("TypeError");
    }

    @Test
    void checkGradsPassesOnCorrectDerivativesAndFailsBelowFloat32Rounding() {
        define();
        CellResult passing = session.runCell("""
                from jax.test_util import check_grads
                check_grads(lambda x, W: f(x, W, jnp), (jnp.array(x0), jnp.array(W0)), order=2)""");
        assertThat(passing.error()).isEmpty();
        CellResult failing = session.runCell("check_grads(lambda x, W: f(x, W, jnp), (jnp.array(x0), jnp.array(W0)), "
                + "order=1, modes=['fwd'], atol=1e-12, rtol=1e-12)");
        assertThat(failing.error()).isPresent();
        assertThat(failing.error().get().type()).isEqualTo("AssertionError");
        assertThat(failing.error().get().pythonMessage()).contains("JVP tangent");
    }
}
