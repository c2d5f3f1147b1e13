package io.tastelab.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code tastelab render} end to end, in a fresh JVM with no display settings at all (no Monocle properties, no
 * DISPLAY): the command must start JavaFX headless by itself.
 */
class RenderCommandTest {

    private static Process render(Path dir, String script, String... extra) throws Exception {
        Path file = dir.resolve("lesson.py");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "render", "--script", file.toString(), "--out", dir.resolve("out.png").toString()));
        command.addAll(List.of(extra));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        return builder.start();
    }

    @Test
    void rendersTheLastStatementsPictureWithoutADisplay(@TempDir Path dir) throws Exception {
        Process process = render(dir, "import jax.numpy as jnp\nx = jnp.arange(9).reshape(3, 3)\nx[::2, ::2]\n",
                "--width", "900", "--height", "500");
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("render: picture of x[::2, ::2]");
        BufferedImage image = ImageIO.read(new File(dir.resolve("out.png").toString()));
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(image.getHeight()).isEqualTo(500);
    }

    @Test
    void aFailingScriptStillWritesItsErrorAndExitsWithOne(@TempDir Path dir) throws Exception {
        Process process = render(dir, "import numpy as np\nnp.ones((2, 3)) + np.ones((4,))\n");
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isEqualTo(1);
        assertThat(output).contains("operands could not be broadcast together");
        assertThat(dir.resolve("out.png")).exists();
    }
}
