package io.tastelab.playground.arrays;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tastelab.array.NdArray;
import io.tastelab.playground.session.PlaygroundSession;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code jax.random} typed into the playground gives the known answers of {@code jax_prng_vectors.json} (the
 * calls are run as written, in both PRNG modes): keys and integers exactly, uniform exactly, normal within one
 * float32 ulp.
 */
class PlaygroundRandomVectorsTest {

    @TestFactory
    Stream<DynamicTest> derivedValuesMatchJax() throws IOException {
        JsonNode root;
        try (InputStream in = getClass().getResourceAsStream("/vectors/jax_prng_vectors.json")) {
            root = new ObjectMapper().readTree(in);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : root.get("derived")) {
            String call = c.get("call").asText();
            if (!call.startsWith("jax.random") && !call.startsWith("key,") || call.contains("'uint64'")) {
                continue; // prose-only cases; uint64 bits need 64-bit types, which the playground's JAX has off
            }
            for (String mode : List.of("legacy", "partitionable")) {
                JsonNode expected = c.has("value_both_modes") ? c.get("value_both_modes") : c.get("value_" + mode);
                if (expected == null || expected.isNull()) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(mode + ": " + call, () -> check(call, mode, expected)));
            }
        }
        assertThat(tests).hasSizeGreaterThan(40);
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> prngKeysFromSeedsMatchJax() throws IOException {
        JsonNode root;
        try (InputStream in = getClass().getResourceAsStream("/vectors/jax_prng_vectors.json")) {
            root = new ObjectMapper().readTree(in);
        }
        PlaygroundSession session = new PlaygroundSession();
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : root.get("prngkey_seeds")) {
            String seed = c.get("seed").asText();
            JsonNode key = c.get("key_x32_default");
            tests.add(DynamicTest.dynamicTest("PRNGKey(" + seed + ")", () -> {
                NdArray shown = PlaygroundTesting.array(session, "import jax\njax.random.PRNGKey(" + seed + ")");
                assertThat(shown.dtype().numpyName()).isEqualTo("uint32");
                assertThat(shown.flatValues()).containsExactly(key.get(0).asLong(), key.get(1).asLong());
            }));
        }
        return tests.stream();
    }

    private static void check(String call, String mode, JsonNode expected) {
        PlaygroundSession session = new PlaygroundSession();
        String code = "import jax\nimport jax.numpy as jnp\n"
                + "jax.config.update(\"jax_threefry_partitionable\", " + (mode.equals("legacy") ? "False" : "True")
                + ")\n" + call.replace("; ", "\n");
        NdArray actual = PlaygroundTesting.array(session, code);
        JsonNode values = expected.has("values") ? expected.get("values") : expected;
        List<JsonNode> flat = new ArrayList<>();
        flatten(values, flat);
        List<Object> got = actual.flatValues();
        assertThat(got).hasSize(flat.size());
        for (int i = 0; i < got.size(); i++) {
            Object v = got.get(i);
            if (v instanceof Double d) {
                float f = d.floatValue();
                float e = (float) flat.get(i).asDouble();
                float tolerance = call.contains("normal") ? Math.ulp(e) : 0f;
                assertThat(Math.abs(f - e)).as(call + " [" + i + "]").isLessThanOrEqualTo(tolerance);
            } else {
                assertThat(((Number) v).longValue()).as(call + " [" + i + "]").isEqualTo(flat.get(i).asLong());
            }
        }
    }

    private static void flatten(JsonNode node, List<JsonNode> out) {
        if (node.isArray()) {
            node.forEach(child -> flatten(child, out));
        } else {
            out.add(node);
        }
    }
}
