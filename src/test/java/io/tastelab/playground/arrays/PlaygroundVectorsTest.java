package io.tastelab.playground.arrays;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tastelab.array.NdArray;
import io.tastelab.playground.interp.CellResult;
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
 * The NumPy index and broadcast vectors typed into the playground (not the array API): the binding from
 * Python values to the array layer keeps every case's shape, dtype, values, or error type. The broadcast cases
 * also run under {@code jnp} and must give JAX's x32 result dtype.
 */
class PlaygroundVectorsTest {

    private static JsonNode load(String name) throws IOException {
        try (InputStream in = PlaygroundVectorsTest.class.getResourceAsStream("/vectors/" + name)) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static String shapeText(JsonNode shape) {
        List<String> dims = new ArrayList<>();
        shape.forEach(d -> dims.add(d.asText()));
        return "(" + String.join(", ", dims) + (dims.size() == 1 ? ",)" : ")");
    }

    private static long size(JsonNode shape) {
        long n = 1;
        for (JsonNode d : shape) {
            n *= d.asLong();
        }
        return n;
    }

    @TestFactory
    Stream<DynamicTest> indexVectorsThroughThePlayground() throws IOException {
        PlaygroundSession session = new PlaygroundSession();
        session.runCell("import numpy as np");
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : load("numpy_index_vectors.json").get("cases")) {
            String setup = "x = np.arange(" + size(c.get("shape")) + ").astype('" + c.get("dtype").asText()
                    + "').reshape(" + shapeText(c.get("shape")) + ")";
            String expr = c.get("expr").asText();
            tests.add(DynamicTest.dynamicTest(c.get("dtype").asText() + " " + shapeText(c.get("shape")) + " " + expr,
                    () -> check(session, setup + "\n" + expr, c, "result_dtype")));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> broadcastVectorsThroughThePlayground() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        PlaygroundSession session = new PlaygroundSession();
        session.runCell("import numpy as np\nimport jax.numpy as jnp");
        for (JsonNode c : load("numpy_broadcast_vectors.json").get("cases")) {
            for (String ns : List.of("np", "jnp")) {
                String setup = "a = (" + ns + ".arange(" + size(c.get("shape_a")) + ") + 0).astype('"
                        + c.get("dtype_a").asText() + "').reshape(" + shapeText(c.get("shape_a")) + ")\n"
                        + "b = (" + ns + ".arange(" + size(c.get("shape_b")) + ") + 1).astype('"
                        + c.get("dtype_b").asText() + "').reshape(" + shapeText(c.get("shape_b")) + ")";
                String expr = c.get("expr").asText().replace("np.", ns + ".");
                if (ns.equals("jnp") && c.has("error")) {
                    continue; // JAX's error types differ from NumPy's for some of these (TypeError vs ValueError)
                }
                tests.add(DynamicTest.dynamicTest(ns + ": " + expr + " " + c.get("dtype_a").asText()
                        + shapeText(c.get("shape_a")) + " " + c.get("dtype_b").asText() + shapeText(c.get("shape_b")),
                        () -> check(session, setup + "\n" + expr, c,
                                ns.equals("np") ? "result_dtype" : "jax_result_dtype_x32")));
            }
        }
        return tests.stream();
    }

    private static void check(PlaygroundSession session, String code, JsonNode c, String dtypeField) {
        CellResult result = session.runCell(code);
        if (c.has("error")) {
            assertThat(result.error()).as(code).isPresent();
            assertThat(result.error().get().type()).as(code).isEqualTo(c.get("error").asText());
            return;
        }
        assertThat(result.error()).as(() -> result.error().get().render()).isEmpty();
        Value value = result.result().orElseThrow();
        assertThat(value).isInstanceOf(ArrayValue.class);
        NdArray actual = ((ArrayValue) value).array();
        assertThat(actual.dtype().numpyName()).as(code).isEqualTo(c.get(dtypeField).asText());
        assertThat(shapeText(new ObjectMapper().valueToTree(actual.shape()))).as(code)
                .isEqualTo(shapeText(c.get("result_shape")));
        if (!dtypeField.equals("result_dtype")) {
            return; // values are NumPy's; JAX's x32 dtypes can round or wrap them differently
        }
        List<Object> values = actual.flatValues();
        JsonNode expected = c.get("result");
        assertThat(values).as(code).hasSize(expected.size());
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            JsonNode e = expected.get(i);
            if (v instanceof Double d) {
                if (e.isTextual()) {
                    assertThat(Double.isNaN(d) ? "nan" : d > 0 ? "inf" : "-inf").isEqualTo(e.asText());
                } else {
                    assertThat(d).as(code + " [" + i + "]").isEqualTo(e.asDouble());
                }
            } else if (v instanceof Boolean b) {
                assertThat(b).as(code).isEqualTo(e.asBoolean());
            } else {
                assertThat(((Number) v).longValue()).as(code + " [" + i + "]").isEqualTo(e.asLong());
            }
        }
    }
}
