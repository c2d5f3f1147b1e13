package io.tastelab.playground.arrays;

import static io.tastelab.playground.arrays.PlaygroundTesting.array;
import static io.tastelab.playground.arrays.PlaygroundTesting.eval;
import static org.assertj.core.api.Assertions.assertThat;

import io.tastelab.array.NdArray;
import io.tastelab.playground.session.PlaygroundSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@code jax.jacrev}, {@code jax.jacfwd}, {@code jax.hessian} and {@code jax.grad} of pytrees (float32) against
 * central finite differences of the same functions run with {@code np} in float64, on the generated functions of
 * {@link GradFiniteDifferenceTest} ({@code f(x, W, m)}, x of shape (3,), W (3, 3)).
 */
class JacobianFiniteDifferenceTest {

    private static final int FUNCTIONS = 25;
    private static final double STEP = 1e-6;
    private static final double TOLERANCE = 1e-3;

    private final PlaygroundSession session = new PlaygroundSession();

    private void setUp() {
        eval(session, """
                import jax
                import numpy as np
                import jax.numpy as jnp
                x0 = [0.3, -0.8, 0.55]
                W0 = [[0.2, -0.5, 0.9], [0.7, 0.1, -0.3], [-0.6, 0.4, 0.25]]
                0""");
    }

    @Test
    void jacobiansOfVectorFunctionsAgreeWithCentralDifferences() {
        setUp();
        Random random = new Random(29);
        List<String> failures = new ArrayList<>();
        for (int k = 0; k < FUNCTIONS; k++) {
            String body = GradFiniteDifferenceTest.vector(random, 1 + random.nextInt(3));
            eval(session, "def f(x, W, m):\n    return " + body + "\n0");
            for (String transform : List.of("jacrev", "jacfwd")) {
                eval(session, "jx, jW = jax." + transform + "(f, argnums=(0, 1))(jnp.array(x0), jnp.array(W0), jnp)"
                        + "\n0");
                NdArray jx = array(session, "jx");
                NdArray jW = array(session, "jW");
                assertThat(jx.shape()).containsExactly(3, 3);
                assertThat(jW.shape()).containsExactly(3, 3, 3);
                double[] analytic = concatRows(jx.toDoubleArray(), jW.toDoubleArray());
                double[] numeric = new double[36];
                for (int i = 0; i < 12; i++) {
                    String index = i < 3 ? "x[" + i + "]" : "W[" + (i - 3) / 3 + ", " + (i - 3) % 3 + "]";
                    double[] plus = evalAt(index, STEP);
                    double[] minus = evalAt(index, -STEP);
                    for (int o = 0; o < 3; o++) {
                        numeric[o * 12 + i] = (plus[o] - minus[o]) / (2 * STEP);
                    }
                }
                double relative = relativeError(analytic, numeric);
                if (relative > TOLERANCE) {
                    failures.add(transform + " of " + body + ": relative error " + relative);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void jacobiansOfPowersAgreeWithCentralDifferences() {
        setUp();
        Random random = new Random(37);
        List<String> failures = new ArrayList<>();
        for (int k = 0; k < 14; k++) {
            String body = GradFiniteDifferenceTest.powerForm(random, random.nextInt(3));
            eval(session, "def f(x, W, m):\n    return " + body + "\n0");
            for (String transform : List.of("jacrev", "jacfwd")) {
                eval(session, "jx, jW = jax." + transform + "(f, argnums=(0, 1))(jnp.array(x0), jnp.array(W0), jnp)"
                        + "\n0");
                double[] analytic = concatRows(array(session, "jx").toDoubleArray(),
                        array(session, "jW").toDoubleArray());
                double[] numeric = new double[36];
                for (int i = 0; i < 12; i++) {
                    String index = i < 3 ? "x[" + i + "]" : "W[" + (i - 3) / 3 + ", " + (i - 3) % 3 + "]";
                    double[] plus = evalAt(index, STEP);
                    double[] minus = evalAt(index, -STEP);
                    for (int o = 0; o < 3; o++) {
                        numeric[o * 12 + i] = (plus[o] - minus[o]) / (2 * STEP);
                    }
                }
                double relative = relativeError(analytic, numeric);
                if (relative > TOLERANCE) {
                    failures.add(transform + " of " + body + ": relative error " + relative);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void hessiansOfScalarFunctionsAgreeWithSecondDifferences() {
        setUp();
        Random random = new Random(31);
        List<String> failures = new ArrayList<>();
        double h = 1e-4;
        for (int k = 0; k < FUNCTIONS; k++) {
            String body = GradFiniteDifferenceTest.scalar(random, 1 + random.nextInt(2));
            eval(session, "def f(x, W, m):\n    return " + body + "\n0");
            double[] analytic = array(session, "jax.hessian(f)(jnp.array(x0), jnp.array(W0), jnp)").toDoubleArray();
            double[] numeric = new double[9];
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    numeric[i * 3 + j] = (at2(i, h, j, h) - at2(i, h, j, -h) - at2(i, -h, j, h) + at2(i, -h, j, -h))
                            / (4 * h * h);
                }
            }
            double relative = relativeError(analytic, numeric);
            if (relative > 1e-2) { // float32 second derivatives against a float64 second difference
                failures.add("hessian of " + body + ": relative error " + relative);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void gradOfADictAndAListOfArraysKeepsTheirStructure() {
        setUp();
        eval(session, """
                def loss(p, m):
                    h = m.tanh(m.dot(m.array(W0), p['w']) + p['b'])
                    return m.sum(h * p['layers'][0]) + p['layers'][1] ** 2
                params = {'w': jnp.array(x0), 'b': jnp.float32(0.1), 'layers': [jnp.ones(3) * 0.5, jnp.float32(2.0)]}
                g = jax.grad(loss)(params, jnp)
                (value, aux), g2 = jax.value_and_grad(lambda p: (loss(p, jnp), p['b'] * 2), has_aux=True)(params)
                0""");
        assertThat(PlaygroundTesting.eval(session, "repr(jax.tree.structure(g))").str())
                .isEqualTo("PyTreeDef({'b': *, 'layers': [*, *], 'w': *})");
        assertThat(PlaygroundTesting.eval(session, "bool(jnp.all(g['w'] == g2['w'])) and float(aux) == "
                + "float(jnp.float32(0.1) * 2)").isTruthy()).isTrue();
        String[] leaves = {"['w'][0]", "['w'][1]", "['w'][2]", "['b']", "['layers'][0][1]", "['layers'][1]"};
        for (String leaf : leaves) {
            double analytic = array(session, "g" + leaf).toDoubleArray()[0];
            double plus = pytreeLossAt(leaf, STEP);
            double minus = pytreeLossAt(leaf, -STEP);
            double numeric = (plus - minus) / (2 * STEP);
            assertThat(Math.abs(analytic - numeric)).as(leaf).isLessThan(TOLERANCE * Math.max(1, Math.abs(numeric)));
        }
    }

    @Test
    void debugPrintShowsEachRunsValuesInsideJit() {
        setUp();
        String out = session.runCell("""
                @jax.jit
                def f(x):
                    jax.debug.print("x={x} y={}", jnp.sin(x), x=x)
                    return x * 2
                f(2.0)
                f(jnp.float32(0.5))
                jax.debug.print("eager {}", jnp.arange(3))""").stdout();
        // The values reach str.format as NumPy arrays: a 0-d one formats as its Python float (docs.jax.dev's
        // debugging page prints "jax.debug.print(y) -> 0.9092974066734314").
        assertThat(out).isEqualTo("x=2.0 y=0.9092974066734314\nx=0.5 y=0.4794255495071411\neager [0 1 2]\n");
    }

    private double pytreeLossAt(String leaf, double step) {
        return array(session, """
                p = {'w': np.array(x0), 'b': np.float64(0.1), 'layers': [np.ones(3) * 0.5, np.float64(2.0)]}
                p%s = p%s + %s
                loss(p, np)""".formatted(leaf, leaf, step)).toDoubleArray()[0];
    }

    /** f's three outputs at the float64 inputs with {@code index} moved by {@code step}. */
    private double[] evalAt(String index, double step) {
        return array(session, "x = np.array(x0)\nW = np.array(W0)\n" + index + " += " + step + "\n"
                + "f(x, W, np)").toDoubleArray();
    }

    /** f at x0 with x[i] moved by {@code di} and x[j] by {@code dj}, in float64. */
    private double at2(int i, double di, int j, double dj) {
        return array(session, "x = np.array(x0)\nW = np.array(W0)\nx[" + i + "] += " + di + "\nx[" + j + "] += " + dj
                + "\nf(x, W, np)").toDoubleArray()[0];
    }

    /** Row o of the Jacobian: the 3 x-entries then the 9 W-entries (as the numeric differences are laid out). */
    private static double[] concatRows(double[] jx, double[] jW) {
        double[] out = new double[36];
        for (int o = 0; o < 3; o++) {
            System.arraycopy(jx, o * 3, out, o * 12, 3);
            System.arraycopy(jW, o * 9, out, o * 12 + 3, 9);
        }
        return out;
    }

    private static double relativeError(double[] analytic, double[] numeric) {
        double scale = 0;
        double error = 0;
        for (int i = 0; i < numeric.length; i++) {
            scale = Math.max(scale, Math.abs(numeric[i]));
            error = Math.max(error, Math.abs(analytic[i] - numeric[i]));
        }
        return error / Math.max(scale, 1e-6);
    }
}
