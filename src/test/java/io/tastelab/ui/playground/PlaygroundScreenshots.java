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
import java.util.List;
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
        java.util.Map<String, List<String>> shots = new java.util.LinkedHashMap<>();
        for (Lesson lesson : Lesson.all()) {
            shots.put(lesson.id(), List.of(lesson.code()));
        }
        // the states after a lesson: a failed cell beside the last picture, and the random lesson run twice
        shots.put("failed-cell", List.of(lessonCode("broadcasting"), "vec * missing"));
        shots.put("random-again", List.of(lessonCode("random"), lessonCode("random")));
        for (var shot : shots.entrySet()) {
            CompletableFuture<WritableImage> image = new CompletableFuture<>();
            Platform.runLater(() -> {
                Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
                PlaygroundViewModel model = new PlaygroundViewModel(new DirectBackgroundTasks(),
                        new PlaygroundKernel(ArrayBridge.standard()));
                PlaygroundView view = new PlaygroundView(model);
                Scene scene = new Scene(view, width, height);
                for (String cell : shot.getValue()) {
                    model.codeProperty().set(cell);
                    model.run();
                }
                view.applyCss();
                view.layout();
                image.complete(scene.snapshot(null));
            });
            File out = new File(dir, "playground-" + shot.getKey() + suffix + ".png");
            PlaygroundView.writePng(image.get(60, TimeUnit.SECONDS), out);
            org.assertj.core.api.Assertions.assertThat(out).as("picture of " + shot.getKey()).isNotEmpty();
        }
    }

    private static String lessonCode(String id) {
        return Lesson.all().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow().code();
    }
}
