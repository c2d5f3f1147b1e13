package io.tastelab.playground.arrays;

import static io.tastelab.playground.arrays.PlaygroundTesting.error;
import static io.tastelab.playground.arrays.PlaygroundTesting.eval;
import static org.assertj.core.api.Assertions.assertThat;

import io.tastelab.playground.interp.CellResult;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.session.PlaygroundSession;
import org.junit.jupiter.api.Test;

/**
 * {@code jax.grad}, {@code value_and_grad} and {@code vmap} against JAX's documented outputs: the "Automatic
 * differentiation" tutorial (docs.jax.dev, tutorials/automatic-differentiation), jax.grad's API page, and the
 * errors JAX raises.
 */
class GradExamplesTest {

    private final PlaygroundSession session = new PlaygroundSession();

    private String printed(String code) {
        CellResult result = session.runCell(code);
        result.error().ifPresent(e -> {
            throw new AssertionError(e.render());
        });
        return result.stdout();
    }

    @Test
    void gradOfTanhAndItsHigherDerivativesPrintAsInJaxsTutorial() {
        assertThat(printed("""
                import jax
                import jax.numpy as jnp
                from jax import grad
                grad_tanh = grad(jnp.tanh)
                print(grad_tanh(2.0))
                print(grad(grad(jnp.tanh))(2.0))
                print(grad(grad(grad(jnp.tanh)))(2.0))""")).isEqualTo("0.070650816\n-0.13621868\n0.25265405\n");
        // A Python float argument is weakly typed, and so is its gradient.
        assertThat(eval(session, "grad_tanh(2.0)").repr()).isEqualTo("Array(0.07065082, dtype=float32, "
                + "weak_type=True)");
        assertThat(eval(session, "grad_tanh(jnp.float32(2.0))").repr()).isEqualTo("Array(0.07065082, "
                + "dtype=float32)");
        // jax.grad's API page.
        assertThat(printed("print(jax.grad(jax.numpy.tanh)(0.2))")).isEqualTo("0.961043\n");
    }

    @Test
    void derivativesOfAPolynomialUpToTheFourth() {
        assertThat(printed("""
                import jax
                f = lambda x: x**3 + 2*x**2 - 3*x + 1
                dfdx = jax.grad(f)
                d2fdx = jax.grad(dfdx)
                d3fdx = jax.grad(d2fdx)
                d4fdx = jax.grad(d3fdx)
                print(dfdx(1.))
                print(d2fdx(1.))
                print(d3fdx(1.))
                print(d4fdx(1.))""")).isEqualTo("4.0\n10.0\n6.0\n0.0\n");
    }

    @Test
    void sumOfSquaresAndItsValue() {
        eval(session, """
                import jax
                import jax.numpy as jnp
                def sum_of_squares(x):
                    return jnp.sum(x**2)
                0""");
        assertThat(eval(session, "jax.grad(sum_of_squares)(jnp.arange(4.0))").repr())
                .isEqualTo("Array([0., 2., 4., 6.], dtype=float32)");
        assertThat(eval(session, "jax.value_and_grad(sum_of_squares)(jnp.arange(4.0))").repr())
                .isEqualTo("(Array(14., dtype=float32), Array([0., 2., 4., 6.], dtype=float32))");
        assertThat(eval(session, "jax.grad(lambda x: 2 * jnp.dot(x, x))(jnp.arange(4.0))").repr())
                .isEqualTo("Array([ 0.,  4.,  8., 12.], dtype=float32)");
    }

    @Test
    void logisticRegressionLossOfTheTutorial() {
        eval(session, """
                import jax
                import jax.numpy as jnp
                from jax import grad
                key = jax.random.key(0)
                def sigmoid(x):
                  return 0.5 * (jnp.tanh(x / 2) + 1)
                def predict(W, b, inputs):
                  return sigmoid(jnp.dot(inputs, W) + b)
                inputs = jnp.array([[0.52, 1.12,  0.77],
                                    [0.88, -1.08, 0.15],
                                    [0.52, 0.06, -1.30],
                                    [0.74, -2.49, 1.39]])
                targets = jnp.array([True, True, False, True])
                def loss(W, b):
                  preds = predict(W, b, inputs)
                  label_probs = preds * targets + (1 - preds) * (1 - targets)
                  return -jnp.sum(jnp.log(label_probs))
                key, W_key, b_key = jax.random.split(key, 3)
                W = jax.random.normal(W_key, (3,))
                b = jax.random.normal(b_key, ())
                0""");
        // The tutorial prints W_grad=Array([-0.433146 , -0.7354605, -1.2598922], dtype=float32),
        // b_grad=Array(-0.69001776, dtype=float32) and loss value 2.9729187. The playground's eager and traced
        // jnp.tanh is the correctly rounded one, XLA's CPU tanh an approximation a few ulps away, so the loss
        // differs in its last digits and the gradients by under 1e-6 relative.
        String close = eval(session, """
                W_grad, b_grad = grad(loss, (0, 1))(W, b)
                loss_value, Wb_grad = jax.value_and_grad(loss, (0, 1))(W, b)
                (jnp.allclose(W_grad, jnp.array([-0.433146, -0.7354605, -1.2598922]), rtol=1e-6, atol=0),
                 jnp.allclose(b_grad, -0.69001776, rtol=1e-6, atol=0),
                 jnp.allclose(loss_value, 2.9729187, rtol=1e-6, atol=0),
                 bool(jnp.all(Wb_grad[0] == W_grad)), bool(Wb_grad[1] == b_grad), W_grad.dtype, b_grad.shape)""")
                .repr();
        assertThat(close).isEqualTo("(Array(True, dtype=bool), Array(True, dtype=bool), Array(True, dtype=bool), "
                + "True, True, dtype('float32'), ())");
        assertThat(eval(session, "grad(loss)(W, b).shape == grad(loss, argnums=0)(W, b).shape").repr())
                .isEqualTo("True");
        // grad of a jitted function, and jit of a grad: one answer.
        assertThat(eval(session, "bool(jnp.all(jax.jit(grad(loss))(W, b) == grad(jax.jit(loss))(W, b)))").repr())
                .isEqualTo("True");
    }

    @Test
    void hasAuxReturnsTheAuxiliaryValueUndifferentiated() {
        eval(session, """
                import jax
                import jax.numpy as jnp
                def f(x):
                    return jnp.sum(x ** 2), x * 2
                0""");
        assertThat(eval(session, "jax.grad(f, has_aux=True)(jnp.arange(3.0))").repr()).isEqualTo(
                "(Array([0., 2., 4.], dtype=float32), Array([0., 2., 4.], dtype=float32))");
        assertThat(eval(session, "jax.value_and_grad(f, has_aux=True)(jnp.arange(3.0))").repr()).isEqualTo(
                "((Array(5., dtype=float32), Array([0., 2., 4.], dtype=float32)), Array([0., 2., 4.], "
                        + "dtype=float32))");
    }

    @Test
    void hasAuxWithoutAPairSaysWhatJaxSays() {
        eval(session, "import jax\nimport jax.numpy as jnp\n0");
        // jax._src.api_util.flatten_fun_nokwargs2's TypeError, the value as the playground prints a tracer.
        assertThat(PlaygroundTesting.error(session, "jax.grad(lambda x: x * 2.0, has_aux=True)(1.0)").render())
                .contains("TypeError: expected function with aux output to return a two-element tuple, but got type "
                        + "<class 'jax._src.interpreters.ad.LinearizeTracer'> with value JitTracer(")
                .doesNotContain("DynamicJaxprTracer");
        assertThat(PlaygroundTesting.error(session, "jax.grad(lambda x: (x, x, x), has_aux=True)(1.0)").render())
                .contains("but got type <class 'tuple'> with value (JitTracer(");
        assertThat(PlaygroundTesting.error(session, "jax.value_and_grad(lambda x: 3, has_aux=True)(1.0)").render())
                .contains("expected function with aux output to return a two-element tuple, but got type "
                        + "<class 'int'> with value 3");
        // A two-element list is a pair to JAX too.
        assertThat(eval(session, "jax.grad(lambda x: [x * x, 7], has_aux=True)(3.0)").repr())
                .isEqualTo("(Array(6., dtype=float32, weak_type=True), 7)");
    }

    @Test
    void closedOverValuesAreConstantsOfANestedGrad() {
        // d/dx [x * d/dy (x * y)] = d/dx [x * x] = 2x: the inner y is not the outer x.
        assertThat(eval(session, """
                import jax
                f = lambda x: x * jax.grad(lambda y: x * y)(x)
                jax.grad(f)(3.0)""").repr()).isEqualTo("Array(6., dtype=float32, weak_type=True)");
    }

    @Test
    void vmapMapsAxesAndComposesWithGradAndJit() {
        eval(session, "import jax\nimport jax.numpy as jnp\n0");
        assertThat(eval(session, "jax.vmap(jnp.dot, in_axes=(0, None))(jnp.ones((4, 3)), jnp.arange(3.0))")
                .repr()).isEqualTo("Array([3., 3., 3., 3.], dtype=float32)");
        assertThat(eval(session, "jax.vmap(lambda a, b: a * b, in_axes=(1, 0))(jnp.arange(6.0).reshape(2, 3), "
                + "jnp.arange(3.0))").repr()).isEqualTo("Array([[ 0.,  0.],\n       [ 1.,  4.],\n       [ 4., 10.]], "
                        + "dtype=float32)");
        // Per-example gradients, the autodiff cookbook's use of vmap(grad(...)).
        assertThat(eval(session, "jax.vmap(jax.grad(lambda w, x: jnp.sum(jnp.tanh(w * x))), in_axes=(None, 0))"
                + "(jnp.array([0.0, 0.5, 1.0]), jnp.array([[1.0, 1.0, 2.0], [0.0, 1.0, 1.0]]))").repr())
                .isEqualTo(eval(session, """
                        g = jax.grad(lambda w, x: jnp.sum(jnp.tanh(w * x)))
                        w = jnp.array([0.0, 0.5, 1.0])
                        jnp.stack([g(w, jnp.array([1.0, 1.0, 2.0])), g(w, jnp.array([0.0, 1.0, 1.0]))])""").repr());
        assertThat(eval(session, "jax.jit(jax.vmap(lambda r: r[0] * r[1]))(jnp.arange(6.0).reshape(3, 2))").repr())
                .isEqualTo("Array([ 0.,  6., 20.], dtype=float32)");
        assertThat(eval(session, "jax.vmap(lambda r: (r.sum(), r * 2))(jnp.arange(4.0).reshape(2, 2))").repr())
                .isEqualTo("(Array([1., 5.], dtype=float32), Array([[0., 2.],\n       [4., 6.]], dtype=float32))");
    }

    @Test
    void errorsAreJaxs() {
        eval(session, "import jax\nimport jax.numpy as jnp\n0");
        PlaygroundError vector = error(session, "jax.grad(lambda x: x * 2)(jnp.arange(3.0))");
        assertThat(vector.headline()).isEqualTo("TypeError: Gradient only defined for scalar-output functions. "
                + "Output had shape: (3,).");
        PlaygroundError integer = error(session, "jax.grad(lambda x: x * 2)(3)");
        assertThat(integer.headline()).isEqualTo("TypeError: grad requires real- or complex-valued inputs (input "
                + "dtype that is a sub-dtype of np.inexact), but got int32. If you want to use Boolean- or "
                + "integer-valued inputs, use vjp or set allow_int to True.");
        PlaygroundError intOutput = error(session, "jax.grad(lambda x: jnp.sum(jnp.where(x > 0, 1, 0)))(jnp.ones(2))");
        assertThat(intOutput.headline()).startsWith("TypeError: grad requires real-valued outputs (output dtype that "
                + "is a sub-dtype of np.floating), but got int32.");
        PlaygroundError argnums = error(session, "jax.grad(lambda x, y: x * y, argnums=1)(1.0)");
        assertThat(argnums.headline()).isEqualTo("TypeError: differentiating with respect to argnums=(1,) requires "
                + "at least 2 positional arguments to be passed by the caller, but got only 1 positional arguments.");
        PlaygroundError untraced = error(session, "jax.grad(lambda x: jnp.sum(x[::2, 0]))(jnp.ones((4, 2)))");
        assertThat(untraced.type()).isEqualTo("NotImplementedError");
        assertThat(untraced.pythonMessage()).startsWith("jax.grad in the playground cannot trace indexing (x[...]) "
                + "other than with integers");
        PlaygroundError sizes = error(session, "jax.vmap(lambda a, b: a + b)(jnp.ones(3), jnp.ones(4))");
        assertThat(sizes.headline()).isEqualTo("ValueError: vmap got inconsistent sizes for array axes to be "
                + "mapped:\n  * one axis had size 3: axis 0 of args[0] of type float32[3];\n  * one axis had size "
                + "4: axis 0 of args[1] of type float32[4]");
    }

    @Test
    void aTupleOutputWithoutHasAuxIsJaxsTypeErrorShowingTheValues() {
        // JAX 101 (01-jax-basics.ipynb): the error's traceback, recorded with JAX 0.4, reads the same today.
        PlaygroundError error = error(session, """
                import jax
                import jax.numpy as jnp
                x = jnp.asarray([1.0, 2.0, 3.0, 4.0])
                y = jnp.asarray([1.1, 2.1, 3.1, 4.1])
                def squared_error_with_aux(x, y):
                  return jnp.sum((x-y)**2), x-y
                jax.grad(squared_error_with_aux)(x, y)""");
        assertThat(error.getMessage()).isEqualTo("TypeError: Gradient only defined for scalar-output functions. "
                + "Output was (Array(0.03999995, dtype=float32), Array([-0.10000002, -0.0999999 , -0.0999999 , "
                + "-0.0999999 ], dtype=float32)).");
    }
}
