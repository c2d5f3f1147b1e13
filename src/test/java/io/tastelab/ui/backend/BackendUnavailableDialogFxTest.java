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

/** The compute backend dialog on a machine without a GPU: the GPU cannot be chosen, and Save says what it saved. */
@ExtendWith(ApplicationExtension.class)
class BackendUnavailableDialogFxTest {

    private final BackendSettings settings = new BackendSettings(new InMemoryPreferences());

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        BackendServices backends = new BackendServices(() -> settings, FakeProbe.noDevice(),
                selection -> Optional.of("not restarting in a test"));
        MainWindow window = new MainWindow(new WorkspaceState(TinyCatalogs.five(), "tiny"), new FxBackgroundTasks(),
                RecentWorkspaces.inMemory(), backends);
        stage.setScene(new Scene(window, 1200, 800));
        stage.show();
    }

    @Test
    void theGpuIsNotSelectableWhereThereIsNoneAndSaveSaysTheCpu(FxRobot robot) throws Exception {
        // given: the dialog open, and the probe has answered that there is no GPU
        robot.clickOn("View").clickOn("#backendMenuItem");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#backendGpuStatus").queryAs(Label.class).getText().startsWith("Checking"));
        RadioButton gpu = robot.lookup("#backendGpu").queryAs(RadioButton.class);
        // then: the GPU choice is disabled and the reason is shown
        assertThat(gpu.isDisabled()).isTrue();
        assertThat(robot.lookup("#backendGpuStatus").queryAs(Label.class).getText()).isNotBlank();
        // when: the user clicks it anyway and saves
        robot.clickOn(gpu);
        robot.clickOn("#backendSave");
        WaitForAsyncUtils.waitForFxEvents();
        // then: the CPU stays chosen, on screen and in the settings, and the message says so
        assertThat(gpu.isSelected()).isFalse();
        assertThat(robot.lookup("#backendCpu").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(settings.load()).isEqualTo(Backend.CPU);
        assertThat(robot.lookup("#backendMessage").queryAs(Label.class).getText())
                .isEqualTo("Saved: CPU. This takes effect at the next start.");
    }
}
