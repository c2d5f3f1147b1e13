package io.tastelab.array;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every case of the shared NumPy conformance vectors, as one dynamic test each. */
class NumpyVectorConformanceTest {

    @TestFactory
    Stream<DynamicTest> everyIndexVectorMatchesNumpy() {
        return indexTests(VectorFiles.load("numpy_index_vectors.json").get("cases"));
    }

    /** Seeded random cases from {@code src/test/python/gen_random_vectors.py}, same format. */
    @TestFactory
    Stream<DynamicTest> randomIndexVectorsMatchNumpy() {
        return indexTests(VectorFiles.resource("vectors_random", "numpy_index_vectors.json").get("cases"));
    }

    @TestFactory
    Stream<DynamicTest> randomBroadcastVectorsMatchNumpyAndJax() {
        return broadcastTests(VectorFiles.resource("vectors_random", "numpy_broadcast_vectors.json").get("cases"));
    }

    /** {@code x[idx] = value} for seeded random indices; the whole of x is compared afterwards. */
    @TestFactory
    Stream<DynamicTest> randomAssignmentsMatchNumpy() {
        JsonNode cases = VectorFiles.resource("vectors_random", "numpy_setitem_vectors.json").get("cases");
        List<DynamicTest> tests = new ArrayList<>();
        int i = 0;
        for (JsonNode c : cases) {
            String name = "#" + (i++) + " " + c.get("dtype").asText()
                    + java.util.Arrays.toString(VectorSupport.ints(c.get("shape"))) + " " + c.get("expr").asText() + " = ...";
            tests.add(DynamicTest.dynamicTest(name, () -> {
                int[] shape = VectorSupport.ints(c.get("shape"));
                NdArray x = VectorSupport.arange(ArrayNamespace.NUMPY, shape, c.get("dtype").asText(), 0);
                JsonNode v = c.get("value");
                Object value;
                if (v.isNumber()) {
                    value = v.asLong();
                } else {
                    List<Object> data = new ArrayList<>();
                    v.get("data").forEach(d -> data.add(d.asLong()));
                    int[] vs = VectorSupport.ints(v.get("shape"));
                    value = data.isEmpty() ? ArrayNamespace.NUMPY.zeros(vs, DType.INT64)
                            : ArrayNamespace.NUMPY.array(data, DType.INT64).reshape(vs);
                }
                x.set(VectorSupport.index(c.get("index")), value);
                VectorSupport.assertMatches(x, c.get("shape"), c.get("dtype").asText(), c.get("result"),
                        c.get("expr").asText());
            }));
        }
        return tests.stream();
    }

    /** jnp's {@code x.at[idx].set/add/multiply/min/max(v)} against NumPy's ufunc.at for in-bounds indices. */
    @TestFactory
    Stream<DynamicTest> randomAtUpdatesMatchNumpyUfuncAt() {
        JsonNode cases = VectorFiles.resource("vectors_random", "jax_at_vectors.json").get("cases");
        List<DynamicTest> tests = new ArrayList<>();
        int i = 0;
        for (JsonNode c : cases) {
            String op = c.get("op").asText();
            String name = "#" + (i++) + " " + c.get("dtype").asText()
                    + java.util.Arrays.toString(VectorSupport.ints(c.get("shape"))) + " " + c.get("expr").asText()
                    .replaceFirst("^x\\[", "x.at[") + "." + op + "(...)";
            tests.add(DynamicTest.dynamicTest(name, () -> {
                int[] shape = VectorSupport.ints(c.get("shape"));
                NdArray x = VectorSupport.arange(ArrayNamespace.JAX, shape, c.get("dtype").asText(), 0);
                JsonNode v = c.get("value");
                Object value;
                if (v.isNumber()) {
                    value = v.asLong();
                } else {
                    List<Object> data = new ArrayList<>();
                    v.get("data").forEach(d -> data.add(d.asDouble()));
                    int[] vs = VectorSupport.ints(v.get("shape"));
                    DType dt = DType.parse(c.get("dtype").asText());
                    value = data.isEmpty() ? ArrayNamespace.JAX.zeros(vs, dt)
                            : ArrayNamespace.JAX.array(data, dt).reshape(vs);
                }
                AtIndexer at = x.at(VectorSupport.index(c.get("index")));
                NdArray r = switch (op) {
                    case "set" -> at.set(value);
                    case "add" -> at.add(value);
                    case "multiply" -> at.multiply(value);
                    case "min" -> at.min(value);
                    default -> at.max(value);
                };
                VectorSupport.assertMatches(r, c.get("shape"), c.get("dtype").asText(), c.get("result"), name);
            }));
        }
        return tests.stream();
    }

    private static Stream<DynamicTest> indexTests(JsonNode cases) {
        List<DynamicTest> tests = new ArrayList<>();
        int i = 0;
        for (JsonNode c : cases) {
            String name = "#" + (i++) + " " + c.get("dtype").asText() + VectorSupport.ints(c.get("shape")).length
                    + "d " + java.util.Arrays.toString(VectorSupport.ints(c.get("shape"))) + " " + c.get("expr").asText();
            tests.add(DynamicTest.dynamicTest(name, () -> checkIndexCase(c)));
        }
        return tests.stream();
    }

    private static void checkIndexCase(JsonNode c) {
        int[] shape = VectorSupport.ints(c.get("shape"));
        NdArray x = VectorSupport.arange(ArrayNamespace.NUMPY, shape, c.get("dtype").asText(), 0);
        String label = c.get("expr").asText();
        if (c.has("error")) {
            Throwable t = catchThrowable(() -> x.get(VectorSupport.index(c.get("index"))));
            assertThat(t).as(label).isInstanceOf(ArrayException.class);
            assertThat(((ArrayException) t).pythonName()).as(label + ": " + t.getMessage()).isEqualTo(c.get("error").asText());
            if (c.has("error_message")) {
                assertThat(t.getMessage()).as(label).isEqualTo(c.get("error_message").asText());
            }
            return;
        }
        NdArray r = x.get(VectorSupport.index(c.get("index")));
        VectorSupport.assertMatches(r, c.get("result_shape"), c.get("result_dtype").asText(), c.get("result"), label);
    }

    @TestFactory
    Stream<DynamicTest> everyBroadcastVectorMatchesNumpyAndJax() {
        return broadcastTests(VectorFiles.load("numpy_broadcast_vectors.json").get("cases"));
    }

    private static Stream<DynamicTest> broadcastTests(JsonNode cases) {
        List<DynamicTest> tests = new ArrayList<>();
        int i = 0;
        for (JsonNode c : cases) {
            String name = "#" + (i++) + " " + c.get("expr").asText() + " " + c.get("dtype_a").asText()
                    + java.util.Arrays.toString(VectorSupport.ints(c.get("shape_a"))) + " " + c.get("dtype_b").asText()
                    + java.util.Arrays.toString(VectorSupport.ints(c.get("shape_b")));
            tests.add(DynamicTest.dynamicTest(name, () -> checkBroadcastCase(c)));
        }
        return tests.stream();
    }

    static NdArray apply(ArrayNamespace ns, String op, NdArray a, NdArray b) {
        if (op.equals("matmul")) {
            return ns.matmul(a, b);
        }
        return ns.binary(BinaryOp.of(op), a, b);
    }

    private static void checkBroadcastCase(JsonNode c) {
        String op = c.get("op").asText();
        String label = c.get("expr").asText();
        for (ArrayNamespace ns : List.of(ArrayNamespace.NUMPY, ArrayNamespace.JAX)) {
            NdArray a = VectorSupport.arange(ns, VectorSupport.ints(c.get("shape_a")), c.get("dtype_a").asText(), 0);
            NdArray b = VectorSupport.arange(ns, VectorSupport.ints(c.get("shape_b")), c.get("dtype_b").asText(), 1);
            String l = label + " [" + ns.flavor() + "]";
            if (c.has("error")) {
                Throwable t = catchThrowable(() -> apply(ns, op, a, b));
                assertThat(t).as(l).isInstanceOf(ArrayException.class);
                assertThat(((ArrayException) t).pythonName()).as(l + ": " + t.getMessage()).isEqualTo(c.get("error").asText());
                if (ns == ArrayNamespace.NUMPY && c.has("error_message")) {
                    assertThat(t.getMessage()).as(l).isEqualTo(c.get("error_message").asText());
                }
                continue;
            }
            NdArray r = apply(ns, op, a, b);
            if (ns == ArrayNamespace.NUMPY) {
                VectorSupport.assertMatches(r, c.get("result_shape"), c.get("result_dtype").asText(), c.get("result"), l);
            } else {
                JsonNode values = c.has("jax_result_x32") ? c.get("jax_result_x32") : c.get("result");
                VectorSupport.assertMatches(r, c.get("result_shape"), c.get("jax_result_dtype_x32").asText(), values, l);
            }
        }
    }
}
