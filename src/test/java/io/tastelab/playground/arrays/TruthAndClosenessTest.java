package io.tastelab.playground.arrays;

import static io.tastelab.playground.arrays.PlaygroundTesting.error;
import static io.tastelab.playground.arrays.PlaygroundTesting.repr;
import static org.assertj.core.api.Assertions.assertThat;

import io.tastelab.playground.interp.BoolValue;
import org.junit.jupiter.api.Test;

/**
 * What the NumPy-generated fixtures cannot see of all/any/isclose/allclose/isnan/isinf/isfinite: the kind of value
 * each namespace returns (a Python bool, a NumPy bool scalar, a strongly typed JAX array) and their errors. The
 * values themselves are in {@code playground_fixtures.json}.
 */
class TruthAndClosenessTest {

    @Test
    void numpysAllcloseIsAPythonBoolAndJaxsAnArray() {
        assertThat(PlaygroundTesting.eval("import numpy as np\nnp.allclose(np.ones(3), np.ones(3) + 1e-9)"))
                .isEqualTo(BoolValue.of(true));
        assertThat(repr("import jax.numpy as jnp\njnp.allclose(jnp.ones(3), jnp.zeros(3))"))
                .isEqualTo("Array(False, dtype=bool)");
    }

    @Test
    void zeroDimensionalResultsAreNumpyBoolScalars() {
        assertThat(repr("import numpy as np\nnp.isclose(1.0, 1.0 + 1e-12)")).isEqualTo("np.True_");
        assertThat(repr("import numpy as np\nnp.all(np.arange(3))")).isEqualTo("np.False_");
        assertThat(repr("import numpy as np\nnp.arange(3).any()")).isEqualTo("np.True_");
    }

    @Test
    void jaxAnswersIsfiniteAndIsinfOfIntegersWithStrongBools() {
        // jax.numpy uses full_like(x, True/False, bool) for integer inputs: never weakly typed.
        assertThat(repr("import jax.numpy as jnp\njnp.isfinite(jnp.arange(3))"))
                .isEqualTo("Array([ True,  True,  True], dtype=bool)");
        assertThat(repr("import jax.numpy as jnp\njnp.isinf(jnp.arange(2))")).isEqualTo("Array([False, False], dtype=bool)");
        assertThat(repr("import jax.numpy as jnp\njnp.isnan(jnp.array([0.0, jnp.nan]))"))
                .isEqualTo("Array([False,  True], dtype=bool)");
    }

    @Test
    void badArgumentsRaiseNumpysErrors() {
        assertThat(error(new io.tastelab.playground.session.PlaygroundSession(),
                "import numpy as np\nnp.all(np.ones((2, 2)), axis=2)").type()).isEqualTo("AxisError");
        assertThat(error(new io.tastelab.playground.session.PlaygroundSession(),
                "import numpy as np\nnp.isclose(np.ones(2), np.ones(3))").pythonMessage())
                .contains("operands could not be broadcast together");
        assertThat(error(new io.tastelab.playground.session.PlaygroundSession(),
                "import numpy as np\nnp.isclose(np.ones(2))").pythonMessage()).contains("missing");
    }
}
