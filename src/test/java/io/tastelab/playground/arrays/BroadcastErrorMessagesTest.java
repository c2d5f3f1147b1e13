package io.tastelab.playground.arrays;

import static org.assertj.core.api.Assertions.assertThat;

import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.session.PlaygroundSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Shapes that do not broadcast raise each library's own ValueError: NumPy's "operands could not be broadcast
 * together with shapes (3,) (4,) " and jax.numpy's "Incompatible shapes for broadcasting: shapes=[(3,), (4,)]"
 * (JAX's lax.broadcast_shapes), eagerly and under jit.
 */
class BroadcastErrorMessagesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "np.ones(3) + np.ones(4) | operands could not be broadcast together with shapes (3,) (4,) ",
            "jnp.ones(3) + jnp.ones(4) | Incompatible shapes for broadcasting: shapes=[(3,), (4,)]",
            "jnp.ones((2, 3)) * jnp.ones((4, 1, 2)) | Incompatible shapes for broadcasting: shapes=[(2, 3), (4, 1, 2)]",
            "jnp.where(jnp.ones((2, 1)) > 0, jnp.ones(3), jnp.ones(5)) | "
                    + "Incompatible shapes for broadcasting: shapes=[(2, 1), (3,), (5,)]",
            "jax.jit(lambda a, b: a - b)(jnp.ones(3), jnp.ones(4)) | Incompatible shapes for broadcasting: shapes=[(3,), (4,)]"})
    void eachLibraryRaisesItsOwnMessage(String expression, String message) {
        PlaygroundSession session = new PlaygroundSession();
        session.runCell("import jax\nimport numpy as np\nimport jax.numpy as jnp");
        PlaygroundError error = PlaygroundTesting.error(session, expression);
        assertThat(error.render()).contains("ValueError: " + message);
    }
}
