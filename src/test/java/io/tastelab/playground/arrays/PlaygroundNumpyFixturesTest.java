package io.tastelab.playground.arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tastelab.array.NdArray;
import io.tastelab.playground.interp.Value;
import io.tastelab.playground.session.PlaygroundSession;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Playground code checked against NumPy: {@code src/test/python/gen_playground_fixtures.py} computed the
 * expected results (for {@code jnp}, NumPy with JAX's x32 dtypes and {@code .at[]} rules emulated).
 */
class PlaygroundNumpyFixturesTest {

    @TestFactory
    Stream<DynamicTest> playgroundMatchesNumpy() throws IOException {
        JsonNode root;
        try (InputStream in = getClass().getResourceAsStream("/playground/playground_fixtures.json")) {
            root = new ObjectMapper().readTree(in);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : root.get("cases")) {
            String code = c.get("code").asText();
            String name = code.substring(code.indexOf('\n') + 1).replace('\n', ';');
            tests.add(DynamicTest.dynamicTest(name, () -> check(code, c)));
        }
        return tests.stream();
    }

    private static void check(String code, JsonNode c) {
        Value value = PlaygroundTesting.eval(new PlaygroundSession(), code);
        if (c.has("repr")) {
            assertThat(value.repr()).isEqualTo(c.get("repr").asText());
            return;
        }
        JsonNode expected = c.get("expected");
        assertThat(value).as(code).isInstanceOf(ArrayValue.class);
        NdArray actual = ((ArrayValue) value).array();
        assertThat(actual.dtype().numpyName()).as(code).isEqualTo(expected.get("dtype").asText());
        List<Integer> shape = new ArrayList<>();
        expected.get("shape").forEach(d -> shape.add(d.asInt()));
        assertThat(actual.shape()).as(code).containsExactly(shape.stream().mapToInt(Integer::intValue).toArray());
        List<Object> values = actual.flatValues();
        JsonNode data = expected.get("data");
        assertThat(values).hasSize(data.size());
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            JsonNode e = data.get(i);
            if (v instanceof Double d) {
                if (e.isTextual()) {
                    assertThat(Double.toString(d).toLowerCase().replace("infinity", "inf")).isEqualTo(e.asText());
                } else {
                    double tolerance = actual.dtype().numpyName().equals("float32") ? 3e-7 : 1e-15;
                    assertThat(d).as(code + " [" + i + "]").isCloseTo(e.asDouble(),
                            within(tolerance * Math.max(1, Math.abs(e.asDouble()))));
                }
            } else if (v instanceof Boolean b) {
                assertThat(b).as(code).isEqualTo(e.asBoolean());
            } else {
                assertThat(((Number) v).longValue()).as(code + " [" + i + "]").isEqualTo(e.asLong());
            }
        }
    }
}
