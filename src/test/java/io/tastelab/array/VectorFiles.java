package io.tastelab.array;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the conformance vectors: the directory in system property {@code tastelab.vectors.dir}, else
 * {@code ../shared/vectors/} beside the checkout (CI swaps a larger held-back set in there), else the copy
 * committed under {@code src/test/resources/vectors/}.
 */
final class VectorFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private VectorFiles() {
    }

    static JsonNode load(String fileName) {
        try {
            String dir = System.getProperty("tastelab.vectors.dir");
            if (dir != null && !dir.isBlank()) {
                return JSON.readTree(Path.of(dir, fileName).toFile());
            }
            Path shared = Path.of("..", "shared", "vectors", fileName);
            if (Files.isRegularFile(shared)) {
                return JSON.readTree(shared.toFile());
            }
            try (InputStream in = VectorFiles.class.getResourceAsStream("/vectors/" + fileName)) {
                if (in == null) {
                    throw new IllegalStateException("no vectors file " + fileName);
                }
                return JSON.readTree(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A vectors file committed under {@code src/test/resources/<dir>/}. */
    static JsonNode resource(String dir, String fileName) {
        try (InputStream in = VectorFiles.class.getResourceAsStream("/" + dir + "/" + fileName)) {
            if (in == null) {
                throw new IllegalStateException("no vectors file " + dir + "/" + fileName);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String source(String fileName) {
        String dir = System.getProperty("tastelab.vectors.dir");
        if (dir != null && !dir.isBlank()) {
            return Path.of(dir, fileName).toString();
        }
        Path shared = Path.of("..", "shared", "vectors", fileName);
        return Files.isRegularFile(shared) ? shared.toAbsolutePath().normalize().toString() : "classpath:/vectors/" + fileName;
    }
}
