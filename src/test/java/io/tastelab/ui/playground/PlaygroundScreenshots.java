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
 * Not a check: saves a 1440×900 picture of the whole pane after each lesson, for looking at it and for README.
 * {@code mvn -o test -Dtest=PlaygroundScreenshots -Dplayground.screenshots=DIR}
 */
@EnabledIfSystemProperty(named = "playground.screenshots", matches = ".+")
class PlaygroundScreenshots {

    @Test
    void saveEveryLesson() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
        File dir = new File(System.getProperty("playground.screenshots"));
        dir.mkdirs();
        for (Lesson lesson : Lesson.all()) {
            CompletableFuture<WritableImage> image = new CompletableFuture<>();
            Platform.runLater(() -> {
                Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
                PlaygroundViewModel model = new PlaygroundViewModel(new DirectBackgroundTasks(),
                        new PlaygroundKernel(ArrayBridge.standard()));
                PlaygroundView view = new PlaygroundView(model);
                Scene scene = new Scene(view, 1440, 900);
                model.runLesson(lesson);
                view.applyCss();
                view.layout();
                image.complete(scene.snapshot(null));
            });
            File out = new File(dir, "playground-" + lesson.id() + ".png");
            PlaygroundView.writePng(image.get(60, TimeUnit.SECONDS), out);
            org.assertj.core.api.Assertions.assertThat(out).as("picture of lesson " + lesson.id()).isNotEmpty();
        }
    }
}
