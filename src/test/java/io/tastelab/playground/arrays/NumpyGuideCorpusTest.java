package io.tastelab.playground.arrays;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tastelab.playground.interp.StatementOutput;
import io.tastelab.playground.session.PlaygroundSession;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * NumPy's user guide typed into the playground: every doctest statement of the quickstart, absolute-beginners,
 * indexing, broadcasting, creation, types, ufuncs and copies pages runs, page by page in one session each, and
 * must print what NumPy 2 printed ({@code src/test/python/gen_numpy_guide_corpus.py}): the same stdout and shown
 * repr, or the same exception type and message. Statements the generator left out (plots, files, output that
 * differs between runs) are skipped; the ones that still differ are listed with their reason in
 * {@code numpy_guide_known_failures.tsv}, and a listed one that starts to pass fails the test until it is
 * removed from the list, so the list stays the truth.
 */
class NumpyGuideCorpusTest {

    @TestFactory
    Stream<DynamicTest> userGuidePagesPrintAsNumpyDoes() throws IOException {
        JsonNode root;
        try (InputStream in = getClass().getResourceAsStream("/playground/numpy_guide_corpus.json")) {
            root = new ObjectMapper().readTree(in);
        }
        Map<String, String> known = knownFailures();
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode page : root.get("pages")) {
            String name = page.get("page").asText();
            tests.add(DynamicTest.dynamicTest(name, () -> checkPage(name, page.get("cases"), known)));
        }
        return tests.stream();
    }

    private static void checkPage(String page, JsonNode cases, Map<String, String> known) {
        PlaygroundSession session = new PlaygroundSession();
        run(session, "import numpy as np"); // the guide's doctest setup, as the generator runs it
        List<String> regressions = new ArrayList<>();
        List<String> nowPassing = new ArrayList<>();
        int compared = 0;
        int passed = 0;
        for (JsonNode c : cases) {
            String code = c.get("code").asText();
            String actual = run(session, code);
            if (c.has("left_out")) {
                continue;
            }
            compared++;
            String expected = expected(c);
            String key = page + ":" + c.get("line").asInt();
            boolean same = expected.equals(actual);
            if (same) {
                passed++;
            }
            if (same && known.containsKey(key)) {
                nowPassing.add(key + " passes now; remove it from numpy_guide_known_failures.tsv");
            } else if (!same && !known.containsKey(key)) {
                regressions.add(key + "\n>>> " + code.replace("\n", "\n... ") + "\nexpected:\n" + expected
                        + "\nactual:\n" + actual);
            }
        }
        System.out.printf("numpy guide %s: %d of %d statements print as NumPy does%n", page, passed, compared);
        assertThat(regressions).as(page + ": statements that differ from NumPy").isEmpty();
        assertThat(nowPassing).as(page).isEmpty();
    }

    /** What NumPy printed: stdout, then for an error its type and message as the last traceback line shows. */
    private static String expected(JsonNode c) {
        String out = c.get("stdout").asText();
        if (c.has("error")) {
            JsonNode error = c.get("error");
            String message = error.get("message").asText();
            return out + error.get("type").asText() + (message.isEmpty() ? "" : ": " + message) + "\n";
        }
        return out;
    }

    private static String run(PlaygroundSession session, String code) {
        StringBuilder out = new StringBuilder();
        session.runScript(code + "\n", (StatementOutput output, List<String> notes) -> {
            out.append(output.stdout());
            if (output.error() != null) {
                String message = output.error().pythonMessage();
                out.append(output.error().type()).append(message.isEmpty() ? "" : ": " + message).append('\n');
            } else if (output.value() != null) {
                out.append(output.value().repr()).append('\n');
            }
        });
        return out.toString();
    }

    /** page:line to reason, from the tab-separated list (lines starting with # are comments). */
    private static Map<String, String> knownFailures() throws IOException {
        Map<String, String> known = new HashMap<>();
        try (InputStream in = NumpyGuideCorpusTest.class.getResourceAsStream(
                "/playground/numpy_guide_known_failures.tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", 3);
                known.put(fields[0] + ":" + fields[1], fields.length > 2 ? fields[2] : "");
            }
        }
        return known;
    }
}
