package io.tastelab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 item 12: when ND4J's native library cannot be loaded, {@code tastelab} says what failed in one line and
 * exits with code 3 (it printed a raw ExceptionInInitializerError trace before). A child JVM is pointed at a
 * platform JavaCPP has no natives for, which fails exactly as a missing or unloadable library does.
 */
class NativeLoadFailureTest {

    @Test
    void aNativeLibraryThatCannotLoadIsOneMessageAndExitCodeThree() throws Exception {
        Process process = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Dorg.bytedeco.javacpp.platform=linux-bogus",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "play", "-c", "import numpy as np\nnp.zeros(3)")).redirectErrorStream(true).start();
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished).as("exits instead of hanging").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isEqualTo(Main.NATIVE_LOAD_FAILED);
        assertThat(output).contains("tastelab: ND4J's native library failed to load, so no array can be computed: "
                + "UnsatisfiedLinkError: Could not find jniopenblas_nolapack");
        assertThat(output).doesNotContain("ExceptionInInitializerError").doesNotContain("\tat org.nd4j");
    }
}
