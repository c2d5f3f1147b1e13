package io.tastelab.engine.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * Every case of {@code jax_prng_vectors.json}, one named test each: threefry2x32 known answers, PRNGKey seeds,
 * the derived calls in both modes, and JAX's own distribution values (legacy mode).
 *
 * <p>The file comes from the directory in system property {@code tastelab.vectors.dir} (to run a larger set by
 * hand), else the committed copy in {@code src/test/resources/vectors/}; tests never read {@code ../shared}. Keys, bits and ints must match exactly, uniform bit for bit, normal
 * within 1 ulp of float32.
 */
class JaxVectorsTest {

    private static final String FILE_NAME = "jax_prng_vectors.json";
    /** JAX's RandomValuesCase prints 6 decimals. */
    private static final double PRINTED_PRECISION = 1e-6;

    private static final Vectors VECTORS = load();

    private record Vectors(JsonNode root, String source) {
    }

    @TestFactory
    Stream<DynamicNode> threefry2x32KnownAnswers() {
        return section("threefry2x32_kat", testCase -> {
            long[] key = hexPair(testCase.get("key"));
            long[] counter = hexPair(testCase.get("counter"));
            long[] expected = hexPair(testCase.get("expected"));
            String name = "key " + testCase.get("key") + " counter " + testCase.get("counter");
            return Stream.of(named(name, () -> {
                int[] out = Threefry2x32.hash((int) key[0], (int) key[1], (int) counter[0], (int) counter[1]);
                assertThat(new long[] {Integer.toUnsignedLong(out[0]), Integer.toUnsignedLong(out[1])})
                        .containsExactly(expected);
            }));
        });
    }

    @TestFactory
    Stream<DynamicNode> prngKeySeeds() {
        return section("prngkey_seeds", testCase -> {
            long seed = testCase.get("seed").longValue();
            List<DynamicNode> tests = new ArrayList<>();
            if (testCase.has("key_x32_default")) {
                tests.add(named("PRNGKey(" + seed + ") x32", () -> assertThat(PrngKey.fromSeed(seed).words())
                        .containsExactly(longs(testCase.get("key_x32_default")))));
            }
            if (testCase.has("key_x64")) {
                tests.add(named("PRNGKey(" + seed + ") x64", () -> assertThat(PrngKey.fromSeedX64(seed).words())
                        .containsExactly(longs(testCase.get("key_x64")))));
            }
            return tests.stream();
        });
    }

    @TestFactory
    Stream<DynamicNode> derivedCalls() {
        return section("derived", testCase -> {
            String name = testCase.get("name").asText();
            List<DynamicNode> tests = new ArrayList<>();
            for (PrngMode mode : PrngMode.values()) {
                JsonNode expected = testCase.has("value_both_modes")
                        ? testCase.get("value_both_modes")
                        : testCase.get("value_" + mode.name().toLowerCase(Locale.ROOT));
                if (expected != null) {
                    tests.add(named(name + " [" + mode.name().toLowerCase(Locale.ROOT) + "]",
                            () -> assertMatches(evaluate(mode, testCase), expected)));
                }
            }
            return tests.stream();
        });
    }

    @TestFactory
    Stream<DynamicNode> randomValuesCasesLegacy() {
        return section("random_test_values_cases_legacy", testCase -> {
            String name = testCase.get("name").asText();
            long seed = testCase.get("seed").longValue();
            int[] shape = ints(testCase.get("shape"));
            PrngKey key = PrngKey.fromSeed(seed);
            PrngMode mode = PrngMode.LEGACY;
            Supplier<Object> actual = () -> switch (name) {
                case "uniform" -> new JaxCallEvaluator.Floats(JaxRandom.uniform(mode, key, shape), shape, false);
                case "normal" -> new JaxCallEvaluator.Floats(JaxRandom.normal(mode, key, shape), shape, true);
                // tests/random_test.py draws randint with {"minval": 0, "maxval": 10}.
                case "randint" -> new JaxCallEvaluator.Ints(
                        toLongs(JaxRandom.randint(mode, key, shape, 0, 10)), shape, false);
                case "bits" -> new JaxCallEvaluator.Ints(JaxRandom.bitsOfWidth(mode, key, 32, shape), shape, true);
                default -> throw new UnsupportedOperationException("no sampler for distribution '" + name + "'");
            };
            String label = name + " seed " + seed + " shape " + testCase.get("shape");
            List<DynamicNode> tests = new ArrayList<>();
            if (testCase.has("reimplementation")) {
                tests.add(named(label + " = reimplementation", () -> assertMatches(actual.get(),
                        testCase.get("reimplementation"))));
            }
            if (testCase.has("expected_in_test")) {
                tests.add(named(label + " ≈ JAX's test", () -> assertCloseToPrinted(actual.get(),
                        testCase.get("expected_in_test"))));
            }
            return tests.stream();
        });
    }

    // ------------------------------------------------------------ evaluation and comparison

    private static Object evaluate(PrngMode mode, JsonNode testCase) {
        String call = testCase.path("call").asText("");
        try {
            return new JaxCallEvaluator(mode).evaluate(call);
        } catch (IllegalArgumentException notACall) {
            // Some cases describe the call in prose; their names are then the expression, maybe with a suffix.
            String name = testCase.get("name").asText();
            return new JaxCallEvaluator(mode).evaluate(name.substring(0, name.lastIndexOf(')') + 1));
        }
    }

    private static void assertMatches(Object actual, JsonNode expected) {
        switch (actual) {
            case PrngKey key -> assertThat(key.words()).containsExactly(longs(expected));
            case PrngKey[] keys -> {
                // Compared as flat word lists, so split(key, (2, 3))'s nested layout compares too.
                List<BigInteger> words = new ArrayList<>();
                for (PrngKey key : keys) {
                    words.add(BigInteger.valueOf(key.words()[0]));
                    words.add(BigInteger.valueOf(key.words()[1]));
                }
                List<BigInteger> expectedWords = new ArrayList<>();
                flatten(expected, expectedWords, new ArrayList<>(), 0);
                assertThat(words).isEqualTo(expectedWords);
            }
            case JaxCallEvaluator.Ints ints -> {
                List<BigInteger> flat = new ArrayList<>();
                List<Integer> shape = new ArrayList<>();
                flatten(expected, flat, shape, 0);
                assertThat(ints.shape()).as("shape").containsExactly(toInts(shape));
                List<BigInteger> actualValues = new ArrayList<>();
                for (long v : ints.values()) {
                    actualValues.add(ints.unsigned() ? new BigInteger(Long.toUnsignedString(v)) : BigInteger.valueOf(v));
                }
                assertThat(actualValues).isEqualTo(flat);
            }
            case JaxCallEvaluator.Floats floats -> assertFloatsMatch(floats, expected);
            default -> throw new AssertionError("unexpected result " + actual);
        }
    }

    private static void assertFloatsMatch(JaxCallEvaluator.Floats floats, JsonNode expected) {
        float[] expectedValues;
        if (expected.isObject()) {
            assertThat(floats.shape()).as("shape").containsExactly(ints(expected.get("shape")));
            JsonNode hex = expected.get("f32_bits_hex");
            JsonNode values = expected.get("values");
            expectedValues = new float[values.size()];
            for (int i = 0; i < expectedValues.length; i++) {
                expectedValues[i] = (float) values.get(i).doubleValue();
                if (hex != null) {
                    float fromBits = Float.intBitsToFloat((int) Long.parseLong(hex.get(i).asText().substring(2), 16));
                    assertThat(fromBits).as("the vector's own bits and value for element " + i)
                            .isEqualTo(expectedValues[i]);
                }
            }
        } else {
            List<Integer> shape = new ArrayList<>();
            List<Double> flat = new ArrayList<>();
            flattenDoubles(expected, flat, shape, 0);
            assertThat(floats.shape()).as("shape").containsExactly(toInts(shape));
            expectedValues = new float[flat.size()];
            for (int i = 0; i < expectedValues.length; i++) {
                expectedValues[i] = (float) (double) flat.get(i);
            }
        }
        assertThat(floats.values()).hasSameSizeAs(expectedValues);
        for (int i = 0; i < expectedValues.length; i++) {
            float actual = floats.values()[i];
            float want = expectedValues[i];
            if (floats.approximate()) {
                assertThat(ulpDistance(actual, want)).as("ulps between %s and expected %s at element %d",
                        actual, want, i).isLessThanOrEqualTo(1);
            } else {
                assertThat(Float.floatToIntBits(actual)).as("bits of %s vs expected %s at element %d", actual, want, i)
                        .isEqualTo(Float.floatToIntBits(want));
            }
        }
    }

    private static void assertCloseToPrinted(Object actual, JsonNode printed) {
        switch (actual) {
            case JaxCallEvaluator.Floats floats -> {
                assertThat(floats.values()).hasSize(printed.size());
                for (int i = 0; i < printed.size(); i++) {
                    assertThat((double) floats.values()[i]).as("element %d", i)
                            .isCloseTo(printed.get(i).doubleValue(), offset(PRINTED_PRECISION));
                }
            }
            default -> assertMatches(actual, printed);
        }
    }

    /** Distance in representable float32 values (0 when equal, 1 for neighbours). */
    static long ulpDistance(float a, float b) {
        return Math.abs(ordered(a) - ordered(b));
    }

    private static long ordered(float f) {
        int bits = Float.floatToIntBits(f);
        return bits >= 0 ? bits : (long) Integer.MIN_VALUE - bits;
    }

    private static void flatten(JsonNode node, List<BigInteger> out, List<Integer> shape, int depth) {
        if (node.isArray()) {
            if (shape.size() == depth) {
                shape.add(node.size());
            }
            node.forEach(child -> flatten(child, out, shape, depth + 1));
        } else {
            out.add(node.bigIntegerValue());
        }
    }

    private static void flattenDoubles(JsonNode node, List<Double> out, List<Integer> shape, int depth) {
        if (node.isArray()) {
            if (shape.size() == depth) {
                shape.add(node.size());
            }
            node.forEach(child -> flattenDoubles(child, out, shape, depth + 1));
        } else {
            out.add(node.doubleValue());
        }
    }

    /**
     * A dynamic test whose failure message starts with the case's name, since Surefire's report files list
     * dynamic tests only by index.
     */
    private static DynamicNode named(String name, Executable body) {
        return DynamicTest.dynamicTest(name, () -> {
            try {
                body.execute();
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(name + ": " + e.getMessage(), e);
            }
        });
    }

    // ------------------------------------------------------------ loading

    private static Stream<DynamicNode> section(String name, Function<JsonNode, Stream<DynamicNode>> cases) {
        JsonNode section = VECTORS.root().get(name);
        List<DynamicNode> nodes = new ArrayList<>();
        if (section == null || section.isEmpty()) {
            nodes.add(named(name + " present in " + VECTORS.source(), () -> {
                throw new AssertionError("section '" + name + "' is missing or empty in " + VECTORS.source());
            }));
        } else {
            section.forEach(testCase -> nodes.addAll(cases.apply(testCase).toList()));
        }
        return Stream.of(dynamicContainer(name + " (" + VECTORS.source() + ")", nodes.stream()));
    }

    private static Vectors load() {
        ObjectMapper mapper = new ObjectMapper();
        try {
            String dir = System.getProperty("tastelab.vectors.dir");
            if (dir != null && !dir.isBlank()) {
                Path file = Path.of(dir, FILE_NAME);
                return new Vectors(mapper.readTree(file.toFile()), file.toString());
            }
            try (InputStream in = JaxVectorsTest.class.getResourceAsStream("/vectors/" + FILE_NAME)) {
                if (in == null) {
                    throw new IllegalStateException("no " + FILE_NAME + " on the test classpath");
                }
                return new Vectors(mapper.readTree(in), "src/test/resources/vectors/" + FILE_NAME);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the PRNG vectors", e);
        }
    }

    private static long[] hexPair(JsonNode pair) {
        return new long[] {Long.parseLong(pair.get(0).asText().substring(2), 16),
            Long.parseLong(pair.get(1).asText().substring(2), 16)};
    }

    private static long[] longs(JsonNode array) {
        long[] out = new long[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).longValue();
        }
        return out;
    }

    private static int[] ints(JsonNode array) {
        int[] out = new int[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).intValue();
        }
        return out;
    }

    private static int[] toInts(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    private static long[] toLongs(int[] values) {
        long[] out = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
