package io.tastelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlayCommandTest {

    private static List<JsonNode> lines(String out) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                nodes.add(mapper.readTree(line));
            }
        }
        return nodes;
    }

    @Test
    void jsonGivesOneObjectPerTopLevelStatement(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("cell.py");
        Files.writeString(script, """
                import jax.numpy as jnp; import numpy as np
                x = jnp.array([[1, 2, 3], [4, 5, 6]], dtype=jnp.float32) / 3

                def f(a):
                    return a * 2

                f(x)[0]
                print("shape"); x.shape
                np.ones(2)[5]
                jnp.array([jnp.nan, jnp.inf, -jnp.inf, 0.1])
                jnp.array([True, False])
                """);
        CliTest.Run run = CliTest.run("play", "--json", script.toString());
        List<JsonNode> objects = lines(run.out());
        assertThat(objects).extracting(node -> node.get("type").asText()).containsExactly(
                "none", "none", "none", "none", "array", "none", "value", "error", "array", "array");
        JsonNode row = objects.get(4);
        assertThat(row.get("dtype").asText()).isEqualTo("float32");
        assertThat(row.get("shape").toString()).isEqualTo("[3]");
        assertThat(row.get("data").toString()).isEqualTo("[0.6666666865348816,1.3333333730697632,2.0]");
        assertThat(objects.get(5).get("stdout").asText()).isEqualTo("shape\n");
        assertThat(objects.get(6).get("repr").asText()).isEqualTo("(2, 3)");
        JsonNode error = objects.get(7);
        assertThat(error.get("error").asText()).isEqualTo("IndexError");
        assertThat(error.get("message").asText()).isEqualTo("index 5 is out of bounds for axis 0 with size 2");
        assertThat(error.get("line").asInt()).isEqualTo(9);
        assertThat(objects.get(8).get("data").toString()).isEqualTo("[\"nan\",\"inf\",\"-inf\",0.10000000149011612]");
        assertThat(objects.get(9).get("data").toString()).isEqualTo("[true,false]");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void syntaxErrorShowsACaretAndTheSessionGoesOn() {
        CliTest.Run run = CliTest.run("play", "-c", "import numpy as np\nprint(np.ones(2)\n\n");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("""
                  File "<cell>", line 2
                    print(np.ones(2)
                         ^
                SyntaxError: '(' was never closed
                """);
        CliTest.Run next = CliTest.run("play", "-c", "import numpy as np\nx = np.arange(3) +\nnp.arange(2)\n");
        assertThat(next.err()).contains("SyntaxError: invalid syntax");
        assertThat(next.out()).isEqualTo("array([0, 1])\n");
    }

    @Test
    void textModePrintsReprsAndSucceeds() {
        CliTest.Run run = CliTest.run("play", "-c", "import numpy as np\nnp.arange(3) * 2\nprint('done')");
        assertThat(run.out()).isEqualTo("array([0, 2, 4])\ndone\n");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void jitNotesGoBesideTheOutputNotIntoStdout() throws Exception {
        CliTest.Run run = CliTest.run("play", "--json", "-c", """
                import jax
                import jax.numpy as jnp
                f = jax.jit(lambda x: x * 2)
                f(jnp.ones(2))
                f(jnp.ones(2))
                """);
        List<JsonNode> objects = lines(run.out());
        assertThat(objects.get(3).has("stdout")).isFalse();
        assertThat(objects.get(3).get("note").asText()).contains("into a graph of 1 op").contains("without tracing again");
        assertThat(objects.get(4).has("note")).as("the cached graph is not traced again").isFalse();
        CliTest.Run text = CliTest.run("play", "-c", "import jax\nimport jax.numpy as jnp\njax.jit(jnp.exp)(1.0)");
        assertThat(text.out()).as("as JAX shows it").isEqualTo("Array(2.7182817, dtype=float32, weak_type=True)\n");
        assertThat(text.err()).startsWith("note: [jit] traced");
    }

    @Test
    void arraysAboveTheConfiguredLimitAreAMemoryError() throws Exception {
        try {
            CliTest.Run run = CliTest.run("play", "--json", "--max-array-bytes", "1000", "-c",
                    "import numpy as np\nnp.zeros(125)\nnp.zeros(126)");
            List<JsonNode> objects = lines(run.out());
            assertThat(objects.get(1).get("type").asText()).isEqualTo("array");
            assertThat(objects.get(2).get("error").asText()).isEqualTo("MemoryError");
            assertThat(objects.get(2).get("message").asText()).contains("1008 bytes").contains("(126,)");
        } finally {
            io.tastelab.array.MemoryGuard.setLimitBytes(io.tastelab.array.MemoryGuard.DEFAULT_LIMIT_BYTES);
        }
    }

    @Test
    void aMissingFileIsAUsageError() {
        CliTest.Run run = CliTest.run("play", "/nonexistent/cell.py");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("can't open file");
    }
}
