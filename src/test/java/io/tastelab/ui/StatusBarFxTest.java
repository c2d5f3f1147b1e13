package io.tastelab.ui;

import atlantafx.base.theme.PrimerLight;
import io.tastelab.engine.sample.SampleWorkspace;
import io.tastelab.ui.shell.MainWindow;
import io.tastelab.ui.shell.RecentWorkspaces;
import io.tastelab.ui.task.BackgroundTasks;
import io.tastelab.ui.task.FxBackgroundTasks;
import io.tastelab.engine.task.Progress;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The status bar while the compute backend loads, as a user sees it at start-up. */
@ExtendWith(ApplicationExtension.class)
class StatusBarFxTest {

    /** Runs tasks as the window does, but holds each one's work until {@link #release} counts down. */
    private static final class HeldTasks implements BackgroundTasks {
        final CountDownLatch release = new CountDownLatch(1);
        private final FxBackgroundTasks tasks = new FxBackgroundTasks();

        @Override
        public <T> RunningTask submit(String title, Function<Progress, T> work, Consumer<T> onSuccess,
                Consumer<Throwable> onFailure, Runnable onCancelled) {
            return tasks.submit(title, progress -> {
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return work.apply(progress);
            }, onSuccess, onFailure, onCancelled);
        }

        @Override
        public ReadOnlyObjectProperty<RunningTask> currentProperty() {
            return tasks.currentProperty();
        }
    }

    private final HeldTasks tasks = new HeldTasks();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        window = new MainWindow(new WorkspaceState(SampleWorkspace.load(), "Built-in sample"), tasks,
                RecentWorkspaces.inMemory());
        window.shell().loadBackend();
        stage.setScene(new Scene(window, 1024, 700));
        stage.show();
    }

    private static String statusBarText(FxRobot robot) {
        return robot.lookup("#statusBar").queryAll().stream().findFirst().orElseThrow()
                .lookupAll("*").stream().filter(node -> node instanceof Labeled && node.isVisible())
                .map(node -> ((Labeled) node).getText()).filter(text -> text != null && !text.isBlank())
                .collect(Collectors.joining(" | "));
    }

    private static int mentions(String text, String phrase) {
        Matcher found = Pattern.compile(Pattern.quote(phrase), Pattern.CASE_INSENSITIVE).matcher(text);
        int count = 0;
        while (found.find()) {
            count++;
        }
        return count;
    }

    @Test
    void whileTheBackendLoadsTheStatusBarSaysSoOnceThenNamesIt(FxRobot robot) throws Exception {
        // given: the window just opened, ND4J still loading
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> tasks.currentProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        // then: the status bar says it loads the compute backend once, not twice
        String loading = statusBarText(robot);
        assertThat(mentions(loading, "compute backend")).as(loading).isEqualTo(1);
        // when: the backend has loaded
        tasks.release.countDown();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.shell().backendReadyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        // then: it names the backend in use, and no loading message stays
        String loaded = statusBarText(robot);
        assertThat(loaded).as(loaded).contains("Compute: ND4J");
        assertThat(mentions(loaded, "loading")).as(loaded).isZero();
    }
}
