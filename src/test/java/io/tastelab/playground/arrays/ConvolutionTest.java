package io.tastelab.playground.arrays;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tastelab.playground.interp.CellResult;
import io.tastelab.playground.interp.NotebookDisplay;
import io.tastelab.playground.session.PlaygroundSession;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code np.convolve}/{@code np.correlate} and their jax.numpy forms against NumPy
 * ({@code src/test/python/gen_convolve_fixtures.py}): every mode, operand order (a shorter first operand), integer
 * wrap-around, bools, NumPy's errors; jax.numpy's results are float32, as JAX promotes to inexact; and
 * {@code lax.conv_general_dilated} (1-D and 2-D, strides, padding) against NumPy's correlation of the padded input.
 */
class ConvolutionTest {

    private final PlaygroundSession session = new PlaygroundSession();

    private String shown(String statement) {
        CellResult result = session.runCell(statement);
        return result.error().map(e -> e.type() + ": " + e.pythonMessage().lines().findFirst().orElse(""))
                .orElseGet(() -> result.result().map(NotebookDisplay::format).orElse(""));
    }

    /** Null when {@code statement}'s result has NumPy's {@code dtype} and values (to {@code tolerance}), else why. */
    private String valuesMismatch(String statement, JsonNode values, String dtype, double tolerance) {
        if (session.runCell("_r = " + statement).error().isPresent()) {
            return "raised " + shown(statement);
        }
        CellResult result = session.runCell("print(str(_r.dtype))\nprint(repr([float(x) for x in _r.tolist()]))");
        String[] lines = result.stdout().strip().split("\n");
        if (!lines[0].equals(dtype)) {
            return "dtype " + lines[0] + ", expected " + dtype;
        }
        String list = lines[1].substring(1, lines[1].length() - 1);
        String[] items = list.isEmpty() ? new String[0] : list.split(", ");
        if (items.length != values.size()) {
            return "length " + items.length + ", expected " + values.size();
        }
        for (int i = 0; i < items.length; i++) {
            double actual = Double.parseDouble(items[i]);
            double expected = values.get(i).asDouble();
            if (Math.abs(actual - expected) > tolerance * Math.max(1, Math.abs(expected))) {
                return "element " + i + ": " + actual + ", expected " + expected;
            }
        }
        return null;
    }

    @Test
    void everyCaseMatchesNumpy() throws IOException {
        JsonNode root;
        try (InputStream in = getClass().getResourceAsStream("/playground/convolve_cases.json")) {
            root = new ObjectMapper().readTree(in);
        }
        session.runCell("import numpy as np\nimport jax.numpy as jnp\nfrom jax import lax");
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (JsonNode c : root.get("cases")) {
            String statement = c.get("statement").asText();
            if (c.has("values")) {
                String dtype = c.get("dtype").asText();
                String why = valuesMismatch(statement, c.get("values"), dtype, dtype.equals("float32") ? 1e-6 : 1e-12);
                if (why != null) {
                    mismatches.add(statement + ": " + why);
                }
                if (c.has("shape")) { // the values come flattened; the layout's shape is checked on its own
                    String shape = shown(statement.replace(".reshape(-1)", ".shape"));
                    String expected = c.get("shape").toString().replace("[", "(").replace("]", ")")
                            .replace(",", ", ");
                    if (!shape.equals(expected)) {
                        mismatches.add(statement + ": shape " + shape + ", expected " + expected);
                    }
                }
            } else {
                String actual = shown(statement);
                if (!actual.equals(c.get("expected").asText())) {
                    mismatches.add(statement + "\n  expected " + c.get("expected").asText() + "\n  actual   " + actual);
                }
            }
            checked++;
            if (c.has("jax_statement")) {
                String jax = c.get("jax_statement").asText();
                String why = valuesMismatch(jax, c.get("jax_values"), "float32", 1e-6);
                if (why != null) {
                    mismatches.add(jax + ": " + why);
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(100);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void jaxNumpyRefusesWhatJaxRefuses() {
        session.runCell("import jax.numpy as jnp");
        assertThat(shown("jnp.convolve(jnp.ones((2, 2)), jnp.ones(2))"))
                .isEqualTo("ValueError: convolve() only support 1-dimensional inputs.");
        assertThat(shown("jnp.convolve(jnp.ones(0), jnp.ones(2))"))
                .isEqualTo("ValueError: convolve: inputs cannot be empty, got shapes (0,) and (2,).");
        assertThat(shown("jnp.convolve(jnp.ones(3), jnp.ones(2), mode='middle')"))
                .isEqualTo("ValueError: mode must be one of ['full', 'same', 'valid']");
    }
}
