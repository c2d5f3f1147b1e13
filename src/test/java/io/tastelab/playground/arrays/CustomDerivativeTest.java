package io.tastelab.playground.arrays;

import static io.tastelab.playground.arrays.PlaygroundTesting.array;
import static io.tastelab.playground.arrays.PlaygroundTesting.error;
import static io.tastelab.playground.arrays.PlaygroundTesting.eval;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tastelab.playground.interp.CellResult;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.session.PlaygroundSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@code jax.custom_jvp} and {@code jax.custom_vjp}: derivatives through rules that are the true derivative agree
 * with central differences (float64 NumPy) on generated functions, in reverse and forward mode; a rule that is
 * deliberately not the derivative shows in every transformation's output (so a rule that were ignored would fail
 * here); rules differentiate again for second derivatives; bad rule outputs raise JAX's errors at the call's line.
 */
class CustomDerivativeTest {

    private static final int FUNCTIONS = 50;
    private static final double STEP = 1e-6;
    private static final double TOLERANCE = 1e-3;

    private final PlaygroundSession session = new PlaygroundSession();

    /** Elementwise functions of {@code m} (jnp or np) and their derivatives, written in jnp. */
    private static final String[][] PAIRS = {
        {"m.sin(x)", "jnp.cos(x)"},
        {"m.exp(x * 0.5)", "0.5 * jnp.exp(x * 0.5)"},
        {"m.tanh(x)", "1 - jnp.tanh(x) ** 2"},
        {"m.log(x * x + 1.0)", "2 * x / (x * x + 1.0)"},
        {"x ** 3", "3 * x ** 2"},
        {"m.sqrt(x * x + 0.5)", "x / jnp.sqrt(x * x + 0.5)"},
    };

    @Test
    void derivativesThroughTrueRulesAgreeWithCentralDifferences() {
        eval(session, """
                import jax
                import numpy as np
                import jax.numpy as jnp
                x0 = [0.3, -0.8, 0.55]
                W0 = [[0.2, -0.5, 0.9], [0.7, 0.1, -0.3], [-0.6, 0.4, 0.25]]
                t0 = [1.0, -2.0, 0.5]
                0""");
        Random random = new Random(23);
        List<String> failures = new ArrayList<>();
        double worst = 0;
        for (int k = 0; k < FUNCTIONS; k++) {
            String[] pair = PAIRS[random.nextInt(PAIRS.length)];
            String body = GradFiniteDifferenceTest.scalar(random, 1 + random.nextInt(2));
            eval(session, """
                    def inner(x, m):
                        return %s
                    @jax.custom_jvp
                    def cj(x):
                        return inner(x, jnp)
                    @cj.defjvp
                    def cj_jvp(primals, tangents):
                        x, = primals
                        t, = tangents
                        return cj(x), (%s) * t
                    @jax.custom_vjp
                    def cv(x):
                        return inner(x, jnp)
                    def cv_fwd(x):
                        return cv(x), x
                    def cv_bwd(x, g):
                        return ((%s) * g,)
                    cv.defvjp(cv_fwd, cv_bwd)
                    def f(x, W, m, c=None):
                        x = inner(x, m) if c is None else c(x)
                        return %s
                    0""".formatted(pair[0], pair[1], pair[1], body));
            double[] viaJvp = array(session, "jax.grad(f)(jnp.array(x0), jnp.array(W0), jnp, cj)").toDoubleArray();
            double[] viaVjp = array(session, "jax.grad(f)(jnp.array(x0), jnp.array(W0), jnp, cv)").toDoubleArray();
            double forward = array(session, "jax.jvp(lambda x: f(x, jnp.array(W0), jnp, cj), (jnp.array(x0),), "
                    + "(jnp.array(t0),))[1]").toDoubleArray()[0];
            double[] numeric = new double[3];
            double directional = 0;
            double[] t = {1.0, -2.0, 0.5};
            for (int i = 0; i < 3; i++) {
                numeric[i] = (at(i, STEP) - at(i, -STEP)) / (2 * STEP);
                directional += t[i] * numeric[i];
            }
            double scale = 1e-6;
            double error = 0;
            for (int i = 0; i < 3; i++) {
                scale = Math.max(scale, Math.abs(numeric[i]));
                error = Math.max(error, Math.max(Math.abs(viaJvp[i] - numeric[i]), Math.abs(viaVjp[i] - numeric[i])));
            }
            error = Math.max(error, Math.abs(forward - directional) / 3.5);
            double relative = error / scale;
            worst = Math.max(worst, relative);
            if (relative > TOLERANCE) {
                failures.add(pair[0] + " then " + body + ": relative error " + relative);
            }
        }
        System.out.printf("custom rules vs central differences: %d functions, max relative error %.3g%n", FUNCTIONS,
                worst);
        assertThat(failures).isEmpty();
    }

    /** The plain function in float64 NumPy with {@code x[index]} moved by {@code step}. */
    private double at(int index, double step) {
        return array(session, "x = np.array(x0)\nx[" + index + "] += " + step + "\nf(x, np.array(W0), np)")
                .toDoubleArray()[0];
    }

    @Test
    void aRuleThatIsNotTheDerivativeShowsInEveryTransformation() {
        eval(session, """
                import jax
                import jax.numpy as jnp
                @jax.custom_jvp
                def f(x):
                    return jnp.sin(x)
                @f.defjvp
                def f_jvp(primals, tangents):
                    x, = primals
                    t, = tangents
                    return f(x), 3.0 * jnp.cos(x) * t
                @jax.custom_vjp
                def v(x):
                    return jnp.sin(x)
                v.defvjp(lambda x: (v(x), jnp.cos(x)), lambda c, g: (5.0 * c * g,))
                xs = jnp.array([0.0, 0.5, 1.0])
                0""");
        double c = Math.cos(0.5f);
        assertThat(scalar("jax.grad(f)(0.5)")).isCloseTo(3 * c, within(1e-6));
        assertThat(scalar("jax.value_and_grad(f)(0.5)[1]")).isCloseTo(3 * c, within(1e-6));
        assertThat(scalar("jax.value_and_grad(f)(0.5)[0]")).isCloseTo(Math.sin(0.5), within(1e-6));
        assertThat(scalar("jax.jvp(f, (0.5,), (2.0,))[1]")).isCloseTo(6 * c, within(1e-6));
        assertThat(scalar("jax.vjp(f, 0.5)[1](1.0)[0]")).isCloseTo(3 * c, within(1e-6));
        assertThat(scalar("jax.jit(jax.grad(f))(0.5)")).isCloseTo(3 * c, within(1e-6));
        assertThat(scalar("jax.grad(jax.jit(f))(0.5)")).isCloseTo(3 * c, within(1e-6));
        assertThat(array(session, "jax.vmap(jax.grad(f))(xs)").toDoubleArray())
                .containsExactly(new double[] {3, 3 * c, 3 * Math.cos(1.0)}, within(1e-6));
        double[] jacfwd = array(session, "jax.jacfwd(lambda x: f(x) * 2.0)(xs)").toDoubleArray();
        double[] jacrev = array(session, "jax.jacrev(lambda x: f(x) * 2.0)(xs)").toDoubleArray();
        for (int i = 0; i < 3; i++) {
            double expected = 6 * Math.cos(new double[] {0, 0.5, 1}[i]);
            assertThat(jacfwd[i * 4]).isCloseTo(expected, within(1e-5));
            assertThat(jacrev[i * 4]).isCloseTo(expected, within(1e-5));
        }
        // custom_vjp: bwd's 5 * cos(x) * g, under grad, jacrev, vmap and jit.
        assertThat(scalar("jax.grad(v)(0.5)")).isCloseTo(5 * c, within(1e-6));
        assertThat(scalar("jax.jit(jax.grad(v))(0.5)")).isCloseTo(5 * c, within(1e-6));
        assertThat(array(session, "jax.vmap(jax.grad(v))(xs)").toDoubleArray()[1]).isCloseTo(5 * c, within(1e-6));
        assertThat(array(session, "jax.jacrev(v)(xs)").toDoubleArray()[4]).isCloseTo(5 * c, within(1e-6));
        // Plain calls and jit alone run the function itself.
        assertThat(scalar("f(0.5) + jax.jit(f)(0.5) + v(0.5)")).isCloseTo(3 * Math.sin(0.5), within(1e-5));
    }

    @Test
    void aRuleGivesTheGradientOfAnOpWithoutOneAndStabilisesLog1pexp() {
        eval(session, """
                import jax
                import jax.numpy as jnp
                @jax.custom_jvp
                def rounded(x):
                    return jnp.round(x)
                rounded.defjvps(lambda t, ans, x: t)
                @jax.custom_jvp
                def log1pexp(x):
                    return jnp.log(1. + jnp.exp(x))
                log1pexp.defjvps(lambda t, ans, x: (1 - 1/(1 + jnp.exp(x))) * t)
                0""");
        assertThat(scalar("jax.grad(lambda x: rounded(x) * x)(2.3)")).isCloseTo(2.0 + 2.3, within(1e-5));
        assertThat(scalar("jax.grad(log1pexp)(100.)")).isEqualTo(1.0);
        assertThat(scalar("jax.grad(lambda x: jnp.log(1. + jnp.exp(x)))(100.)")).isNaN();
        // make_jaxpr shows the derivative, not the rule's traced linear part (its tangent symbols compute nothing).
        assertThat(eval(session, "jax.make_jaxpr(jax.grad(log1pexp))(3.)").str()).isEqualTo("""
                { lambda ; a:f32[]. let
                    b:f32[] = exp a
                    c:f32[] = add 1.0:f32[] b
                    d:f32[] = log c
                    e:f32[] = exp a
                    f:f32[] = add 1.0:f32[] e
                    g:f32[] = div 1.0:f32[] f
                    h:f32[] = sub 1.0:f32[] g
                    i:f32[] = mul h 1.0:f32[]
                  in (i,) }""");
    }

    @Test
    void secondDerivativesDifferentiateTheRule() {
        eval(session, """
                import jax
                import jax.numpy as jnp
                @jax.custom_jvp
                def f(x):
                    return jnp.sin(x)
                f.defjvps(lambda t, ans, x: 2.0 * jnp.cos(x) * t)
                @jax.custom_vjp
                def v(x):
                    return jnp.sin(x)
                v.defvjp(lambda x: (v(x), x), lambda x, g: (2.0 * jnp.cos(x) * g,))
                0""");
        assertThat(scalar("jax.grad(jax.grad(f))(0.7)")).isCloseTo(-2 * Math.sin(0.7), within(1e-6));
        assertThat(scalar("jax.jacfwd(jax.grad(f))(0.7)")).isCloseTo(-2 * Math.sin(0.7), within(1e-6));
        assertThat(scalar("jax.hessian(f)(0.7)")).isCloseTo(-2 * Math.sin(0.7), within(1e-6));
        assertThat(scalar("jax.grad(jax.grad(v))(0.7)")).isCloseTo(-2 * Math.sin(0.7), within(1e-6));
    }

    @Test
    void nondiffArgnumsPassFunctionsThroughAndNoneIsAZeroCotangent() {
        eval(session, """
                import jax
                import jax.numpy as jnp
                from functools import partial
                @partial(jax.custom_jvp, nondiff_argnums=(0,))
                def app(f, x):
                    return f(x)
                @app.defjvp
                def app_jvp(f, primals, tangents):
                    x, = primals
                    x_dot, = tangents
                    return f(x), 2. * x_dot
                @jax.custom_vjp
                def clip_gradient(lo, hi, x):
                    return x
                clip_gradient.defvjp(lambda lo, hi, x: (x, (lo, hi)),
                                     lambda res, g: (None, None, jnp.clip(g, res[0], res[1])))
                t = jnp.linspace(0., 3., 7)
                0""");
        assertThat(eval(session, "app(lambda x: x ** 3, 3.)").repr()).isEqualTo("27.0"); // the function, plainly
        assertThat(scalar("jax.grad(app, 1)(lambda x: x ** 3, 3.)")).isEqualTo(2.0);
        double[] clipped = array(session, "jax.vmap(jax.grad(lambda x: jnp.sin(clip_gradient(-0.75, 0.75, x))))(t)")
                .toDoubleArray();
        double[] expected = array(session, "jnp.clip(jnp.cos(t), -0.75, 0.75)").toDoubleArray();
        assertThat(clipped).containsExactly(expected, within(0.0));
        assertThat(clipped).contains(0.75, -0.75);
    }

    @Test
    void badRuleOutputsRaiseJaxsErrorsAtTheCallsLine() {
        eval(session, """
                import jax
                import jax.numpy as jnp
                @jax.custom_jvp
                def f(x):
                    return jnp.sin(x)
                @f.defjvp
                def f_jvp(primals, tangents):
                    x, = primals
                    t, = tangents
                    return f(x), jnp.stack([t, t])
                @jax.custom_jvp
                def single(x):
                    return x
                single.defjvp(lambda primals, tangents: primals[0] * 2)
                @jax.custom_vjp
                def v(x, y):
                    return x * y
                v.defvjp(lambda x, y: (x * y, (x, y)), lambda res, g: (g * res[1],))
                @jax.custom_vjp
                def w(x):
                    return x
                w.defvjp(lambda x: (x, None), lambda res, g: (jnp.stack([g, g]),))
                @jax.custom_vjp
                def good(x):
                    return jnp.sin(x)
                good.defvjp(lambda x: (good(x), x), lambda x, g: (jnp.cos(x) * g,))
                @jax.custom_jvp
                def undefined(x):
                    return x
                0""");
        PlaygroundError shape = error(session, "y = 1.0\nz = jax.grad(f)(2.0)");
        assertThat(shape.headline()).isEqualTo("TypeError: Custom JVP rule must produce primal and tangent outputs "
                + "with corresponding shapes and dtypes. Expected float32[] (tangent type of float32[]) but got "
                + "float32[2].");
        assertThat(shape.line()).isEqualTo(2);
        assertThat(error(session, "jax.jvp(single, (1.0,), (1.0,))").headline()).startsWith("TypeError: Custom JVP "
                + "rule <lambda> for function single must produce a pair (list or tuple of length two) representing "
                + "primal and tangent outputs, but got ");
        assertThat(error(session, "jax.grad(v)(1.0, 2.0)").headline()).startsWith("TypeError: Custom VJP bwd rule "
                + "must produce an output with the same container (pytree) structure as the args tuple of the primal "
                + "function");
        assertThat(error(session, "jax.grad(w)(1.0)").headline()).isEqualTo("ValueError: Custom VJP bwd rule "
                + "attached to w must produce an output with the same type as the args tuple of the primal function, "
                + "but at output[0] the bwd rule produced an output of type float32[2] corresponding to an input of "
                + "type float32[]");
        assertThat(error(session, "undefined(1.0)").headline()).isEqualTo("AttributeError: No JVP defined for "
                + "custom_jvp function undefined using defjvp.");
        String forward = "TypeError: can't apply forward-mode autodiff (jvp) to a custom_vjp function.";
        assertThat(error(session, "jax.jvp(w, (1.0,), (1.0,))").headline()).isEqualTo(forward);
        PlaygroundError jacfwd = error(session, "x = 1.0\njax.jacfwd(jax.grad(lambda x: jnp.sin(good(x))))(x)");
        assertThat(jacfwd.headline()).isEqualTo(forward);
        assertThat(jacfwd.line()).isEqualTo(2);
        assertThat(error(session, "jax.custom_jvp(f, nondiff_argnums=(0,)).defjvps(None)").headline())
                .isEqualTo("TypeError: Can't use ``defjvps`` with ``nondiff_argnums``.");
    }

    @Test
    void rulesRunOneLevelLowerAsInJax() {
        CellResult result = session.runCell("""
                import jax
                import jax.numpy as jnp
                @jax.custom_jvp
                def f(x):
                    print('called f!')
                    return jnp.sin(x)
                @f.defjvp
                def f_jvp(primals, tangents):
                    print('called f_jvp!')
                    x, = primals
                    t, = tangents
                    return f(x), jnp.cos(x) * t
                f(3.)
                jax.jit(f)(3.)
                jax.grad(f)(3.)
                jax.grad(jax.grad(f))(3.)
                None""");
        assertThat(result.error()).isEmpty();
        assertThat(result.stdout()).isEqualTo("called f!\ncalled f!\ncalled f_jvp!\ncalled f!\n"
                + "called f_jvp!\ncalled f_jvp!\ncalled f!\n");
        // jax.vjp traces once: fwd runs at vjp, bwd at each vjp_fun call.
        CellResult vjp = session.runCell("""
                @jax.custom_vjp
                def g(x):
                    print('called g!')
                    return jnp.sin(x)
                def g_fwd(x):
                    print('called g_fwd!')
                    return g(x), jnp.cos(x)
                def g_bwd(cos_x, y_bar):
                    print('called g_bwd!')
                    return (cos_x * y_bar,)
                g.defvjp(g_fwd, g_bwd)
                y, g_vjp = jax.vjp(g, 3.)
                print('between')
                g_vjp(1.)
                g_vjp(2.)[0]""");
        assertThat(vjp.stdout()).isEqualTo("called g_fwd!\ncalled g!\nbetween\ncalled g_bwd!\ncalled g_bwd!\n");
        assertThat(vjp.result().orElseThrow().repr()).isEqualTo("Array(-1.979985, dtype=float32, weak_type=True)");
    }

    private double scalar(String code) {
        return array(session, code).toDoubleArray()[0];
    }
}
