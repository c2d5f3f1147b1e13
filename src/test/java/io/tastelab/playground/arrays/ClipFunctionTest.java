package io.tastelab.playground.arrays;

import static io.tastelab.playground.arrays.PlaygroundTesting.error;
import static io.tastelab.playground.arrays.PlaygroundTesting.eval;
import static org.assertj.core.api.Assertions.assertThat;

import io.tastelab.playground.session.PlaygroundSession;
import org.junit.jupiter.api.Test;

/**
 * {@code jnp.clip} and {@code .clip} under {@code jit} and {@code grad} (values by hand: the gradient is 1 inside
 * the bounds, 0 outside), and JAX's refusal of a list. The NumPy semantics are NumpyApiFixturesTest's clip cases.
 */
class ClipFunctionTest {

    private final PlaygroundSession session = new PlaygroundSession();

    @Test
    void clipTracesUnderJitAndDifferentiates() {
        eval(session, "import jax\nimport jax.numpy as jnp\n0");
        assertThat(eval(session, "jax.jit(lambda x: x.clip(0, 1) + jnp.clip(x, max=0.5))(jnp.linspace(-1, 2, 4))")
                .repr()).isEqualTo("Array([-1. ,  0. ,  1.5,  1.5], dtype=float32)");
        assertThat(eval(session, "jax.grad(lambda x: jnp.clip(x, 0., 1.).sum())(jnp.array([-1., 0.5, 2.]))")
                .repr()).isEqualTo("Array([0., 1., 0.], dtype=float32)");
    }

    @Test
    void jaxRefusesAListAsItsOtherFunctionsDo() {
        eval(session, "import jax.numpy as jnp\n0");
        assertThat(error(session, "jnp.clip([1, 2], 0, 1)").getMessage()).isEqualTo("TypeError: clip requires "
                + "ndarray or scalar arguments, got <class 'list'> at position 0.");
    }

    @Test
    void ndarrayIsTheArrayTypeOfEachLibrary() {
        eval(session, "import numpy as np\nimport jax\nimport jax.numpy as jnp\n0");
        assertThat(eval(session, "np.ndarray, jnp.ndarray, isinstance(jnp.arange(2), jnp.ndarray), "
                + "isinstance(np.arange(2), jnp.ndarray), type(np.arange(2)) == np.ndarray").repr())
                .isEqualTo("(<class 'numpy.ndarray'>, <class 'jax.Array'>, True, False, True)");
    }
}
