package io.tastelab.playground.arrays;

import static org.assertj.core.api.Assertions.assertThat;

import io.tastelab.playground.interp.CellResult;
import io.tastelab.playground.session.PlaygroundSession;
import org.junit.jupiter.api.Test;

/**
 * In the playground, every jnp spelling of tanh prints XLA's approximate tanh, as JAX does, and np.tanh the C
 * library's. The expected values come from {@code src/test/python/make_xla_tanh_fixture.py}'s emulation of XLA's
 * steps: tanh(-1.0480671) is -0.7810538 there (advanced-autodiff's sigmoid at its first row), correctly rounded
 * -0.7810537; jax.nn.gelu, which JAX writes with tanh, of [0.3, -0.7] is [0.18537092, -0.16942984] with XLA's tanh
 * and [0.18537094, -0.16942985] with the correctly rounded one.
 */
class JnpTanhTest {
    private final PlaygroundSession session = new PlaygroundSession();

    @Test
    void everyJnpSpellingGivesXlasTanhAndNpTheCLibrarys() {
        String printed = run("""
                import numpy as np
                import jax
                import jax.numpy as jnp
                x = jnp.float32(-1.0480671)
                print(jnp.tanh(x))
                print(jax.jit(jnp.tanh)(x))
                print(jax.lax.tanh(x))
                print(jax.jit(lambda v: jnp.tanh(v) * 1.0)(x))
                print(np.tanh(np.float32(-1.0480671)))
                print(jax.nn.gelu(jnp.array([0.3, -0.7])))""");
        assertThat(printed).isEqualTo("""
                -0.7810538
                -0.7810538
                -0.7810538
                -0.7810538
                -0.7810537
                [ 0.18537092 -0.16942984]
                """);
    }

    private String run(String code) {
        CellResult result = session.runCell(code);
        assertThat(result.error()).isEmpty();
        return result.stdout();
    }
}
