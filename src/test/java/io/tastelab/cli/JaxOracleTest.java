package io.tastelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * jax.numpy in the playground against real JAX: two programs ({@code src/test/resources/playground/jax_cases.py},
 * 1,910 statements from {@code src/test/python/make_jax_cases.py}, and {@code jax_probes.py}, 175 hand-written
 * ones) were run statement by statement by {@code src/test/python/jax_oracle.py} with JAX 0.11.2 on CPU; the
 * {@code .jsonl} files beside them hold what JAX gave, in {@code play --json}'s format. Every statement must give
 * the same type, dtype, shape, values (signed zeros included), printed text or error type, except the few listed
 * in {@link #KNOWN}, each with the reason it is left.
 */
class JaxOracleTest {
    /** Statements where the playground knowingly differs from JAX, and why. */
    private static final String BROADCAST = "JAX raises TypeError (\"add got incompatible shapes for broadcasting\");"
            + " the conformance vectors expect ValueError, which jnp.broadcast_shapes raises";

    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("jnp.arange(3) + jnp.arange(4)", BROADCAST),
            Map.entry("jnp.arange(3) - jnp.arange(4)", BROADCAST),
            Map.entry("jnp.arange(3) * jnp.arange(4)", BROADCAST),
            Map.entry("jnp.arange(3) / jnp.arange(4)", BROADCAST),
            Map.entry("jnp.arange(3) // jnp.arange(4)", BROADCAST),
            Map.entry("jnp.arange(3) % jnp.arange(4)", BROADCAST),
            Map.entry("jnp.arange(3) ** jnp.arange(4)", BROADCAST),
            Map.entry("jnp.arange(3) < jnp.arange(4)", BROADCAST),
            Map.entry("jnp.arange(3) == jnp.arange(4)", BROADCAST),
            Map.entry("jnp.arange(3.0) // jnp.arange(4.0)", BROADCAST),
            Map.entry("jnp.arange(3.0) % jnp.arange(4.0)", BROADCAST),
            Map.entry("jnp.arange(3.0) ** jnp.arange(4.0)", BROADCAST),
            Map.entry("jnp.maximum(jnp.arange(3), jnp.arange(4))", BROADCAST),
            Map.entry("jnp.minimum(jnp.arange(3), jnp.arange(4))", BROADCAST),
            Map.entry("print(repr((jnp.array([True, False, True])) / (jnp.array([100000, -7, 3], dtype=jnp.int32))))",
                    "XLA computes 1/x for a constant 1 with its own reciprocal: 9.9999997e-06, 1 ulp off"),
            Map.entry("print(repr((True) / (jnp.array([100000, -7, 3], dtype=jnp.int32))))",
                    "as above"),
            Map.entry("jnp.zeros((2, 2)) @ jnp.zeros((3, 3))", "the conformance vectors expect matmul's ValueError"),
            Map.entry("jnp.matmul(jnp.zeros(2), jnp.zeros(3))", "the conformance vectors expect matmul's ValueError"),
            Map.entry("jnp.fmod(a[:, None], b[None, :])", "jnp.fmod is not in the playground"),
            Map.entry("x.at[0]", "the repr of _IndexUpdateRef does not show its array"));

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"jax_cases", "jax_probes"})
    void everyStatementGivesWhatJaxGives(String program) throws IOException {
        String source = resource("/playground/" + program + ".py");
        Path file = temp.resolve(program + ".py");
        Files.writeString(file, source);
        CliTest.Run run = CliTest.run("play", "--json", file.toString());
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> ours = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            ours.add(json.readTree(line));
        }
        List<JsonNode> theirs = new ArrayList<>();
        for (String line : resource("/playground/" + program + ".jsonl").split("\n")) {
            theirs.add(json.readTree(line));
        }
        List<String> statements = topLevelStatements(source);
        assertThat(ours).hasSameSizeAs(theirs).hasSameSizeAs(statements);
        List<String> differences = new ArrayList<>();
        int known = 0;
        for (int i = 0; i < ours.size(); i++) {
            if (comparable(ours.get(i)).equals(comparable(theirs.get(i)))) {
                continue;
            }
            if (KNOWN.containsKey(statements.get(i))) {
                known++;
                continue;
            }
            differences.add(statements.get(i) + "\n    playground: " + ours.get(i) + "\n    JAX:        "
                    + theirs.get(i));
        }
        assertThat(differences).as("statements that differ from JAX").isEmpty();
        assertThat(known).as("known differences still present").isGreaterThan(0);
    }

    /** What is compared: the error type (not its wording), else everything, zeros with their signs. */
    private static String comparable(JsonNode r) {
        if (r.get("type").asText().equals("error")) {
            return "error " + r.get("error").asText();
        }
        StringBuilder out = new StringBuilder(r.get("type").asText());
        for (String field : new String[] {"stdout", "repr", "dtype", "shape"}) {
            if (r.has(field)) {
                out.append(' ').append(field).append('=').append(r.get(field));
            }
        }
        if (r.has("data")) {
            for (JsonNode v : r.get("data")) {
                boolean negativeZero = v.isNumber() && v.asDouble() == 0 && 1 / v.asDouble() < 0;
                out.append(' ').append(negativeZero ? "-0" : v.isNumber() && v.asDouble() == 0 ? "0" : v.asText());
            }
        }
        return out.toString();
    }

    /** The programs hold one statement per line (no blocks), which is what play --json reports on. */
    private static List<String> topLevelStatements(String source) {
        List<String> out = new ArrayList<>();
        for (String line : source.split("\n")) {
            if (!line.isBlank()) {
                out.add(line);
            }
        }
        return out;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = JaxOracleTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
