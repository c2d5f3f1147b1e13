package io.tastelab.playground.arrays;

import static org.assertj.core.api.Assertions.assertThat;

import io.tastelab.playground.interp.CellResult;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.session.PlaygroundSession;
import org.junit.jupiter.api.Test;

/**
 * What JAX's stateful-computations, control-flow, debugging and advanced-autodiff pages needed (JaxDocsCorpusTest
 * runs the pages): each case against the output JAX documents or, for plain numbers, NumPy's.
 */
class JaxTutorialPagesTest {

    private final PlaygroundSession session = new PlaygroundSession();

    private String printed(String code) {
        CellResult result = session.runCell("import jax\nimport jax.numpy as jnp\nimport numpy as np\n"
                + "from jax import lax\n" + code);
        result.error().ifPresent(e -> {
            throw new AssertionError(e.render());
        });
        return result.stdout() + result.result().map(value -> value.repr() + "\n").orElse("");
    }

    private PlaygroundError error(String code) {
        CellResult result = session.runCell("import jax\nimport jax.numpy as jnp\nfrom jax import lax\n" + code);
        return result.error().orElseThrow(() -> new AssertionError("no error from:\n" + code));
    }

    @Test
    void stopGradientPassesTheValueAndBlocksTheDerivative() {
        assertThat(printed("""
                def f(x):
                  return x * lax.stop_gradient(x)
                print(f(3.0), jax.grad(f)(3.0))""")).isEqualTo("9.0 3.0\n");
        // The straight-through estimator of the advanced-autodiff page: round's gradient is 0, the trick's 1.
        assertThat(printed("""
                def straight_through(x):
                  return x - lax.stop_gradient(x) + lax.stop_gradient(jnp.round(x))
                print(straight_through(3.2), jax.grad(jnp.round)(3.2), jax.grad(straight_through)(3.2))"""))
                .isEqualTo("3.0 0.0 1.0\n");
        // Eagerly it returns a JAX array; inside a trace it is JAX's stop_gradient primitive.
        assertThat(printed("lax.stop_gradient(2.0)")).isEqualTo("Array(2., dtype=float32, weak_type=True)\n");
        assertThat(printed("print(jax.make_jaxpr(lax.stop_gradient)(1.0))"))
                .contains("b:f32[] = stop_gradient a");
        // Pytrees: every traced leaf is stopped.
        assertThat(printed("""
                def g(p):
                  q = lax.stop_gradient(p)
                  return p['w'] * q['w'] + q['b']
                jax.grad(g)({'w': 2.0, 'b': 1.0})""")).isEqualTo(
                "{'b': Array(0., dtype=float32, weak_type=True), 'w': Array(2., dtype=float32, weak_type=True)}\n");
    }

    @Test
    void jittedFunctionsReturnAnyPytree() {
        // Stateful computations: update(params) under jit returns the Params named tuple.
        assertThat(printed("""
                from typing import NamedTuple
                class Params(NamedTuple):
                  weight: jnp.ndarray
                  bias: jnp.ndarray
                @jax.jit
                def update(params, x):
                  return jax.tree.map(lambda p: p + x, params)
                update(Params(jnp.float32(1), jnp.float32(2)), 0.5)""")).isEqualTo(
                "Params(weight=Array(1.5, dtype=float32), bias=Array(2.5, dtype=float32))\n");
        assertThat(printed("jax.jit(lambda x: {'double': 2 * x, 'none': None})(jnp.arange(2))"))
                .isEqualTo("{'double': Array([0, 2], dtype=int32), 'none': None}\n");
        assertThat(printed("print(jax.jit(lambda x: None)(1.0))")).isEqualTo("None\n");
    }

    @Test
    void gradTakesPythonBranchesAtTheConcretePoint() {
        String f = """
                def f(x):
                  if x < 3:
                    return 3. * x ** 2
                  else:
                    return -4 * x
                """;
        assertThat(printed(f + "print(jax.grad(f)(2.))\nprint(jax.grad(f)(4.))")).isEqualTo("12.0\n-4.0\n");
        // A loop whose trip count depends on the value, and a second derivative through the branch.
        assertThat(printed("""
                def h(x):
                  while x < 10:
                    x = x * 2
                  return x
                print(jax.grad(h)(3.), jax.grad(jax.grad(f))(2.))""")).isEqualTo("4.0 6.0\n");
        // Under jit the values are abstract, as in JAX.
        assertThat(error(f + "jax.jit(jax.grad(f))(2.)").type()).isEqualTo("TracerBoolConversionError");
        // A non-scalar condition is NumPy's ambiguity error, as JAX raises it on a concrete array.
        assertThat(error("jax.grad(lambda x: jnp.sum(x) if x > 0 else 0.)(jnp.ones(2))").pythonMessage())
                .startsWith("The truth value of an array with more than one element is ambiguous");
    }

    @Test
    void debugPrintFormatsZeroDimensionalValuesAsPythonScalars() {
        // docs.jax.dev/en/latest/debugging.html prints these lines.
        assertThat(printed("""
                @jax.jit
                def f(x):
                  jax.debug.print("jax.debug.print(x) -> {x}", x=x)
                  y = jnp.sin(x)
                  jax.debug.print("jax.debug.print(y) -> {y}", y=y)
                  return y
                result = f(2.)""")).isEqualTo("jax.debug.print(x) -> 2.0\njax.debug.print(y) -> 0.9092974066734314\n");
        assertThat(printed("jax.debug.print('{} {}', jnp.arange(3.), jnp.int32(7))")).isEqualTo("[0. 1. 2.] 7\n");
        // NumPy's own rule: a 0-d ndarray formats as item(); a NumPy scalar and a JAX array format as str.
        assertThat(printed("""
                print(f"{np.array(0.1, dtype=np.float32)} {np.float32(0.1)} {jnp.float32(0.1)}")"""))
                .isEqualTo("0.10000000149011612 0.1 0.1\n");
    }

    @Test
    void debugCallbackGetsEachRunsValuesAsNumpyArrays() {
        // The debugging page's callback under jit, vmap and grad (its logging.warning lines, here printed).
        assertThat(printed("""
                def show(x):
                  print(f'value: {x} ({type(x).__name__})')
                @jax.jit
                def f(x):
                  jax.debug.callback(show, x)
                  return x
                f(1.0)
                jax.vmap(f)(jnp.arange(2.0))
                jax.grad(f)(3.0)
                jax.debug.callback(show, jnp.arange(2))""")).isEqualTo("value: 1.0 (ndarray)\nvalue: 0.0 (ndarray)\n"
                + "value: 1.0 (ndarray)\nvalue: 3.0 (ndarray)\nvalue: [0 1] (ndarray)\n");
    }

    @Test
    void remainderOfIntegersByAConstantTracesAsFloorModulo() {
        // NumPy: np.remainder(np.arange(-5, 6), 3) and np.arange(-5, 6) % -3.
        assertThat(printed("print(jax.jit(lambda x: x % 3)(jnp.arange(-5, 6)))"))
                .isEqualTo("[1 2 0 1 2 0 1 2 0 1 2]\n");
        assertThat(printed("print(jax.jit(lambda x: x % -3)(jnp.arange(-5, 6)))"))
                .isEqualTo("[-2 -1  0 -2 -1  0 -2 -1  0 -2 -1]\n");
        assertThat(printed("""
                @jax.jit
                def positive_even(x):
                  return jnp.logical_and(x % 2 == 0, x > 0)
                print(positive_even(24), positive_even(jnp.array([-1, 2, 5])))""")).isEqualTo("True [False  True False]\n");
        // Floats and divisors unknown or zero are refused by name (XLA's and C's remainders differ there).
        assertThat(error("jax.jit(lambda x: x % 2.0)(jnp.arange(3.))").pythonMessage())
                .contains("cannot trace remainder (%) other than of integers by a constant divisor");
        assertThat(error("jax.jit(lambda x, y: x % y)(jnp.arange(3), 2)").type()).isEqualTo("NotImplementedError");
        assertThat(error("jax.jit(lambda x: x % 0)(jnp.arange(3))").type()).isEqualTo("NotImplementedError");
    }

    @Test
    void logicalFunctionsFollowNumpyEagerlyAndUnderJit() {
        // NumPy: np.logical_and/or/xor([0, 1, 2, nan], [1, 0, 3, 0]).
        String operands = "(jnp.array([0., 1., 2., jnp.nan]), jnp.array([1, 0, 3, 0]))";
        for (String prefix : new String[] {"", "jax.jit"}) {
            assertThat(printed("print(" + prefix + "(jnp.logical_and)" + operands + ")"))
                    .isEqualTo("[False False  True False]\n");
            assertThat(printed("print(" + prefix + "(jnp.logical_or)" + operands + ")"))
                    .isEqualTo("[ True  True  True  True]\n");
            assertThat(printed("print(" + prefix + "(jnp.logical_xor)" + operands + ")"))
                    .isEqualTo("[ True  True False  True]\n");
        }
        assertThat(printed("np.logical_and([True, False], True)")).isEqualTo("array([ True, False])\n");
    }

    @Test
    void predicatesAndRoundingTraceUnderJit() {
        assertThat(printed("""
                @jax.jit
                def checks(x):
                  return jnp.isfinite(x), jnp.isfinite(x).all(), jnp.any(x > 1), jnp.all(x > -1, axis=0)
                checks(jnp.array([1., jnp.inf, jnp.nan, -jnp.inf, 2.]))""")).isEqualTo(
                "(Array([ True, False, False, False,  True], dtype=bool), Array(False, dtype=bool), "
                        + "Array(True, dtype=bool), Array(False, dtype=bool))\n");
        // NumPy rounds half to even: np.round([0.5, 1.5, 2.5, -0.5, -1.7]) and np.floor/ceil of it.
        assertThat(printed("""
                x = jnp.array([0.5, 1.5, 2.5, -0.5, -1.7])
                print(jax.jit(jnp.round)(x), jax.jit(jnp.floor)(x), jax.jit(jnp.ceil)(x))""")).isEqualTo(
                "[ 0.  2.  2. -0. -2.] [ 0.  1.  2. -1. -2.] [ 1.  2.  3. -0. -1.]\n");
    }

    @Test
    void aTracedShapeIsJaxsTypeError() {
        PlaygroundError error = error("jax.jit(lambda length, val: jnp.ones((length,)) * val)(10, 4)");
        assertThat(error.type()).isEqualTo("TypeError");
        assertThat(error.pythonMessage()).startsWith("Shapes must be 1D sequences of concrete values of integer "
                + "type, got (JitTracer(~int32[]),).\nIf using `jit`, try using `static_argnums`");
        assertThat(printed("print(jax.jit(lambda length, val: jnp.ones((length,)) * val, static_argnames='length')"
                + "(3, 4))")).isEqualTo("[4. 4. 4.]\n");
    }

    @Test
    void laxSwitchClampsTheIndexEagerlyAndUnderJit() {
        // JAX clamps the index to the branches' range: -5 -> branch 0, 7 -> branch 2.
        assertThat(printed("""
                branches = [lambda x: x - 1, lambda x: x, lambda x: x + 1]
                print(lax.switch(-5, branches, 10), lax.switch(1, branches, 10), lax.switch(7, branches, 10))
                pick = jax.jit(lambda i, x: lax.switch(i, branches, x))
                print([float(pick(i, 10.)) for i in (-1, 0, 1, 2, 5)])""")).isEqualTo(
                "9 10 11\n[9.0, 9.0, 10.0, 11.0, 11.0]\n");
        assertThat(error("lax.switch(0, [], 1)").pythonMessage()).isEqualTo("Empty branch sequence");
    }

    @Test
    void laxMapScanAndCondInsideTraces() {
        assertThat(printed("lax.map(lambda x: x * 2, jnp.arange(3.))"))
                .isEqualTo("Array([0., 2., 4.], dtype=float32)\n");
        // A scan over traced values (inside jit and make_jaxpr) is unrolled; the values are the loop's.
        assertThat(printed("""
                def cumsum(xs):
                  return lax.scan(lambda c, x: (c + x, c + x), 0., xs)
                final, partial = jax.jit(cumsum)(jnp.arange(1., 5.))
                print(final, partial)
                jaxpr = jax.make_jaxpr(cumsum)(jnp.arange(1., 5.))""")).isEqualTo("10.0 [ 1.  3.  6. 10.]\n");
        // The sharp bits' scan body takes a tuple of traced slices and a traced closure value.
        assertThat(printed("""
                def func11(arr, extra):
                  ones = jnp.ones(arr.shape)
                  def body(carry, aelems):
                    ae1, ae2 = aelems
                    return (carry + ae1 * ae2 + extra, carry)
                  return lax.scan(body, 0., (arr, ones))
                print(jax.jit(func11)(jnp.arange(4), 5.)[0])""")).isEqualTo("26.0\n");
        // cond on a traced predicate with branches that return nothing (run for their effects).
        assertThat(printed("""
                @jax.jit
                def f(x):
                  lax.cond(x > 0, lambda v: None, lambda v: None, x)
                  return x
                f(2.)""")).isEqualTo("Array(2., dtype=float32, weak_type=True)\n");
    }
}
