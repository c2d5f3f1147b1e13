package io.tastelab.playground.arrays;

import static io.tastelab.playground.arrays.PlaygroundTesting.error;
import static io.tastelab.playground.arrays.PlaygroundTesting.eval;
import static org.assertj.core.api.Assertions.assertThat;

import io.tastelab.playground.interp.CellResult;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.session.PlaygroundSession;
import org.junit.jupiter.api.Test;

/**
 * The book's JAX introduction, typed into one session, prints what JAX prints (outputs checked against JAX's
 * documented reprs; the arithmetic against NumPy by hand).
 */
class BookSnippetsTest {

    private final PlaygroundSession session = new PlaygroundSession();

    private String show(String code) {
        return eval(session, code).repr();
    }

    @Test
    void arraysIndexingAndBroadcastingPrintAsJaxDoes() {
        show("import jax\nimport jax.numpy as jnp\nimport numpy as np\n0");
        assertThat(show("x = jnp.array([1.0, 2.0, 3.0], dtype=jnp.float32)\nx"))
                .isEqualTo("Array([1., 2., 3.], dtype=float32)");
        assertThat(show("x.shape")).isEqualTo("(3,)");
        assertThat(show("x = jnp.array([[1,2,3],[4,5,6],[7,8,9]], dtype=jnp.int32)\nx")).isEqualTo("""
                Array([[1, 2, 3],
                       [4, 5, 6],
                       [7, 8, 9]], dtype=int32)""");
        assertThat(show("x[0]")).isEqualTo("Array([1, 2, 3], dtype=int32)");
        assertThat(show("x[-1]")).isEqualTo("Array([7, 8, 9], dtype=int32)");
        assertThat(show("x[:, 1]")).isEqualTo("Array([2, 5, 8], dtype=int32)");
        assertThat(show("x[::2, ::2]")).isEqualTo("""
                Array([[1, 3],
                       [7, 9]], dtype=int32)""");
        assertThat(show("vec = jnp.reshape(jnp.array([0.5, 1.0, 2.0]), [1, 3])\nvec")).isEqualTo(
                "Array([[0.5, 1. , 2. ]], dtype=float32)");
        assertThat(show("vec * x")).isEqualTo("""
                Array([[ 0.5,  2. ,  6. ],
                       [ 2. ,  5. , 12. ],
                       [ 3.5,  8. , 18. ]], dtype=float32)""");
        assertThat(show("x * jnp.reshape(vec, [3, 1])")).isEqualTo("""
                Array([[ 0.5,  1. ,  1.5],
                       [ 4. ,  5. ,  6. ],
                       [14. , 16. , 18. ]], dtype=float32)""");
        assertThat(show("x.at[::2].set(1)")).isEqualTo("""
                Array([[1, 1, 1],
                       [4, 5, 6],
                       [1, 1, 1]], dtype=int32)""");
        assertThat(show("x[0, 0]")).isEqualTo("Array(1, dtype=int32)");
    }

    @Test
    void numpyArraysAreMutableAndPrintAsNumpyDoes() {
        assertThat(show("import numpy as np\nx = np.array([[1, 2, 3]], dtype=np.int32)\nx"))
                .isEqualTo("array([[1, 2, 3]], dtype=int32)");
        assertThat(show("x[0, 0] = 5\nx")).isEqualTo("array([[5, 2, 3]], dtype=int32)");
        assertThat(show("y = np.array([1.0, 2.0])\ny")).isEqualTo("array([1., 2.])");
        assertThat(show("y.dtype")).isEqualTo("dtype('float64')");
        assertThat(show("np.float32")).isEqualTo("<class 'numpy.float32'>");
        assertThat(show("x[0, 1]")).isEqualTo("np.int32(2)");
        assertThat(error(session, "x.at[0].set(1)").pythonMessage())
                .isEqualTo("'numpy.ndarray' object has no attribute 'at'");
    }

    @Test
    void jaxArraysRefuseItemAssignmentNamingTheAtUpdate() {
        PlaygroundError raised = error(session, "import jax.numpy as jnp\nx = jnp.arange(3)\nx[0] = 5");
        assertThat(raised.type()).isEqualTo("TypeError");
        // JAX's own text, which names no index.
        assertThat(raised.pythonMessage()).contains("JAX arrays are immutable").contains("x = x.at[idx].set(y)");
        assertThat(raised.line()).isEqualTo(3);
        assertThat(show("x")).isEqualTo("Array([0, 1, 2], dtype=int32)");
    }

    @Test
    void theBooksMissingParenthesisIsASyntaxErrorPointingAtIt() {
        CellResult result = session.runCell("import jax.numpy as jnp\nx = jnp.ones(3)\nprint(x[0]\n");
        PlaygroundError raised = result.error().orElseThrow();
        assertThat(raised.type()).isEqualTo("SyntaxError");
        assertThat(raised.pythonMessage()).isEqualTo("'(' was never closed");
        assertThat(raised.line()).isEqualTo(3);
        assertThat(raised.column()).isEqualTo(6);
        assertThat(raised.render()).contains("print(x[0]\n         ^");
    }

    @Test
    void randomKeysAndJitRunAsTheBookWritesThem() {
        CellResult result = session.runCell("""
                import jax
                import jax.numpy as jnp
                from jax import random
                jax.config.update("jax_threefry_partitionable", False)
                key = random.PRNGKey(0)
                key, subkey = random.split(key)
                x = random.uniform(subkey, (64, 64))
                def my_function(x):
                    x = x @ x
                    return jnp.maximum(0, x)
                my_function_jit = jax.jit(my_function)
                jnp.max(jnp.abs(my_function(x) - my_function_jit(x).block_until_ready()))
                """);
        assertThat(result.error()).isEmpty();
        assertThat(result.result().orElseThrow().repr()).isEqualTo("Array(0., dtype=float32)");
        assertThat(result.stdout()).as("JAX prints nothing when it traces").isEmpty();
        assertThat(session.modules().jitStatistics().drainNotes()).singleElement().asString()
                .contains("[jit] traced my_function(float32[64,64])").contains("run the graph op by op without tracing again");
        assertThat(eval(session, "key").repr()).isEqualTo("Array([4146024105,  967050713], dtype=uint32)");
    }

    @Test
    void memoryErrorAboveTheLimit() {
        PlaygroundError raised = error("import numpy as np\nnp.zeros((40000, 40000))");
        assertThat(raised.type()).isEqualTo("MemoryError");
        assertThat(raised.pythonMessage()).contains("(40000, 40000)").contains("limit is 1.00 GiB");
    }
}
