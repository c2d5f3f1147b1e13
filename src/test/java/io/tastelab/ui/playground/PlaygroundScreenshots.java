package io.tastelab.ui.playground;

import atlantafx.base.theme.PrimerLight;
import io.tastelab.ui.task.DirectBackgroundTasks;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.File;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Not a check: saves a picture of the whole pane after each lesson (1440×900 unless {@code playground.size} says
 * otherwise, e.g. {@code 1024x700}), for looking at it and for README.
 * {@code mvn -o test -Dtest=PlaygroundScreenshots -Dplayground.screenshots=DIR [-Dplayground.size=WxH]}
 */
@EnabledIfSystemProperty(named = "playground.screenshots", matches = ".+")
class PlaygroundScreenshots {

    @Test
    void saveEveryLesson() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
        File dir = new File(System.getProperty("playground.screenshots"));
        dir.mkdirs();
        String[] size = System.getProperty("playground.size", "1440x900").split("x");
        int width = Integer.parseInt(size[0]);
        int height = Integer.parseInt(size[1]);
        String suffix = width == 1440 && height == 900 ? "" : "-" + width + "x" + height;
        for (Lesson lesson : Lesson.all()) {
            CompletableFuture<WritableImage> image = new CompletableFuture<>();
            Platform.runLater(() -> {
                Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
                PlaygroundViewModel model = new PlaygroundViewModel(new DirectBackgroundTasks(),
                        new PlaygroundKernel(ArrayBridge.standard()));
                PlaygroundView view = new PlaygroundView(model);
                Scene scene = new Scene(view, width, height);
                model.runLesson(lesson);
                view.applyCss();
                view.layout();
                image.complete(scene.snapshot(null));
            });
            File out = new File(dir, "playground-" + lesson.id() + suffix + ".png");
            PlaygroundView.writePng(image.get(60, TimeUnit.SECONDS), out);
            org.assertj.core.api.Assertions.assertThat(out).as("picture of lesson " + lesson.id()).isNotEmpty();
        }
    }
}
