package io.tastelab.playground.arrays;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tastelab.playground.interp.CellResult;
import io.tastelab.playground.interp.NotebookDisplay;
import io.tastelab.playground.session.PlaygroundSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The JAX documentation corpus of issue 17 ({@code src/test/python/jax_docs_corpus.py}): each page's cells run in
 * order in one session, as a notebook runs them, and each cell's output (what it printed, the shown value as IPython shows it,
 * and an error's headline) must equal what JAX's documentation prints. Every cell passes except those listed in the
 * fixture's {@code known_failures} with their reason; a listed cell that starts passing fails the test too, so the
 * list only shrinks. With {@code -Djaxcorpus.dump=FILE} the actual outputs are written to FILE.
 */
class JaxDocsCorpusTest {

    /** A cell's output as a notebook shows it. */
    static String notebookOutput(CellResult result) {
        StringBuilder text = new StringBuilder(result.stdout());
        result.error().ifPresent(error -> text.append(error.type()).append(": ")
                .append(firstLine(error.pythonMessage())).append('\n'));
        result.result().ifPresent(value -> text.append(NotebookDisplay.format(value)).append('\n'));
        return text.toString();
    }

    /**
     * A message's first line, up to JAX's sentence naming the notebook's temporary file, which the corpus leaves out
     * as machine-dependent.
     */
    private static String firstLine(String message) {
        String line = message.lines().findFirst().orElse("");
        int origin = line.indexOf("The error occurred while tracing");
        return origin < 0 ? line : line.substring(0, origin);
    }

    @Test
    void everyDocumentedCellPassesExceptTheListedOnes() throws IOException {
        JsonNode root;
        try (InputStream in = getClass().getResourceAsStream("/playground/jax_docs_corpus.json")) {
            root = new ObjectMapper().readTree(in);
        }
        Map<String, String> knownFailures = new LinkedHashMap<>();
        root.get("known_failures").properties().forEach(e -> knownFailures.put(e.getKey(), e.getValue().asText()));
        List<String> regressions = new ArrayList<>();
        List<String> nowPassing = new ArrayList<>();
        Map<String, int[]> perPage = new TreeMap<>();
        ArrayNode dump = new ObjectMapper().createArrayNode();
        for (JsonNode page : root.get("pages")) {
            String pageName = page.get("page").asText();
            PlaygroundSession session = new PlaygroundSession();
            int index = 0;
            for (JsonNode cell : page.get("cells")) {
                String id = pageName + "#" + index++;
                String source = cell.get("source").asText();
                String expected = cell.get("expected").asText();
                String actual = notebookOutput(session.runCell(source));
                boolean passed = actual.equals(expected);
                int[] counts = perPage.computeIfAbsent(pageName, k -> new int[2]);
                counts[0] += passed ? 1 : 0;
                counts[1]++;
                if (passed && knownFailures.containsKey(id)) {
                    nowPassing.add(id);
                } else if (!passed && !knownFailures.containsKey(id)) {
                    regressions.add(id + "\n" + source + "\n--- expected:\n" + expected + "--- actual:\n" + actual);
                }
                ObjectNode entry = dump.addObject();
                entry.put("id", id).put("passed", passed).put("source", source).put("actual", actual);
            }
        }
        String dumpPath = System.getProperty("jaxcorpus.dump");
        if (dumpPath != null) {
            Files.writeString(Path.of(dumpPath), new ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(dump));
        }
        StringBuilder summary = new StringBuilder();
        perPage.forEach((page, c) -> summary.append(page).append(' ').append(c[0]).append('/').append(c[1])
                .append('\n'));
        System.out.print("JAX docs corpus, cells passing per page:\n" + summary);
        assertThat(regressions).as("cells that no longer match JAX's documented output").isEmpty();
        assertThat(nowPassing).as("listed as known failures but now passing: take them off the list").isEmpty();
    }
}
