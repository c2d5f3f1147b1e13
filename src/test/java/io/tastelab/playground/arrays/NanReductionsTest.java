package io.tastelab.playground.arrays;

import static io.tastelab.playground.arrays.PlaygroundTesting.error;
import static io.tastelab.playground.arrays.PlaygroundTesting.eval;
import static org.assertj.core.api.Assertions.assertThat;

import io.tastelab.playground.session.PlaygroundSession;
import org.junit.jupiter.api.Test;

/**
 * jnp.nansum/nanmean give jax Arrays shown as JAX shows them (NumPy's values are NumpyApiFixturesTest's), and the
 * dtype= and out= the playground does not take are refused by name rather than ignored.
 */
class NanReductionsTest {

    private final PlaygroundSession session = new PlaygroundSession();

    @Test
    void jaxResultsAreZeroDimensionalJaxArrays() {
        eval(session, "import jax.numpy as jnp\n0");
        assertThat(eval(session, "jnp.nanmean(jnp.array([1.0, jnp.nan, 2.5]))").repr())
                .isEqualTo("Array(1.75, dtype=float32)");
        assertThat(eval(session, "jnp.nansum(jnp.array([[1.0, jnp.nan], [2.0, 3.0]]), axis=1)").repr())
                .isEqualTo("Array([1., 5.], dtype=float32)");
    }

    @Test
    void dtypeAndOutAreRefusedByName() {
        eval(session, "import numpy as np\n0");
        assertThat(error(session, "np.nansum(np.ones(2), dtype=np.float32)").getMessage())
                .startsWith("NotImplementedError: nansum(..., dtype=...) is not supported");
    }
}
