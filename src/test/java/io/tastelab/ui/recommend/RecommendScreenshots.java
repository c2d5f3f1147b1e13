package io.tastelab.ui.recommend;

import atlantafx.base.theme.PrimerLight;
import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.models.RecommenderKind;
import io.tastelab.engine.sample.SampleWorkspace;
import io.tastelab.ui.WorkspaceState;
import io.tastelab.ui.shell.MainWindow;
import io.tastelab.ui.task.DirectBackgroundTasks;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import javax.imageio.ImageIO;
import java.io.File;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Not a check: saves pictures of the Recommendations tab on the built-in sample (item k-NN for u002 compared with
 * most popular) at 1440×900 and at the minimum 1024×700, for looking at them.
 * {@code mvn -o test -Dtest=RecommendScreenshots -Drecommend.screenshots=DIR}
 */
@EnabledIfSystemProperty(named = "recommend.screenshots", matches = ".+")
class RecommendScreenshots {

    @Test
    void saveThePaneAtBothSizes() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
        File dir = new File(System.getProperty("recommend.screenshots"));
        dir.mkdirs();
        for (int[] size : new int[][] {{1440, 900}, {1024, 700}}) {
            for (boolean compare : new boolean[] {false, true}) {
                CompletableFuture<WritableImage> image = new CompletableFuture<>();
                Platform.runLater(() -> {
                    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
                    Catalog sample = SampleWorkspace.load();
                    WorkspaceState workspace = new WorkspaceState(sample, "Built-in sample");
                    workspace.setInteractions(new WorkspaceState.Interactions(SampleWorkspace.interactions(sample), sample));
                    MainWindow window = new MainWindow(workspace, new DirectBackgroundTasks());
                    Scene scene = new Scene(window, size[0], size[1]);
                    TabPane tabs = (TabPane) window.lookup(".tab-pane");
                    tabs.getTabs().stream().filter(tab -> "recommendTab".equals(tab.getId())).findFirst()
                            .ifPresent(tab -> tabs.getSelectionModel().select(tab));
                    window.applyCss();
                    window.layout();
                    @SuppressWarnings("unchecked")
                    ComboBox<RecommenderKind> recommender = (ComboBox<RecommenderKind>) window.lookup("#recommenderChoice");
                    recommender.setValue(RecommenderKind.ITEM_KNN);
                    ((TextField) window.lookup("#userField")).setText("u002");
                    if (compare) {
                        @SuppressWarnings("unchecked")
                        ComboBox<RecommenderKind> other = (ComboBox<RecommenderKind>) window.lookup("#compareChoice");
                        other.setValue(RecommenderKind.ALS);
                    }
                    window.applyCss();
                    window.layout();
                    image.complete(scene.snapshot(null));
                });
                File out = new File(dir, "recommend-" + size[0] + "x" + size[1] + (compare ? "-compare" : "") + ".png");
                ImageIO.write(SwingFXUtils.fromFXImage(image.get(120, TimeUnit.SECONDS), null), "png", out);
                org.assertj.core.api.Assertions.assertThat(out).as("picture " + out.getName()).isNotEmpty();
            }
        }
    }
}
