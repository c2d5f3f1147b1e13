package io.tastelab.ui;

import io.tastelab.ui.shell.MainWindow;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code tastelab --smoke [--out DIR]}: shows each pane once, optionally saves a PNG of each, waits for the
 * compute backend to load, and exits 0 — or prints what failed and exits 1. Checks an installed app end to end.
 */
final class SmokeRun {

    private static final Duration SETTLE = Duration.millis(400);
    private static final long BACKEND_TIMEOUT_MS = 120_000;

    private final Stage stage;
    private final MainWindow window;
    private final Path outDir;
    private final long startedAt;
    private int tabIndex;

    SmokeRun(Stage stage, MainWindow window, Path outDir, long startedAt) {
        this.stage = stage;
        this.window = window;
        this.outDir = outDir;
        this.startedAt = startedAt;
    }

    void start() {
        // Measured at the first pulse after show(): the window has been laid out and drawn once.
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            stage.getScene().removePostLayoutPulseListener(once[0]);
            // The CPU time of the whole process too: on a shared machine it moves far less than the wall time.
            long cpu = java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() / 1_000_000 : -1;
            System.out.printf(Locale.ROOT, "smoke: window shown after %d ms (CPU %d ms)%n",
                    (System.nanoTime() - startedAt) / 1_000_000, cpu);
        };
        stage.getScene().addPostLayoutPulseListener(once[0]);
        try {
            if (outDir != null) {
                Files.createDirectories(outDir);
            }
        } catch (IOException e) {
            fail("cannot create " + outDir + ": " + e.getMessage());
            return;
        }
        next();
    }

    private void next() {
        TabPane tabs = (TabPane) window.getCenter();
        if (tabIndex >= tabs.getTabs().size()) {
            awaitBackend();
            return;
        }
        var tab = tabs.getTabs().get(tabIndex++);
        tabs.getSelectionModel().select(tab);
        later(() -> {
            try {
                if (outDir != null) {
                    WritableImage image = stage.getScene().snapshot(null);
                    Path file = outDir.resolve(String.format(Locale.ROOT, "%02d-%s.png", tabIndex, tab.getId()));
                    ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
                    System.out.println("smoke: saved " + file);
                } else {
                    System.out.println("smoke: showed " + tab.getText());
                }
                next();
            } catch (IOException | RuntimeException e) {
                fail("pane " + tab.getText() + ": " + e);
            }
        });
    }

    private void awaitBackend() {
        if (window.shell().backendReadyProperty().get()) {
            System.out.println("smoke: " + window.shell().backendStatusProperty().get());
            System.out.println("smoke: ok");
            Platform.exit();
            return;
        }
        if (window.shell().backendStatusProperty().get().startsWith("Compute backend failed")) {
            fail(window.shell().backendStatusProperty().get());
            return;
        }
        if ((System.nanoTime() - startedAt) / 1_000_000 > BACKEND_TIMEOUT_MS) {
            fail("the compute backend did not load within " + BACKEND_TIMEOUT_MS / 1000 + " s");
            return;
        }
        later(this::awaitBackend);
    }

    private static void later(Runnable action) {
        PauseTransition pause = new PauseTransition(SETTLE);
        pause.setOnFinished(event -> action.run());
        pause.play();
    }

    private static void fail(String message) {
        System.err.println("smoke: FAILED: " + message);
        System.exit(1);
    }
}
