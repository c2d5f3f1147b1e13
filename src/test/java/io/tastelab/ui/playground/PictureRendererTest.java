package io.tastelab.ui.playground;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code tastelab render}'s drawing: a script in, a PNG of its last statement's picture out, with no display. */
class PictureRendererTest {

    @BeforeAll
    static void startJavaFx() throws Exception {
        // TestFX starts the toolkit the way the other FX tests in this JVM expect (headless Monocle, from the pom);
        // the command itself calls PictureRenderer.startHeadless(), which RenderCommandTest covers in a fresh JVM.
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    @Test
    void rendersTheSlicingPictureOfTheLastStatement(@TempDir Path dir) throws Exception {
        File out = dir.resolve("slice.png").toFile();
        var run = PictureRenderer.render("import numpy as np\nx = np.arange(9).reshape(3, 3)\nx[::2, ::2]", out, 0, 0);
        assertThat(run.picture()).isInstanceOf(Picture.SlicePicture.class);
        BufferedImage image = ImageIO.read(out);
        assertThat(image.getWidth()).isGreaterThan(300);
        assertThat(image.getHeight()).isGreaterThan(200);
        // the highlight colour of the selected cells is in the picture
        assertThat(countPixels(image, GridCanvas.HIGHLIGHT)).isGreaterThan(100);
    }

    @Test
    void respectsTheRequestedSize(@TempDir Path dir) throws Exception {
        File out = dir.resolve("grid.png").toFile();
        PictureRenderer.render("import jax.numpy as jnp\njnp.ones((4, 4))", out, 800, 600);
        BufferedImage image = ImageIO.read(out);
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(600);
    }

    @Test
    void aScriptWithoutAPictureRendersItsText(@TempDir Path dir) throws Exception {
        File out = dir.resolve("error.png").toFile();
        var run = PictureRenderer.render("1 / 0", out, 0, 0);
        assertThat(run.picture()).isNull();
        assertThat(run.result().error()).isPresent();
        assertThat(ImageIO.read(out).getWidth()).isGreaterThan(100);
    }

    @Test
    void aThousandByThousandArrayRendersASummaryNotAMillionCells(@TempDir Path dir) throws Exception {
        // Speed belongs in benchmarks; what keeps a big array fast to draw is that the picture is summarized
        // (NumPy-style "...") rather than one cell per element, and that is what this checks.
        File out = dir.resolve("large.png").toFile();
        PictureRenderer.render("import numpy as np\nnp.arange(1000000).reshape(1000, 1000) * 0.5", out, 0, 0);
        BufferedImage image = ImageIO.read(out);
        assertThat(image.getWidth()).isLessThan(2000);
        assertThat(image.getHeight()).isLessThan(2000);
    }

    private static int countPixels(BufferedImage image, javafx.scene.paint.Color color) {
        int target = ((int) Math.round(color.getRed() * 255) << 16) | ((int) Math.round(color.getGreen() * 255) << 8)
                | (int) Math.round(color.getBlue() * 255);
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == target) {
                    count++;
                }
            }
        }
        return count;
    }
}
