package io.tastelab.ui.playground;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

import java.io.File;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a playground script and saves the picture of its last statement as a PNG, with no display: JavaFX
 * starts on Monocle's headless platform with the software renderer (as the TestFX tests do) and the picture is
 * snapshotted offscreen. When the last statement has nothing to draw, the PNG shows its text output.
 */
public final class PictureRenderer {

    private PictureRenderer() {
    }

    /**
     * Starts JavaFX headless (if it isn't running yet); call before anything else touches JavaFX.
     */
    public static void startHeadless() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // the toolkit is up (a test, or a second render in this JVM)
        }
        Platform.setImplicitExit(false);
    }

    /**
     * Runs {@code source} in a fresh session and writes the picture of its last statement to {@code out}.
     *
     * @param width  the image width in pixels, or 0 for the picture's own width
     * @param height the image height in pixels, or 0 for the picture's own height
     * @return the cell's run (for its text output and error)
     */
    public static PlaygroundKernel.CellRun render(String source, File out, int width, int height) throws IOException {
        PlaygroundKernel session = new PlaygroundKernel(ArrayBridge.standard());
        PlaygroundKernel.CellRun run = session.run(source);
        session.close(); // the picture is taken from the run; generators the cell left suspended end here
        CompletableFuture<WritableImage> image = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                image.complete(snapshot(run, width, height));
            } catch (RuntimeException e) {
                image.completeExceptionally(e);
            }
        });
        try {
            PlaygroundView.writePng(image.get(60, TimeUnit.SECONDS), out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while drawing", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("could not draw the picture: " + e.getMessage(), e);
        }
        return run;
    }

    static WritableImage snapshot(PlaygroundKernel.CellRun run, int width, int height) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        VBox root;
        if (run.picture() != null) {
            root = new PictureView(run.picture(), null);
        } else {
            root = new VBox(8);
            root.setStyle("-fx-padding: 16; -fx-background-color: white;");
            String text = run.result().error().map(e -> e.render())
                    .or(() -> run.result().result().map(v -> v.repr()))
                    .orElse(run.result().stdout().isEmpty() ? "(nothing to draw)" : run.result().stdout());
            Label label = new Label(text.strip());
            label.setStyle("-fx-font-family: Monospaced; -fx-font-size: 13px;"
                    + (run.result().error().isPresent() ? "-fx-text-fill: #c92a2a;" : ""));
            root.getChildren().add(label);
        }
        Scene scene = width > 0 && height > 0 ? new Scene(root, width, height) : new Scene(root);
        var css = PictureRenderer.class.getResource("/styles/playground.css");
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
        if (width > 0 && height <= 0) {
            root.setPrefWidth(width);
        }
        root.applyCss();
        root.layout();
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        return root.snapshot(parameters, null);
    }
}
