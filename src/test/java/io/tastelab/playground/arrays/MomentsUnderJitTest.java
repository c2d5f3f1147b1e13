package io.tastelab.playground.arrays;

import static io.tastelab.playground.arrays.PlaygroundTesting.eval;
import static org.assertj.core.api.Assertions.assertThat;

import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.session.PlaygroundSession;
import org.junit.jupiter.api.Test;

/** jnp.var and jnp.std inside jax.jit (and under jax.grad) agree with eager jnp; what jit cannot trace says so. */
class MomentsUnderJitTest {
    private final PlaygroundSession session = new PlaygroundSession();

    @Test
    void jittedVarAndStdMatchEagerJnp() {
        eval(session, """
                import jax
                import jax.numpy as jnp
                def moments(x):
                    return jnp.var(x), jnp.std(x, axis=0, ddof=1), x.var(axis=1, keepdims=True), x.std()
                x = jnp.linspace(-2, 3, 12).reshape(3, 4) ** 2
                0""");
        eval(session, """
                eager = moments(x)
                jitted = jax.jit(moments)(x)
                def same(e, j):
                    return (bool(jnp.max(jnp.abs(e - j)) < 1e-5), e.shape == j.shape, e.dtype == j.dtype)
                0""");
        for (int i = 0; i < 4; i++) {
            assertThat(eval(session, "same(eager[" + i + "], jitted[" + i + "])").repr()).as("output " + i)
                    .isEqualTo("(True, True, True)");
        }
    }

    @Test
    void jittedVarOfIntegersIsFloat32() {
        assertThat(eval(session, """
                import jax
                import jax.numpy as jnp
                jax.jit(jnp.var)(jnp.array([1, 2, 3, 4]))""").repr()).isEqualTo("Array(1.25, dtype=float32)");
    }

    @Test
    void gradOfVarIsTwiceTheDeviationOverN() {
        assertThat(eval(session, """
                import jax
                import jax.numpy as jnp
                def v(x):
                    return jnp.var(x)
                jax.grad(v)(jnp.array([1.0, 2.0, 6.0]))""").repr())
                .isEqualTo("Array([-1.3333334, -0.6666667,  2.       ], dtype=float32)");
    }

    @Test
    void jitRefusesSortByName() {
        PlaygroundError error = PlaygroundTesting.error(session, """
                import jax
                import jax.numpy as jnp
                jax.jit(jnp.sort)(jnp.array([3, 1, 2]))""");
        assertThat(error.type()).isEqualTo("NotImplementedError");
        assertThat(error.pythonMessage()).contains("jnp.sort");
    }

    @Test
    void jitRefusesDataDependentSizesAsJaxDoes() {
        for (String call : new String[] {"jnp.where(x > 1)", "jnp.nonzero(x)", "x.nonzero()", "jnp.unique(x)"}) {
            PlaygroundError error = PlaygroundTesting.error(session, """
                    import jax
                    import jax.numpy as jnp
                    def f(x):
                        return %s
                    jax.jit(f)(jnp.arange(4))""".formatted(call));
            assertThat(error.type()).as(call).isEqualTo("ConcretizationTypeError");
            assertThat(error.pythonMessage()).as(call).contains("traced array with shape ").contains("[4]")
                    .contains(call.contains("unique") ? "jnp.unique" : "jnp.nonzero");
        }
    }
}
