package io.tastelab.array;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads {@code array_fixtures.json} (made by {@code src/test/python/gen_array_fixtures.py}) and compares. */
final class NumpyFixtures {
    private static JsonNode root;

    private NumpyFixtures() {
    }

    static synchronized JsonNode root() {
        if (root == null) {
            try (InputStream in = NumpyFixtures.class.getResourceAsStream("/array_fixtures.json")) {
                root = new ObjectMapper().readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return root;
    }

    static Object value(JsonNode v) {
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isTextual()) {
            return switch (v.asText()) {
                case "nan" -> Double.NaN;
                case "inf" -> Double.POSITIVE_INFINITY;
                default -> Double.NEGATIVE_INFINITY;
            };
        }
        if (v.isBigInteger()) {
            return v.bigIntegerValue();
        }
        if (v.isIntegralNumber()) {
            return v.asLong();
        }
        return v.asDouble();
    }

    /** Builds the array described by {@code {values, shape, dtype}} in a namespace. */
    static NdArray array(ArrayNamespace ns, JsonNode spec) {
        DType dtype = DType.parse(spec.get("dtype").asText());
        int[] shape = VectorSupport.ints(spec.get("shape"));
        List<Object> values = new ArrayList<>();
        for (JsonNode v : spec.get("values")) {
            values.add(value(v));
        }
        if (values.isEmpty()) {
            return ns.zeros(shape, dtype);
        }
        return ns.array(values, dtype).reshape(shape);
    }

    /** Python-level argument: arrays, lists of arrays, or plain JSON values. */
    static Object argument(JsonNode arg) {
        if (arg.has("array")) {
            return array(ArrayNamespace.NUMPY, arg.get("array"));
        }
        if (arg.has("arrays")) {
            List<Object> out = new ArrayList<>();
            for (JsonNode a : arg.get("arrays")) {
                out.add(array(ArrayNamespace.NUMPY, a));
            }
            return out;
        }
        return plain(arg.get("value"));
    }

    static Object plain(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isArray()) {
            List<Object> out = new ArrayList<>();
            for (JsonNode x : v) {
                out.add(plain(x));
            }
            return out;
        }
        return value(v);
    }

    private static final Set<String> TYPE_ERRORS = Set.of("UFuncTypeError", "_UFuncNoLoopError", "_UFuncInputCastingError",
            "_UFuncOutputCastingError", "TypeError");

    /** Compares a computation with NumPy's recorded result or error. */
    static void check(JsonNode expected, java.util.function.Supplier<NdArray> computation, String label) {
        if (expected.has("error")) {
            String want = expected.get("error").asText();
            Throwable t = org.assertj.core.api.Assertions.catchThrowable(computation::get);
            assertThat(t).as(label + " should raise " + want + " (" + expected.get("message").asText() + ")")
                    .isInstanceOf(ArrayException.class);
            String got = ((ArrayException) t).pythonName();
            if (TYPE_ERRORS.contains(want)) {
                assertThat(got).as(label + ": " + t.getMessage()).isEqualTo("TypeError");
            } else {
                assertThat(got).as(label + ": " + t.getMessage()).isEqualTo(want);
            }
            return;
        }
        NdArray r = computation.get();
        assertClose(r, expected, label);
    }

    static void assertClose(NdArray r, JsonNode expected, String label) {
        assertThat(r.shape()).as(label + " shape").containsExactly(VectorSupport.ints(expected.get("shape")));
        String dtype = expected.get("dtype").asText();
        assertThat(r.dtype().numpyName()).as(label + " dtype").isEqualTo(dtype);
        List<Object> got = r.flatValues();
        JsonNode values = expected.get("values");
        assertThat(got).as(label + " size").hasSize(values.size());
        double rel = switch (dtype) {
            case "float16" -> 1e-3;
            case "float32" -> 3e-7;
            default -> 1e-14;
        };
        for (int i = 0; i < values.size(); i++) {
            Object want = value(values.get(i));
            Object g = got.get(i);
            String at = label + " [" + i + "] of " + got;
            if (want instanceof Double d) {
                double gd = ((Number) g).doubleValue();
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    assertThat(gd).as(at).isEqualTo(d);
                } else {
                    assertThat(gd).as(at).isCloseTo(d, within(Math.abs(d) * rel + 1e-300));
                }
            } else if (want instanceof Boolean) {
                assertThat(g).as(at).isEqualTo(want);
            } else {
                assertThat(g.toString()).as(at).isEqualTo(want.toString());
            }
        }
    }
}
