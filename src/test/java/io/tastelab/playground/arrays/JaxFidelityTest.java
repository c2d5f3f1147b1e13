package io.tastelab.playground.arrays;

import static io.tastelab.playground.arrays.PlaygroundTesting.error;
import static io.tastelab.playground.arrays.PlaygroundTesting.eval;
import static org.assertj.core.api.Assertions.assertThat;

import io.tastelab.playground.interp.CellResult;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.session.PlaygroundSession;
import org.junit.jupiter.api.Test;

/**
 * Issue 17's JAX fidelity items, each against what JAX's documentation prints: the jit tutorial (tracers printed
 * inside a jitted function), "JAX - the sharp bits" (impure functions, out-of-bounds indexing, non-array
 * inputs), "Thinking in JAX" (boolean indexing under jit) and NumPy's and JAX's printing of subnormals.
 */
class JaxFidelityTest {

    private final PlaygroundSession session = new PlaygroundSession();

    private String printed(String code) {
        CellResult result = session.runCell(code);
        result.error().ifPresent(e -> {
            throw new AssertionError(e.render());
        });
        return result.stdout();
    }

    @Test
    void printInsideJitShowsTheTracers() {
        assertThat(printed("""
                import jax
                import jax.numpy as jnp
                def f(x, y):
                  print("Running f():")
                  print(f"  x = {x}")
                  print(f"  y = {y}")
                  result = jnp.dot(x + 1, y + 1)
                  print(f"  result = {result}")
                  return result
                f = jax.jit(f)
                r = f(jnp.ones((3, 4)), jnp.ones(4))
                r = f(jnp.zeros((3, 4)), jnp.zeros(4))""")).isEqualTo("""
                Running f():
                  x = JitTracer(float32[3,4])
                  y = JitTracer(float32[4])
                  result = JitTracer(float32[3])
                """);
        // A Python scalar is traced as a weakly typed value, marked ~.
        assertThat(printed("def show(s):\n    print(s)\n    return s\nr = jax.jit(show)(3)"))
                .isEqualTo("JitTracer(~int32[])\n");
    }

    @Test
    void jitCachesOnTheFunctionSoAFreshJitDoesNotSeeAChangedGlobal() {
        // The sharp bits, "Pure functions".
        assertThat(printed("""
                import jax
                import jax.numpy as jnp
                g = 0.
                def impure_uses_globals(x):
                  return x + g
                print ("First call: ", jax.jit(impure_uses_globals)(4.))
                g = 10.
                print ("Second call: ", jax.jit(impure_uses_globals)(5.))
                print ("Third call, different type: ", jax.jit(impure_uses_globals)(jnp.array([4.])))"""))
                .isEqualTo("First call:  4.0\nSecond call:  5.0\nThird call, different type:  [14.]\n");
        // static_argnums keeps an argument out of the trace: each value traces anew.
        eval(session, """
                def power(x, n):
                    if n == 0:
                        return x * 0 + 1
                    return x ** n
                p = jax.jit(power, static_argnums=1)
                0""");
        assertThat(eval(session, "p(jnp.float32(2), 3), p(jnp.float32(2), 0)").repr())
                .isEqualTo("(Array(8., dtype=float32), Array(1., dtype=float32))");
        PlaygroundError traced = error(session, "jax.jit(power)(jnp.float32(2), 3)");
        assertThat(traced.type()).isEqualTo("TracerBoolConversionError");
    }

    @Test
    void jnpFunctionsRefuseListsAsJaxDoes() {
        eval(session, "import jax.numpy as jnp\n0");
        assertThat(error(session, "jnp.sum([1, 2, 3])").headline()).isEqualTo("TypeError: sum requires ndarray or "
                + "scalar arguments, got <class 'list'> at position 0.");
        assertThat(error(session, "jnp.add(1, (2, 3))").headline()).isEqualTo("TypeError: add requires ndarray or "
                + "scalar arguments, got <class 'tuple'> at position 1.");
        assertThat(eval(session, "jnp.sum(jnp.array([1, 2, 3]))").repr()).isEqualTo("Array(6, dtype=int32)");
        assertThat(eval(session, "jnp.reshape(jnp.arange(6), [2, 3]).shape").repr()).isEqualTo("(2, 3)");
        assertThat(eval(session, "import numpy as np\nnp.sum([1, 2, 3])").repr()).isEqualTo("np.int64(6)");
    }

    @Test
    void outOfBoundsGetClampsOrFills() {
        // The sharp bits, "Out-of-bounds indexing".
        eval(session, "import jax.numpy as jnp\n0");
        assertThat(eval(session, "jnp.arange(10.0).at[11].get()").repr()).isEqualTo("Array(9., dtype=float32)");
        assertThat(eval(session, "jnp.arange(10.0).at[11].get(mode='fill', fill_value=jnp.nan)").repr())
                .isEqualTo("Array(nan, dtype=float32)");
        assertThat(eval(session, "jnp.arange(5).at[jnp.array([1, 7])].get(mode='fill', fill_value=-1)").repr())
                .isEqualTo("Array([ 1, -1], dtype=int32)");
        // Without a fill value: the smallest int32, as JAX's default for signed integers.
        assertThat(eval(session, "jnp.arange(3).at[5].get(mode='fill')").repr())
                .isEqualTo("Array(-2147483648, dtype=int32)");
        assertThat(error(session, "jnp.arange(3).at[5].get(mode='wrap')").type()).isEqualTo("ValueError");
    }

    @Test
    void booleanMaskIndexingUnderJitIsRefusedAsJaxRefusesIt() {
        // Thinking in JAX, "Static vs traced operations".
        PlaygroundError raised = error(session, """
                import jax
                import jax.numpy as jnp
                def get_negatives(x):
                  return x[x < 0]
                jax.jit(get_negatives)(jnp.arange(10.0) - 5)""");
        assertThat(raised.headline()).isEqualTo("NonConcreteBooleanIndexError: Array boolean indices must be "
                + "concrete; got bool[10]\n\nSee https://docs.jax.dev/en/latest/errors.html"
                + "#jax.errors.NonConcreteBooleanIndexError");
        assertThat(eval(session, "get_negatives(jnp.arange(4.0) - 2)").repr())
                .isEqualTo("Array([-2., -1.], dtype=float32)");
    }

    @Test
    void typedKeysPrintTheirWordsAndHideThemFromTheShape() {
        // JAX's "Pseudorandom numbers" tutorial and jax.random's API page.
        eval(session, "import jax\nfrom jax import random\nkey = jax.random.key(0)\n0");
        assertThat(eval(session, "key").repr()).isEqualTo("Array((), dtype=key<fry>) overlaying:\n[0 0]");
        assertThat(printed("print(key)")).isEqualTo("Array((), dtype=key<fry>) overlaying:\n[0 0]\n");
        assertThat(eval(session, "key.shape, key.dtype, jax.random.split(key, 43).shape").repr())
                .isEqualTo("((), key<fry>, (43,))");
        assertThat(eval(session, "jax.random.key_data(key)").repr()).isEqualTo("Array([0, 0], dtype=uint32)");
        assertThat(eval(session, "jax.random.split(key)").repr()).isEqualTo("Array((2,), dtype=key<fry>) "
                + "overlaying:\n[[1797259609 2579123966]\n [ 928981903 3453687069]]");
        // A typed key draws what the raw key of the same seed draws; split keys unpack and index as keys.
        assertThat(eval(session, "bool((random.normal(key, (3,)) == random.normal(random.PRNGKey(0), (3,))).all())")
                .repr()).isEqualTo("True");
        assertThat(eval(session, "new_key, subkey = random.split(key)\nsubkey").repr())
                .isEqualTo("Array((), dtype=key<fry>) overlaying:\n[ 928981903 3453687069]");
        assertThat(eval(session, "jax.random.split(key, 43)[3].shape").repr()).isEqualTo("()");
        assertThat(eval(session, "random.wrap_key_data(jax.random.key_data(subkey))").repr())
                .isEqualTo(eval(session, "subkey").repr());
        assertThat(error(session, "random.normal(random.split(key, 43), (2,))").headline()).isEqualTo("TypeError: "
                + "normal accepts a single key, but was given a key array of shape (43,) != (). Use jax.vmap for "
                + "batching.");
    }

    @Test
    void jaxArrayIsTheTypeOfJaxArraysOnly() {
        eval(session, "import jax\nimport jax.numpy as jnp\nimport numpy as np\n0");
        assertThat(eval(session, "isinstance(jnp.arange(3), jax.Array), isinstance(np.arange(3), jax.Array), "
                + "isinstance(3.0, jax.Array)").repr()).isEqualTo("(True, False, False)");
    }

    @Test
    void subnormalsPrintWithTheirShortestDigits() {
        // NumPy: np.float32(1e-45) is np.float32(1e-45); Java's Float.toString would say 1.4E-45.
        eval(session, "import numpy as np\nimport jax.numpy as jnp\n0");
        assertThat(eval(session, "np.float32(1e-45)").repr()).isEqualTo("np.float32(1e-45)");
        assertThat(eval(session, "np.array([1e-45, 1.0], dtype=np.float32)").repr())
                .isEqualTo("array([1.e-45, 1.e+00], dtype=float32)");
        assertThat(eval(session, "np.float64(5e-324)").repr()).isEqualTo("np.float64(5e-324)");
        assertThat(eval(session, "jnp.array(1e-45, dtype=jnp.float32)").repr())
                .isEqualTo("Array(1.e-45, dtype=float32)");
        assertThat(printed("print(jnp.array(1e-45, dtype=jnp.float32))")).isEqualTo("1e-45\n");
    }
}
