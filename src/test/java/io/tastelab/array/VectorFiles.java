package io.tastelab.array;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Finds the conformance vectors: the directory in system property {@code tastelab.vectors.dir} (to run a
 * larger set by hand), else the copy committed under {@code src/test/resources/vectors/}. Tests never read
 * {@code ../shared} at run time, so a checkout tests the same on any machine.
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
        return "classpath:/vectors/" + fileName;
    }
}
