package io.tastelab.playground.arrays;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tastelab.playground.interp.StatementOutput;
import io.tastelab.playground.session.PlaygroundSession;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Complex arrays (complex64, complex128) print and compute as NumPy 2 does: creation, printing, scalars, parts,
 * casts, arithmetic with NumPy 2's promotion, the complex functions, reductions, indexing, matrix products, the
 * refusals, and jax.numpy's complex64 printed as JAX prints it. Each group of statements runs in one session and
 * every statement must print what {@code src/test/python/gen_complex_fixtures.py} recorded.
 */
class ComplexArraysTest {

    @TestFactory
    Stream<DynamicTest> complexArraysPrintAsNumpyDoes() throws IOException {
        JsonNode root;
        try (InputStream in = getClass().getResourceAsStream("/playground/complex_arrays.json")) {
            root = new ObjectMapper().readTree(in);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode group : root.get("groups")) {
            String name = group.get("name").asText();
            tests.add(DynamicTest.dynamicTest(name, () -> checkGroup(name, group.get("cases"))));
        }
        return tests.stream();
    }

    @Test
    void opsWithoutAComplexPathAreRefusedByNameNotComputedOnTheRealParts() {
        PlaygroundSession session = new PlaygroundSession();
        run(session, "import numpy as np\nimport jax\nimport jax.numpy as jnp\nc = np.array([3+1j, 1-2j])");
        assertThat(run(session, "np.convolve(c, c)")).startsWith("TypeError: this operation does not support complex128 "
                + "arrays in the playground yet");
        assertThat(run(session, "jax.jit(lambda x: x * 2)(jnp.array([1j]))"))
                .startsWith("NotImplementedError: jax.jit in the playground cannot trace complex64 arrays");
        assertThat(run(session, "c")).isEqualTo("array([3.+1.j, 1.-2.j])\n");
    }

    private static void checkGroup(String name, JsonNode cases) {
        PlaygroundSession session = new PlaygroundSession();
        run(session, "import numpy as np");
        List<String> differences = new ArrayList<>();
        for (JsonNode c : cases) {
            String code = c.get("code").asText();
            String expected = expected(c);
            String actual = run(session, code);
            if (!expected.equals(actual)) {
                differences.add(">>> " + code + "\nexpected:\n" + expected + "actual:\n" + actual);
            }
        }
        assertThat(differences).as(name + ": statements that differ from NumPy").isEmpty();
    }

    private static String expected(JsonNode c) {
        String out = c.get("stdout").asText();
        if (c.has("error")) {
            JsonNode error = c.get("error");
            String message = error.get("message").asText();
            return out + error.get("type").asText() + (message.isEmpty() ? "" : ": " + message) + "\n";
        }
        return out;
    }

    private static String run(PlaygroundSession session, String code) {
        StringBuilder out = new StringBuilder();
        session.runScript(code + "\n", (StatementOutput output, List<String> notes) -> {
            out.append(output.stdout());
            if (output.error() != null) {
                String message = output.error().pythonMessage();
                out.append(output.error().type()).append(message.isEmpty() ? "" : ": " + message).append('\n');
            } else if (output.value() != null) {
                out.append(output.value().repr()).append('\n');
            }
        });
        return out.toString();
    }
}
