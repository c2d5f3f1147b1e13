package io.tastelab.playground.arrays;

import static io.tastelab.playground.arrays.PlaygroundTesting.array;
import static io.tastelab.playground.arrays.PlaygroundTesting.eval;
import static org.assertj.core.api.Assertions.assertThat;

import io.tastelab.array.DType;
import io.tastelab.array.NdArray;
import io.tastelab.playground.interp.CellResult;
import io.tastelab.playground.interp.InterpreterLimits;
import io.tastelab.playground.session.PlaygroundSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Forward mode ({@code jax.jvp}, {@code jax.jacfwd}, {@code jax.hessian}) on generated functions: the JVP against
 * central finite differences of the same function run with {@code np} in float64 and against the reverse-mode
 * Jacobian times the tangent, and {@code jacfwd} against {@code jacrev}, each to 1e-3 relative (float32). The
 * functions are {@link GradFiniteDifferenceTest}'s, with abs, where, stack, transpose, max/min over an axis,
 * a logistic and division by a traced scalar mixed in.
 */
class ForwardModeTest {

    private static final int FUNCTIONS = 60;
    private static final double STEP = 1e-6;
    private static final double TOLERANCE = 1e-3;

    private final PlaygroundSession session = new PlaygroundSession();

    /** A random expression of shape (3,) in {@code x} (3,) and {@code W} (3, 3). */
    static String vector(Random random, int depth) {
        String a = GradFiniteDifferenceTest.vector(random, depth);
        return switch (random.nextInt(10)) {
            case 0 -> "m.abs(" + a + " - 0.05)";
            case 1 -> "m.where(" + a + " > 0.1, " + a + ", " + a + " * 0.3)";
            case 2 -> "m.stack([" + a + "[2], " + a + "[0] * 2.0, m.max(" + a + ")])";
            case 3 -> "(m.transpose(W) @ " + a + ")";
            case 4 -> "m.max(W * " + a + ", axis=1)";
            case 5 -> "m.min(W + " + a + ", axis=0)";
            case 6 -> "(1.0 / (1.0 + m.exp(-" + a + ")))";
            case 7 -> "(" + a + " / (m.sum(" + a + " ** 2) + 1.0))";
            default -> a;
        };
    }

    private void setUp() {
        eval(session, """
                import jax
                import numpy as np
                import jax.numpy as jnp
                x0 = [0.3, -0.8, 0.55]
                W0 = [[0.2, -0.5, 0.9], [0.7, 0.1, -0.3], [-0.6, 0.4, 0.25]]
                v0 = [0.9, 0.35, -1.2]
                V0 = [[-0.4, 0.8, 0.15], [0.05, -1.1, 0.6], [0.7, 0.3, -0.2]]
                0""");
    }

    @Test
    void jvpAgreesWithCentralDifferencesAndReverseModeAndJacfwdWithJacrev() {
        setUp();
        Random random = new Random(41);
        List<String> failures = new ArrayList<>();
        double worst = 0;
        for (int k = 0; k < FUNCTIONS; k++) {
            String body = vector(random, 1 + random.nextInt(3));
            eval(session, "def f(x, W, m):\n    return " + body + "\n0");
            eval(session, """
                    y, t = jax.jvp(lambda x, W: f(x, W, jnp), (jnp.array(x0), jnp.array(W0)),
                                   (jnp.array(v0), jnp.array(V0)))
                    jx, jW = jax.jacrev(f, argnums=(0, 1))(jnp.array(x0), jnp.array(W0), jnp)
                    fx, fW = jax.jacfwd(f, argnums=(0, 1))(jnp.array(x0), jnp.array(W0), jnp)
                    0""");
            NdArray tangent = array(session, "t");
            assertThat(tangent.dtype()).isEqualTo(DType.FLOAT32);
            assertThat(tangent.shape()).containsExactly(3);
            double[] forward = tangent.toDoubleArray();
            double[] reverse = array(session, "np.asarray(jx, dtype=np.float64) @ np.array(v0) + "
                    + "np.tensordot(np.asarray(jW, dtype=np.float64), np.array(V0), 2)").toDoubleArray();
            double[] numeric = array(session, "x = np.array(x0)\nW = np.array(W0)\nv = np.array(v0)\nV = np.array(V0)\n"
                    + "(f(x + " + STEP + " * v, W + " + STEP + " * V, np) - f(x - " + STEP + " * v, W - " + STEP
                    + " * V, np)) / (2 * " + STEP + ")").toDoubleArray();
            double[] jacfwd = concat(array(session, "fx").toDoubleArray(), array(session, "fW").toDoubleArray());
            double[] jacrev = concat(array(session, "jx").toDoubleArray(), array(session, "jW").toDoubleArray());
            double errorNumeric = relativeError(forward, numeric);
            double errorReverse = relativeError(forward, reverse);
            double errorJacobian = relativeError(jacfwd, jacrev);
            worst = Math.max(worst, Math.max(errorNumeric, Math.max(errorReverse, errorJacobian)));
            if (errorNumeric > TOLERANCE || errorReverse > TOLERANCE || errorJacobian > TOLERANCE) {
                failures.add(body + ": against differences " + errorNumeric + ", against reverse mode "
                        + errorReverse + ", jacfwd against jacrev " + errorJacobian);
            }
            // The primal output is the function's value.
            double[] primal = array(session, "y").toDoubleArray();
            double[] eager = array(session, "f(jnp.array(x0), jnp.array(W0), jnp)").toDoubleArray();
            assertThat(relativeError(primal, eager)).as(body).isLessThan(1e-6);
        }
        System.out.printf("jvp/jacfwd vs differences and reverse mode: %d functions, max relative error %.3g%n",
                FUNCTIONS, worst);
        assertThat(failures).isEmpty();
    }

    @Test
    void hessianVectorProductsAgreeInEveryComposition() {
        setUp();
        eval(session, """
                def f(X):
                    return jnp.sum(jnp.tanh(X) ** 2) + jnp.sum(X[0] * X[1])
                X = jnp.array(W0)
                V = jnp.array(V0)
                fwd_rev = jax.jvp(jax.grad(f), (X,), (V,))[1]
                rev_fwd = jax.grad(lambda X: jax.jvp(f, (X,), (V,))[1])(X)
                rev_rev = jax.grad(lambda X: jnp.vdot(jax.grad(f)(X), V))(X)
                full = jnp.tensordot(jax.hessian(f)(X), V, 2)
                0""");
        double[] reference = array(session, "rev_rev").toDoubleArray();
        for (String name : List.of("fwd_rev", "rev_fwd", "full")) {
            assertThat(relativeError(array(session, name).toDoubleArray(), reference)).as(name).isLessThan(1e-5);
        }
        assertThat(array(session, "jax.hessian(f)(X)").shape()).containsExactly(3, 3, 3, 3);
    }

    @Test
    void linearizeGivesTheJvpAtItsPrimals() {
        setUp();
        // jax.linearize's docstring example: f(x) = 3 sin x + cos(x / 2) at 2.
        assertThat(shown("""
                def f(x): return 3. * jnp.sin(x) + jnp.cos(x / 2.)
                y, f_jvp = jax.linearize(f, 2.)
                print(y, f_jvp(3.), f_jvp(4.), jax.jvp(f, (2.,), (4.,))[1])""")).isEqualTo(
                "3.2681944 -5.007528 -6.676704 -6.676704");
        assertThat(shown("f_jvp(1., 2.)")).isEqualTo("TypeError: f_jvp() takes 1 tangent argument (one per primal of "
                + "jax.linearize), got 2");
    }

    @Test
    void jvpChecksItsTangentsAsJaxDoes() {
        setUp();
        assertThat(shown("jax.jvp(jnp.sin, (jnp.ones(3),), (jnp.ones(2),))")).isEqualTo("ValueError: jvp called with "
                + "different primal and tangent shapes;Got primal shape (3,) and tangent shape as (2,)");
        assertThat(shown("jax.jvp(jnp.sin, (jnp.ones(3),), (jnp.ones(3, dtype=jnp.int32),))")).isEqualTo("TypeError: "
                + "primal and tangent arguments to jax.jvp do not match; dtypes must be equal, or in case of int/bool "
                + "primal dtype the tangent dtype must be float0.Got primal dtype float32 and so expected tangent dtype "
                + "float32, but got tangent dtype int32 instead.");
        assertThat(shown("jax.jvp(jnp.sin, (1.0, 2.0), (1.0,))")).isEqualTo("TypeError: jvp called with different "
                + "primal and tangent tuple lengths: len(primals) == 2 and len(tangents) == 1");
    }

    @Test
    void anOpForwardModeCannotTraceIsNamed() {
        setUp();
        assertThat(shown("jax.jvp(jnp.sort, (jnp.array(x0),), (jnp.array(v0),))"))
                .startsWith("NotImplementedError: jax.jvp in the playground cannot trace jnp.sort");
        assertThat(shown("jax.jacfwd(jnp.sort)(jnp.array(x0))"))
                .startsWith("NotImplementedError: jax.jacfwd in the playground cannot trace jnp.sort");
    }

    @Test
    void aJacfwdWhoseTangentsPassTheArrayLimitIsAMemoryError() {
        setUp();
        // 20000 inputs: the basis alone is 20000 x 20000 float32, 1.6 GB against the default 1 GiB.
        assertThat(shown("jax.jacfwd(lambda x: jnp.sum(jnp.sin(x)))(jnp.ones(20000))")).startsWith("MemoryError");
        assertThat(shown("jax.jacfwd(lambda x: jnp.sum(jnp.sin(x)))(jnp.ones(3))")).isEqualTo("");
    }

    @Test
    void theTimeLimitStopsALongJacfwdPromptly() {
        PlaygroundSession limited = new PlaygroundSession(InterpreterLimits.defaults()
                .withMaxDuration(Duration.ofSeconds(1)));
        long start = System.nanoTime();
        // A forward pass of 2,000 ops pushing a 1600-vector basis: seconds of work even with the fastest kernels
        // (400 ops finished inside the second without SIMD), minutes without the per-op checks.
        CellResult result = limited.runCell("""
                import jax
                import jax.numpy as jnp
                def f(X):
                    for _ in range(1000):
                        X = jnp.sin(X) * 1.01
                    return X
                H = jax.jacfwd(f)(jnp.linspace(-1.0, 1.0, 1600).reshape(40, 40))
                """);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(result.error().orElseThrow().headline())
                .isEqualTo("TimeoutError: the cell ran longer than 1 s, the playground's limit");
        assertThat(seconds).isLessThan(20);
        assertThat(limited.runCell("1 + 1").result().orElseThrow().repr()).isEqualTo("2");
    }

    private String shown(String code) {
        CellResult result = session.runCell(code);
        return result.error().map(e -> e.render().strip().lines().reduce((a, b) -> b).orElse(""))
                .orElseGet(() -> result.stdout().strip());
    }

    private static double relativeError(double[] actual, double[] expected) {
        double scale = 0;
        double error = 0;
        for (int i = 0; i < expected.length; i++) {
            scale = Math.max(scale, Math.abs(expected[i]));
            error = Math.max(error, Math.abs(actual[i] - expected[i]));
        }
        return error / Math.max(scale, 1e-6);
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = new double[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
