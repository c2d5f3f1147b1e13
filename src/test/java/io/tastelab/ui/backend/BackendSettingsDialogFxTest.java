package io.tastelab.ui.backend;

import atlantafx.base.theme.PrimerLight;
import io.tastelab.engine.TinyCatalogs;
import io.tastelab.engine.backend.Backend;
import io.tastelab.engine.backend.BackendSettings;
import io.tastelab.ui.WorkspaceState;
import io.tastelab.ui.shell.MainWindow;
import io.tastelab.ui.shell.RecentWorkspaces;
import io.tastelab.ui.task.FxBackgroundTasks;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The compute backend dialog as a user drives it from the menu, on a fake GPU machine and in-memory settings. */
@ExtendWith(ApplicationExtension.class)
class BackendSettingsDialogFxTest {

    private final BackendSettings settings = new BackendSettings(new InMemoryPreferences());

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        BackendServices backends = new BackendServices(() -> settings, FakeProbe.gpu("NVIDIA H100 80GB HBM3"),
                selection -> Optional.of("not restarting in a test"));
        MainWindow window = new MainWindow(new WorkspaceState(TinyCatalogs.five(), "tiny"), new FxBackgroundTasks(),
                RecentWorkspaces.inMemory(), backends);
        stage.setScene(new Scene(window, 1200, 800));
        stage.show();
    }

    @Test
    void choosingTheGpuFromTheMenuSavesItForTheNextStart(FxRobot robot) throws Exception {
        // given: the dialog opened from View → Compute backend…, and the background probe has found the GPU
        robot.clickOn("View").clickOn("#backendMenuItem");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#backendGpuStatus").queryAs(Label.class).getText().startsWith("Available"));
        assertThat(robot.lookup("#backendCurrent").queryAs(Label.class).getText()).startsWith("In use now:");
        assertThat(robot.lookup("#backendCpu").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#backendRestart").queryAs(Button.class).isVisible()).isFalse();

        // when: the user picks GPU (CUDA) and saves
        robot.clickOn("#backendGpu").clickOn("#backendSave");
        WaitForAsyncUtils.waitForFxEvents();

        // then: the choice is stored, the dialog says when it applies and offers a restart
        assertThat(settings.load()).isEqualTo(Backend.GPU);
        assertThat(robot.lookup("#backendMessage").queryAs(Label.class).getText())
                .isEqualTo("Saved: GPU (CUDA). This takes effect at the next start.");
        assertThat(robot.lookup("#backendRestart").queryAs(Button.class).isVisible()).isTrue();

        // when: the restart can't happen, the dialog says why
        robot.clickOn("#backendRestart");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#backendMessage").queryAs(Label.class).getText()).isEqualTo("not restarting in a test");
    }
}
