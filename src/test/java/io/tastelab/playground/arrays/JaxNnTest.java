package io.tastelab.playground.arrays;

import static io.tastelab.playground.arrays.PlaygroundTesting.array;
import static io.tastelab.playground.arrays.PlaygroundTesting.error;
import static io.tastelab.playground.arrays.PlaygroundTesting.eval;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tastelab.array.NdArray;
import io.tastelab.playground.session.PlaygroundSession;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code jax.nn}: the values against NumPy's float32 evaluation of JAX's definitions (gen_jax_nn_fixtures.py), the
 * examples of JAX's docstrings as printed, and the gradients JAX defines (relu's is 0 at 0).
 */
class JaxNnTest {

    private final PlaygroundSession session = new PlaygroundSession();

    @Test
    void everyFunctionMatchesJaxsDefinitionEvaluatedByNumpy() throws IOException {
        JsonNode root;
        try (InputStream in = getClass().getResourceAsStream("/playground/jax_nn_fixtures.json")) {
            root = new ObjectMapper().readTree(in);
        }
        eval(session, "import jax\nimport jax.numpy as jnp\nx = jnp.array(" + root.get("x") + ")\nm = jnp.array("
                + root.get("m") + ")\nx.dtype");
        List<String> mismatches = new ArrayList<>();
        for (JsonNode testCase : root.get("cases")) {
            String code = testCase.get("code").asText();
            NdArray actual = array(session, code);
            int[] shape = new ObjectMapper().convertValue(testCase.get("shape"), int[].class);
            double[] values = actual.toDoubleArray();
            if (!java.util.Arrays.equals(actual.shape(), shape)) {
                mismatches.add(code + ": shape " + java.util.Arrays.toString(actual.shape()));
                continue;
            }
            for (int i = 0; i < values.length; i++) {
                double expected = testCase.get("expected").get(i).asDouble();
                // A few ulps, and 1e-6 absolute for the cancellations of float32 sums of O(1) terms (1 - s in
                // sigmoid's gradient, shifted - log(sum) in log_softmax), where exp's last bit shows.
                if (Math.abs(values[i] - expected) > 4 * Math.ulp((float) expected) + 1e-6) {
                    mismatches.add(code + "[" + i + "]: " + values[i] + " expected " + expected);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void docstringExamplesPrintAsInJax() {
        eval(session, "import jax\nimport jax.numpy as jnp\n0");
        assertThat(eval(session, "jax.nn.relu(jax.numpy.array([-2., -1., -0.5, 0, 0.5, 1., 2.]))").repr())
                .isEqualTo("Array([0. , 0. , 0. , 0. , 0.5, 1. , 2. ], dtype=float32)");
        assertThat(eval(session, "jax.nn.identity(jax.numpy.array([-2., -1., -0.5, 0, 0.5, 1., 2.]))").repr())
                .isEqualTo("Array([-2. , -1. , -0.5,  0. ,  0.5,  1. ,  2. ], dtype=float32)");
        assertThat(eval(session, "jax.nn.one_hot(jnp.array([0, 1, 2]), 3)").repr())
                .isEqualTo("Array([[1., 0., 0.],\n       [0., 1., 0.],\n       [0., 0., 1.]], dtype=float32)");
        assertThat(eval(session, "jax.nn.one_hot(jnp.array([-1, 3]), 3)").repr())
                .isEqualTo("Array([[0., 0., 0.],\n       [0., 0., 0.]], dtype=float32)");
    }

    @Test
    void oneHotTakesAnAxisAndADtype() {
        eval(session, "import jax\nimport jax.numpy as jnp\n0");
        assertThat(eval(session, "jax.nn.one_hot(jnp.array([2, 0]), 3, axis=0)").repr())
                .isEqualTo("Array([[0., 1.],\n       [0., 0.],\n       [1., 0.]], dtype=float32)");
        assertThat(eval(session, "jax.nn.one_hot(jnp.array([1]), 2, dtype=jnp.int32)").repr())
                .isEqualTo("Array([[0, 1]], dtype=int32)");
        assertThat(error(session, "jax.nn.one_hot(jnp.array([1]), 2, axis=2)").getMessage())
                .contains("axis 2 is out of bounds for array of dimension 2");
    }

    @Test
    void reluKeepsIntegersAndNaNAndIsImportableAsJaxDoes() {
        eval(session, "import jax\nimport jax.numpy as jnp\n0");
        assertThat(eval(session, "jax.nn.relu(jnp.arange(-2, 3))").repr())
                .isEqualTo("Array([0, 0, 0, 1, 2], dtype=int32)");
        assertThat(eval(session, "jax.nn.relu(jnp.array([jnp.nan, -1.]))").repr())
                .isEqualTo("Array([nan,  0.], dtype=float32)");
        assertThat(eval(session, "from jax import nn\nimport jax.nn\nfrom jax.nn import relu, softmax\n"
                + "relu is nn.relu and softmax is jax.nn.softmax").repr()).isEqualTo("True");
        // JAX 101's MLP: relu inside a jitted gradient step.
        assertThat(eval(session, """
                def loss(w, x):
                  return jnp.sum(jax.nn.relu(x @ w))
                jax.jit(jax.grad(loss))(jnp.array([[1., -1.], [0., 2.]]), jnp.array([[1., 1.]]))""").repr())
                .isEqualTo("Array([[1., 1.],\n       [1., 1.]], dtype=float32)");
    }

    @Test
    void whatThePlaygroundLacksFailsByName() {
        eval(session, "import jax\nimport jax.numpy as jnp\n0");
        assertThat(error(session, "jax.nn.gelu(1.0, approximate=False)").getMessage()).contains("erf");
        assertThat(error(session, "jax.nn.glu(jnp.ones(4))").getMessage())
                .contains("module 'jax.nn' has no attribute 'glu'");
    }
}
