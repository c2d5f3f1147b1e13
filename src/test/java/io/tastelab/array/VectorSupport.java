package io.tastelab.array;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Builds vector operands and compares results against NumPy's recorded output. */
final class VectorSupport {
    private VectorSupport() {
    }

    static int[] ints(JsonNode arr) {
        int[] out = new int[arr.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = arr.get(i).asInt();
        }
        return out;
    }

    /** {@code (np.arange(prod(shape)) + start).astype(dtype).reshape(shape)}. */
    static NdArray arange(ArrayNamespace ns, int[] shape, String dtype, long start) {
        long n = Shape.size(shape);
        NdArray base = ArrayNamespace.NUMPY.arange(start, start + n, 1L, DType.INT64);
        return ns.array(base.astype(DType.parse(dtype)), null).reshape(shape);
    }

    static void assertMatches(NdArray actual, JsonNode shape, String dtype, JsonNode values, String label) {
        assertThat(actual.shape()).as(label + " shape").containsExactly(ints(shape));
        assertThat(actual.dtype().numpyName()).as(label + " dtype").isEqualTo(dtype);
        List<Object> got = actual.flatValues();
        assertThat(got).as(label + " size").hasSize(values.size());
        for (int i = 0; i < values.size(); i++) {
            JsonNode e = values.get(i);
            Object g = got.get(i);
            if (e.isBoolean()) {
                assertThat(g).as(label + " [" + i + "]").isEqualTo(e.asBoolean());
            } else if (e.isTextual()) {
                double d = switch (e.asText()) {
                    case "nan" -> Double.NaN;
                    case "inf" -> Double.POSITIVE_INFINITY;
                    default -> Double.NEGATIVE_INFINITY;
                };
                assertThat(((Number) g).doubleValue()).as(label + " [" + i + "]").isEqualTo(d);
            } else if (e.isIntegralNumber() && !(g instanceof Double)) {
                assertThat(((Number) g).longValue()).as(label + " [" + i + "]").isEqualTo(e.asLong());
            } else {
                assertThat(((Number) g).doubleValue()).as(label + " [" + i + "]").isEqualTo(e.asDouble());
            }
        }
    }

    static List<Index> index(JsonNode items) {
        List<Index> out = new ArrayList<>();
        for (JsonNode it : items) {
            out.add(indexItem(it));
        }
        return out;
    }

    static Index indexItem(JsonNode it) {
        String kind = it.get("kind").asText();
        return switch (kind) {
            case "slice" -> new Index.Slice(optLong(it.get("start")), optLong(it.get("stop")), optLong(it.get("step")));
            case "int" -> Index.of(it.get("value").asLong());
            case "newaxis" -> Index.of(null);
            case "ellipsis" -> Index.Ellipsis.INSTANCE;
            case "bool_scalar" -> Index.of(it.get("value").asBoolean());
            case "float_scalar" -> Index.of(it.get("value").asDouble());
            case "int_array", "bool_array", "float_array" -> {
                List<Object> data = new ArrayList<>();
                for (JsonNode d : it.get("data")) {
                    data.add(kind.equals("bool_array") ? (Object) d.asBoolean()
                            : kind.equals("float_array") ? (Object) d.asDouble() : (Object) d.asLong());
                }
                int[] shape = ints(it.get("shape"));
                if (it.path("as_list").asBoolean(false)) {
                    yield Index.of(nest(data, shape));
                }
                DType dt = kind.equals("bool_array") ? DType.BOOL : kind.equals("float_array") ? DType.FLOAT64 : DType.INT64;
                NdArray flat = ArrayNamespace.NUMPY.array(data.isEmpty() ? List.of() : data, dt);
                if (data.isEmpty()) {
                    flat = ArrayNamespace.NUMPY.zeros(new int[] {0}, dt);
                }
                yield Index.of(flat.reshape(shape));
            }
            default -> throw new IllegalArgumentException("unknown index kind " + kind);
        };
    }

    private static Object nest(List<Object> flat, int[] shape) {
        if (shape.length <= 1) {
            return flat;
        }
        int inner = flat.size() / shape[0];
        List<Object> out = new ArrayList<>();
        int[] rest = java.util.Arrays.copyOfRange(shape, 1, shape.length);
        for (int i = 0; i < shape[0]; i++) {
            out.add(nest(flat.subList(i * inner, (i + 1) * inner), rest));
        }
        return out;
    }

    private static Long optLong(JsonNode n) {
        return n == null || n.isNull() ? null : n.asLong();
    }
}
