package io.tastelab.playground.arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tastelab.array.NdArray;
import io.tastelab.playground.interp.CellResult;
import io.tastelab.playground.interp.IterableValue;
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
 * The NumPy functions of issue 17 against NumPy: {@code src/test/python/gen_numpy_api_fixtures.py} ran each case
 * under NumPy 2 and recorded the value (NumPy's repr too), the items of a returned tuple or list, or the type of
 * the exception (and np.testing's AssertionError message). {@code np} values must match exactly; {@code jnp} ones (NumPy with JAX's 32-bit dtypes) to
 * float32 rounding.
 */
class NumpyApiFixturesTest {

    @TestFactory
    Stream<DynamicTest> numpyFunctionsMatchNumpy() throws IOException {
        JsonNode root;
        try (InputStream in = getClass().getResourceAsStream("/playground/numpy_api_fixtures.json")) {
            root = new ObjectMapper().readTree(in);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : root.get("cases")) {
            String code = c.get("code").asText();
            String name = c.get("namespace").asText() + ": " + code.substring(code.indexOf('\n') + 1)
                    .replace('\n', ';');
            tests.add(DynamicTest.dynamicTest(name, () -> check(code, c.get("namespace").asText().equals("np"),
                    c.get("expected"))));
        }
        return tests.stream();
    }

    private static void check(String code, boolean exact, JsonNode expected) {
        CellResult result = new PlaygroundSession().runCell(code);
        if (expected.has("error")) {
            assertThat(result.error()).as(code).isPresent();
            assertThat(result.error().get().type()).as(code + "\n" + result.error().get().render())
                    .isEqualTo(expected.get("error").asText());
            if (expected.has("message")) {
                assertThat(result.error().get().pythonMessage()).as(code).isEqualTo(expected.get("message").asText());
            }
            return;
        }
        result.error().ifPresent(error -> {
            throw new AssertionError("cell raised:\n" + error.render() + "\ncode:\n" + code);
        });
        Value value = result.result().orElse(io.tastelab.playground.interp.NoneValue.INSTANCE); // None shows nothing
        if (expected.has("repr")) {
            assertThat(value.repr()).as(code).isEqualTo(expected.get("repr").asText());
        } else if (expected.has("array")) {
            int ulps = expected.path("ulps").asInt(0);
            checkArray(code, exact, ulps, value, expected.get("array"));
        } else {
            assertThat(value.typeName()).as(code).isEqualTo(expected.get("sequence").asText());
            List<Value> items = ((IterableValue) value).items();
            JsonNode expectedItems = expected.get("items");
            assertThat(items).as(code).hasSize(expectedItems.size());
            for (int i = 0; i < items.size(); i++) {
                checkArray(code + " [item " + i + "]", exact, 0, items.get(i), expectedItems.get(i));
            }
        }
    }

    /** How many values of {@code dtype} lie between a and b (float16 counted as float32 steps of 2^13). */
    private static long ulpsApart(io.tastelab.array.DType dtype, double a, double b) {
        return switch (dtype) {
            case FLOAT16 -> Math.abs(Float.floatToIntBits((float) a) - Float.floatToIntBits((float) b)) >> 13;
            case FLOAT32 -> Math.abs(Float.floatToIntBits((float) a) - Float.floatToIntBits((float) b));
            default -> Math.abs(Double.doubleToLongBits(a) - Double.doubleToLongBits(b));
        };
    }

    /**
     * {@code ulps} above 0: NumPy computed the case with Intel's SVML (log1p, expm1, log2, exp2 on AVX-512), which
     * the playground does not repeat: each element within that many ulps of its dtype, the repr not compared.
     */
    private static void checkArray(String code, boolean exact, int ulps, Value value, JsonNode expected) {
        assertThat(value).as(code).isInstanceOf(ArrayValue.class);
        NdArray actual = ((ArrayValue) value).array();
        assertThat(actual.dtype().numpyName()).as(code).isEqualTo(expected.get("dtype").asText());
        List<Integer> shape = new ArrayList<>();
        expected.get("shape").forEach(d -> shape.add(d.asInt()));
        assertThat(actual.shape()).as(code).containsExactly(shape.stream().mapToInt(Integer::intValue).toArray());
        List<Object> values = actual.flatValues();
        JsonNode data = expected.get("data");
        assertThat(values).as(code).hasSize(data.size());
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            JsonNode e = data.get(i);
            String where = code + " [" + i + "]";
            if (v instanceof Double d) {
                if (e.isTextual()) {
                    assertThat(Double.toString(d).toLowerCase().replace("infinity", "inf")).as(where)
                            .isEqualTo(e.asText());
                } else if (exact && ulps > 0) {
                    assertThat(ulpsApart(actual.dtype(), d, e.asDouble())).as(where + ": " + d + " vs " + e.asDouble())
                            .isLessThanOrEqualTo(ulps);
                } else if (exact) {
                    assertThat(d).as(where).isEqualTo(e.asDouble());
                } else {
                    assertThat(d).as(where).isCloseTo(e.asDouble(), within(1e-6 * Math.max(1, Math.abs(e.asDouble()))));
                }
            } else if (v instanceof Boolean b) {
                assertThat(b).as(where).isEqualTo(e.asBoolean());
            } else {
                assertThat(((Number) v).longValue()).as(where).isEqualTo(e.asLong());
            }
        }
        if (expected.has("repr") && ulps == 0) {
            assertThat(value.repr()).as(code).isEqualTo(expected.get("repr").asText());
        }
    }
}
