package io.tastelab.playground.interp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * NotebookDisplay against IPython's pretty printer: src/test/python/gen_notebook_display.py recorded what
 * IPython.lib.pretty shows for JAX's pytree example and for random nested lists, tuples and dicts whose repr runs
 * past a line.
 */
class NotebookDisplayTest {

    @Test
    void longContainersWrapAsIPythonWrapsThem() throws IOException {
        JsonNode cases;
        try (InputStream in = getClass().getResourceAsStream("/playground/notebook_display.json")) {
            cases = new ObjectMapper().readTree(in);
        }
        for (JsonNode c : cases) {
            String code = c.get("code").asText();
            Value value = new Interpreter(ModuleProvider.none()).runCell(code).result()
                    .orElseThrow(() -> new AssertionError("no value: " + code));
            assertThat(NotebookDisplay.format(value)).as(code).isEqualTo(c.get("expected").asText());
        }
    }

    @Test
    void aShortValueIsItsRepr() {
        Value value = new Interpreter(ModuleProvider.none()).runCell("[1, (2,), {'a': None}]").result().orElseThrow();
        assertThat(NotebookDisplay.format(value)).isEqualTo(value.repr());
    }
}
