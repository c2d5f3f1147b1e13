package io.tastelab.playground.arrays;

import static io.tastelab.playground.arrays.PlaygroundTesting.array;
import static io.tastelab.playground.arrays.PlaygroundTesting.eval;
import static org.assertj.core.api.Assertions.assertThat;

import io.tastelab.array.DType;
import io.tastelab.array.NdArray;
import io.tastelab.playground.session.PlaygroundSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@code jax.grad} (float32) against central finite differences of the same function run with {@code np} in
 * float64, on generated compositions of +, -, *, /, exp, log, tanh, sin, cos, sqrt, sum, mean, max, dot/matmul,
 * maximum, powers (integer, float, negative and traced exponents: lax.integer_pow and lax.pow), indexing and
 * broadcasting. The function is written once against a module {@code m}; the
 * gradient runs it with {@code m = jnp}, the differences with {@code m = np}.
 */
class GradFiniteDifferenceTest {

    private static final int FUNCTIONS = 60;
    private static final double STEP = 1e-6;
    private static final double TOLERANCE = 1e-3;

    private final PlaygroundSession session = new PlaygroundSession();

    /** A random expression of shape (3,) in {@code x} (3,) and {@code W} (3, 3); {@code depth} bounds nesting. */
    static String vector(Random random, int depth) {
        if (depth == 0) {
            return switch (random.nextInt(4)) {
                case 0, 1 -> "x";
                case 2 -> "(W @ x)";
                default -> "m.dot(x, W)";
            };
        }
        String a = vector(random, depth - 1);
        return switch (random.nextInt(16)) {
            case 0 -> "m.exp(" + a + " * 0.5)";
            case 1 -> "m.log(" + a + " * " + a + " + 1.0)";
            case 2 -> "m.tanh(" + a + ")";
            case 3 -> "m.sin(" + a + ")";
            case 4 -> "m.cos(" + a + ")";
            case 5 -> "m.sqrt(" + a + " ** 2 + 0.5)";
            case 6 -> "(" + a + " + " + vector(random, depth - 1) + ")";
            case 7 -> "(" + a + " - " + vector(random, depth - 1) + ")";
            case 8 -> "(" + a + " * " + vector(random, depth - 1) + ")";
            case 9 -> "(" + a + " / (" + vector(random, depth - 1) + " ** 2 + 1.0))";
            case 10 -> "m.maximum(" + a + ", " + vector(random, depth - 1) + " * 0.7)";
            case 11 -> "(" + a + " ** " + (2 + random.nextInt(3)) + ")";
            case 12 -> "(" + a + " * " + scalar(random, depth - 1) + ")";
            case 13 -> "m.sum(W * " + a + ", axis=" + random.nextInt(2) + ")";
            case 14 -> "(W @ " + a + " * 0.5)";
            default -> "m.mean(m.reshape(W, (3, 3)).T * " + a + ", axis=1)";
        };
    }

    static String scalar(Random random, int depth) {
        String a = vector(random, depth);
        return switch (random.nextInt(6)) {
            case 0 -> "m.sum(" + a + ")";
            case 1 -> "m.mean(" + a + ")";
            case 2 -> a + "[" + random.nextInt(3) + "]";
            case 3 -> "m.dot(" + a + ", " + vector(random, depth) + ")";
            case 4 -> "m.max(" + a + ")";
            default -> "W[" + random.nextInt(3) + ", " + random.nextInt(3) + "] * m.sum(" + a + ")";
        };
    }

    /**
     * A random power of a generated vector: lax.pow with float, negative and traced exponents and a constant base,
     * lax.integer_pow with positive and negative exponents (bases kept away from 0 where an exponent is negative).
     */
    static String powerForm(Random random, int depth) {
        String a = vector(random, depth);
        String positive = "(" + a + " * " + a + " + 0.5)";
        return switch (random.nextInt(7)) {
            case 0 -> "m.power(" + positive + ", 2.5)";
            case 1 -> positive + " ** -1.5";
            case 2 -> "m.power(" + a + ", " + (2 + random.nextInt(4)) + ")";
            case 3 -> positive + " ** -" + (1 + random.nextInt(3));
            case 4 -> "m.power(" + positive + ", m.tanh(" + vector(random, depth) + ") + 1.0)";
            case 5 -> "m.power(1.5, m.sin(" + a + "))";
            default -> "m.sqrt(" + positive + ") ** 3.0";
        };
    }

    @Test
    void gradientsOfPowersAgreeWithCentralDifferences() {
        eval(session, """
                import jax
                import numpy as np
                import jax.numpy as jnp
                x0 = [0.3, -0.8, 0.55]
                W0 = [[0.2, -0.5, 0.9], [0.7, 0.1, -0.3], [-0.6, 0.4, 0.25]]
                0""");
        Random random = new Random(23);
        List<String> failures = new ArrayList<>();
        for (int k = 0; k < 30; k++) {
            String power = powerForm(random, random.nextInt(3));
            String body = random.nextBoolean() ? "m.sum(" + power + ")" : "m.dot(" + power + ", W @ x)";
            String failure = checkGradient(body);
            if (failure != null) {
                failures.add(failure);
            }
        }
        assertThat(failures).isEmpty();
    }

    /** A failure line when jax.grad of {@code body} differs from the central differences by over the tolerance. */
    private String checkGradient(String body) {
        eval(session, "def f(x, W, m):\n    return " + body + "\n0");
        eval(session, "gx, gW = jax.grad(f, argnums=(0, 1))(jnp.array(x0), jnp.array(W0), jnp)\n0");
        double[] analytic = concat(array(session, "gx").toDoubleArray(), array(session, "gW").toDoubleArray());
        double scale = 0;
        double error = 0;
        for (int i = 0; i < 12; i++) {
            String index = i < 3 ? "x[" + i + "]" : "W[" + (i - 3) / 3 + ", " + (i - 3) % 3 + "]";
            double numeric = (evalAt(index, STEP) - evalAt(index, -STEP)) / (2 * STEP);
            scale = Math.max(scale, Math.abs(numeric));
            error = Math.max(error, Math.abs(analytic[i] - numeric));
        }
        double relative = error / Math.max(scale, 1e-6);
        return relative > TOLERANCE ? body + ": relative error " + relative : null;
    }

    @Test
    void gradientsAgreeWithCentralDifferencesOnGeneratedFunctions() {
        eval(session, """
                import jax
                import numpy as np
                import jax.numpy as jnp
                x0 = [0.3, -0.8, 0.55]
                W0 = [[0.2, -0.5, 0.9], [0.7, 0.1, -0.3], [-0.6, 0.4, 0.25]]
                0""");
        Random random = new Random(17);
        double worst = 0;
        List<String> failures = new ArrayList<>();
        for (int k = 0; k < FUNCTIONS; k++) {
            String body = scalar(random, 1 + random.nextInt(3));
            eval(session, "def f(x, W, m):\n    return " + body + "\n0");
            eval(session, "gx, gW = jax.grad(f, argnums=(0, 1))(jnp.array(x0), jnp.array(W0), jnp)\n0");
            NdArray gx = array(session, "gx");
            NdArray gW = array(session, "gW");
            assertThat(gx.dtype()).isEqualTo(DType.FLOAT32);
            assertThat(gW.dtype()).isEqualTo(DType.FLOAT32);
            double[] analytic = concat(gx.toDoubleArray(), gW.toDoubleArray());
            double[] numeric = new double[12];
            for (int i = 0; i < 12; i++) {
                String index = i < 3 ? "x[" + i + "]" : "W[" + (i - 3) / 3 + ", " + (i - 3) % 3 + "]";
                double plus = evalAt(index, STEP);
                double minus = evalAt(index, -STEP);
                numeric[i] = (plus - minus) / (2 * STEP);
            }
            double scale = 0;
            double error = 0;
            for (int i = 0; i < 12; i++) {
                scale = Math.max(scale, Math.abs(numeric[i]));
                error = Math.max(error, Math.abs(analytic[i] - numeric[i]));
            }
            double relative = error / Math.max(scale, 1e-6);
            worst = Math.max(worst, relative);
            if (relative > TOLERANCE) {
                failures.add(body + ": relative error " + relative);
            }
        }
        System.out.printf("grad vs central differences: %d functions, max relative error %.3g%n", FUNCTIONS, worst);
        assertThat(failures).isEmpty();
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
