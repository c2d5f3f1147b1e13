package io.tastelab.playground.arrays;

import static io.tastelab.playground.arrays.PlaygroundTesting.error;
import static io.tastelab.playground.arrays.PlaygroundTesting.eval;
import static org.assertj.core.api.Assertions.assertThat;

import io.tastelab.playground.session.PlaygroundSession;
import io.tastelab.playground.interp.PlaygroundError;
import org.junit.jupiter.api.Test;

/**
 * What NumpyApiFixturesTest cannot say for tile, repeat, roll, diff, tril/triu and outer: jnp results are jax Arrays
 * shown as JAX shows them, JAX's own errors, the refusal under jit naming the function, and string arrays (which
 * run these on position arrays) keeping their strings.
 */
class ManipulationFunctionsTest {

    private final PlaygroundSession session = new PlaygroundSession();

    @Test
    void jaxResultsAreJaxArraysWithJaxDefaults() {
        eval(session, "import jax.numpy as jnp\n0");
        assertThat(eval(session, "jnp.tile(jnp.arange(3), 2)").repr())
                .isEqualTo("Array([0, 1, 2, 0, 1, 2], dtype=int32)");
        assertThat(eval(session, "jnp.arange(3.0).repeat(2)").repr())
                .isEqualTo("Array([0., 0., 1., 1., 2., 2.], dtype=float32)");
        assertThat(eval(session, "jnp.diff(jnp.array([1, 4, 9]))").repr()).isEqualTo("Array([3, 5], dtype=int32)");
        assertThat(eval(session, "type(jnp.roll(jnp.arange(3), 1)).__name__").repr()).isEqualTo("'ArrayImpl'");
    }

    @Test
    void jaxRefusesATriangleOfAVectorABadAxisAndAListAsJaxDoes() {
        eval(session, "import jax.numpy as jnp\n0");
        assertThat(error(session, "jnp.tril(jnp.arange(3))").getMessage())
                .isEqualTo("ValueError: Argument to jax.numpy.tril must be at least 2D");
        assertThat(error(session, "jnp.triu(jnp.arange(3))").getMessage())
                .isEqualTo("ValueError: Argument to jax.numpy.triu must be at least 2D");
        assertThat(error(session, "jnp.roll(jnp.arange(3), 1, axis=1)").getMessage())
                .isEqualTo("ValueError: axis 1 is out of bounds for array of dimension 1");
        assertThat(error(session, "jnp.tile([1, 2], 2)").getMessage()).isEqualTo("TypeError: tile requires "
                + "ndarray or scalar arguments, got <class 'list'> at position 0.");
        assertThat(eval(session, "jnp.repeat(jnp.arange(2), [2, 1])").repr())
                .isEqualTo("Array([0, 0, 1], dtype=int32)");
        // jax.numpy's check_arraylike covers take's indices too, and pad, logaddexp and the nan reductions
        assertThat(error(session, "jnp.take(jnp.arange(3), [0, 2])").getMessage()).isEqualTo("TypeError: take "
                + "requires ndarray or scalar arguments, got <class 'list'> at position 1.");
        for (String call : new String[] {"jnp.pad([1, 2], 1)", "jnp.logaddexp([1.0], 2.0)", "jnp.nanmax([1.0])"}) {
            assertThat(error(session, call).getMessage()).as(call).startsWith("TypeError: " + call.substring(4,
                    call.indexOf('(')) + " requires ndarray or scalar arguments");
        }
    }

    @Test
    void underJitCountsAndShiftsMustBeConcrete() {
        eval(session, "import jax\nimport jax.numpy as jnp\n0");
        for (String call : new String[] {"jnp.repeat(x, n)", "jnp.roll(x, n)", "jnp.tile(x, n)"}) {
            PlaygroundError refusal = error(session, "jax.jit(lambda x, n: " + call + ")(jnp.ones((2, 2)), 2)");
            assertThat(refusal.type()).as(call).isEqualTo("ConcretizationTypeError");
            assertThat(refusal.pythonMessage()).as(call).contains(call.substring(0, call.indexOf('(')));
        }
    }

    @Test
    void stringArraysKeepTheirStrings() {
        eval(session, "import numpy as np\n0");
        assertThat(eval(session, "np.tile(np.array(['a', 'bc']), 2)").repr())
                .isEqualTo("array(['a', 'bc', 'a', 'bc'], dtype='<U2')");
        assertThat(eval(session, "np.roll(np.array(['a', 'b', 'c']), 1)").repr())
                .isEqualTo("array(['c', 'a', 'b'], dtype='<U1')");
        assertThat(eval(session, "np.repeat(np.array(['x', 'y']), [2, 1])").repr())
                .isEqualTo("array(['x', 'x', 'y'], dtype='<U1')");
    }
}
