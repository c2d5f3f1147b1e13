package io.tastelab.playground.arrays;

import static org.assertj.core.api.Assertions.assertThat;

import io.tastelab.playground.interp.CellResult;
import io.tastelab.playground.session.PlaygroundSession;
import org.junit.jupiter.api.Test;

/**
 * {@code vdot} (JAX's autodiff page checks a directional derivative with it). Expected texts from NumPy 2.4.6:
 * {@code np.vdot(np.arange(6.).reshape(2, 3), np.ones((3, 2)))} and the others below, run in python3.
 */
class VdotTest {

    private final PlaygroundSession session = new PlaygroundSession();

    private String shown(String code) {
        CellResult result = session.runCell(code);
        return result.error().map(e -> e.render().strip().lines().reduce((a, b) -> b).orElse(""))
                .orElseGet(() -> result.stdout().strip());
    }

    @Test
    void flattensBothArgumentsAsNumpyDoes() {
        assertThat(shown("import numpy as np\nprint(repr(np.vdot(np.arange(6.).reshape(2, 3), np.ones((3, 2)))))"))
                .isEqualTo("np.float64(15.0)");
        assertThat(shown("print(repr(np.vdot(np.arange(3, dtype=np.float32), np.arange(3, dtype=np.float32))))"))
                .isEqualTo("np.float32(5.0)");
        assertThat(shown("print(repr(np.vdot([1, 2], [3, 4])))")).isEqualTo("np.int64(11)");
    }

    @Test
    void unequalSizesAreRefusedWithNumpysMessage() {
        assertThat(shown("import numpy as np\nnp.vdot(np.arange(3.), np.arange(4.))"))
                .isEqualTo("ValueError: cannot reshape array of size 4 into shape (3,)");
    }

    @Test
    void jaxNumpyHasItAndJitTracesIt() {
        assertThat(shown("""
                import jax
                import jax.numpy as jnp
                v = jnp.arange(4.0)
                print(jnp.vdot(v, v), jax.jit(jnp.vdot)(v.reshape(2, 2), v))""")).isEqualTo("14.0 14.0");
    }
}
