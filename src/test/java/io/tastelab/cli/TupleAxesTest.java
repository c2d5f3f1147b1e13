package io.tastelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sum, mean, max, min and prod over several axes ({@code x.sum(axis=(1, 3))}) give NumPy's dtype, shape and bits:
 * {@code tuple_axes.py} against NumPy's answers from {@code src/test/python/make_tuple_axes_fixture.py} (leading,
 * trailing and interleaved axes, strided views, keepdims, integer inputs, duplicate and out-of-range axes).
 */
class TupleAxesTest {
    @TempDir
    Path temp;

    @Test
    void reductionsOverSeveralAxesGiveNumpysBits() throws IOException {
        Path program = temp.resolve("tuple_axes.py");
        Files.writeString(program, resource("/playground/tuple_axes.py"));
        CliTest.Run run = CliTest.run("play", "--json", program.toString());
        ObjectMapper json = new ObjectMapper();
        String[] ours = run.out().split("\n");
        String[] numpy = resource("/playground/tuple_axes.jsonl").split("\n");
        assertThat(ours).hasSameSizeAs(numpy);
        for (int i = 0; i < ours.length; i++) {
            JsonNode expected = json.readTree(numpy[i]);
            JsonNode actual = json.readTree(ours[i]);
            assertThat(actual.get("type")).as("statement %d: %s", i + 1, ours[i]).isEqualTo(expected.get("type"));
            if (expected.get("type").asText().equals("error")) {
                assertThat(actual.get("error")).as("statement %d", i + 1).isEqualTo(expected.get("error"));
            } else if (expected.get("type").asText().equals("array")) {
                assertThat(actual.get("dtype")).as("statement %d", i + 1).isEqualTo(expected.get("dtype"));
                assertThat(actual.get("shape")).as("statement %d", i + 1).isEqualTo(expected.get("shape"));
                assertThat(actual.get("data").toString()).as("statement %d", i + 1)
                        .isEqualTo(expected.get("data").toString());
            }
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = TupleAxesTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
