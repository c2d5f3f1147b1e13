package io.tastelab.playground.arrays;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code np.astype(x, dtype)} and {@code jnp.astype(x, dtype)} agree with the method form, a dtype of None included
 * (NumPy 2.4.6: {@code np.astype(np.arange(3), None)} is {@code array([0., 1., 2.])}; the fuzz test found the
 * function form failing with an internal error there).
 */
class AstypeFunctionTest {
    @Test
    void noneMeansTheNamespacesDefaultFloatInTheFunctionFormToo() {
        assertThat(PlaygroundTesting.repr("import numpy as np\nnp.astype(np.arange(3), None)"))
                .isEqualTo("array([0., 1., 2.])");
        assertThat(PlaygroundTesting.repr("import jax.numpy as jnp\njnp.astype(jnp.arange(3), None)"))
                .isEqualTo(PlaygroundTesting.repr("import jax.numpy as jnp\njnp.arange(3).astype(None)"));
        assertThat(PlaygroundTesting.repr("import numpy as np\nnp.astype(np.arange(3), np.int8)"))
                .isEqualTo("array([0, 1, 2], dtype=int8)");
    }
}
