package io.tastelab.ui;

import atlantafx.base.theme.PrimerLight;
import io.tastelab.engine.TinyCatalogs;
import io.tastelab.ui.shell.MainWindow;
import io.tastelab.ui.task.FxBackgroundTasks;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The import dialog as a user drives it: bad rows are listed, nothing is imported until they are skipped. */
@ExtendWith(ApplicationExtension.class)
class ImportDialogFxTest {

    @TempDir
    Path dir;

    private WorkspaceState workspace;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        workspace = new WorkspaceState(TinyCatalogs.five(), "tiny");
        window = new MainWindow(workspace, new FxBackgroundTasks());
        stage.setScene(new Scene(window, 1200, 800));
        stage.show();
    }

    @Test
    void badRowsAreListedThenSkippedOnRequest(FxRobot robot) throws Exception {
        // given: a new, empty workspace file is open
        Path file = dir.resolve("movies.tastelab");
        robot.interact(() -> window.shell().newWorkspace(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.shell().workspaceFileProperty().get() != null);
        String ratings = Path.of(getClass().getResource("/imports/ml-bad/ratings.csv").toURI()).toString();

        // when: the user opens File → Import ratings (Ctrl+I), picks a ratings file with bad rows and imports
        robot.push(KeyCode.CONTROL, KeyCode.I);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#importRatingsFile").queryAs(TextField.class).setText(ratings));
        robot.clickOn("#importStartButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#importBadRows").queryAs(ListView.class).getItems().isEmpty());

        // then: the bad rows are listed with file and line, and nothing was imported
        assertThat(robot.lookup("#importBadRows").queryAs(ListView.class).getItems()).extracting(Object::toString)
                .contains("ratings.csv:4: rating 'great' is not a number");
        assertThat(workspace.catalog().size()).isZero();

        // when: the user skips the bad rows
        robot.clickOn("#importSkipAndRetryButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#importStatus").queryAs(Label.class).getText().startsWith("imported"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workspace.catalog().size() == 2);

        // then: the good rows are in the workspace and the window shows it
        assertThat(robot.lookup("#importStatus").queryAs(Label.class).getText())
                .isEqualTo("imported 2 interactions, 2 new users, 2 items; skipped 3 bad rows; popularity set to users per item");
        assertThat(window.shell().windowTitle().get()).isEqualTo("TasteLab — movies.tastelab");

        // when: the user imports the same file again
        robot.clickOn("#importStartButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#importStatus").queryAs(Label.class).getText().contains("already imported"));

        // then: it is refused with the date of the earlier import, and replacing it is offered
        assertThat(robot.lookup("#importStatus").queryAs(Label.class).getText()).matches("ratings\\.csv was already imported "
                + "into this workspace on .* UTC; nothing was imported\\. Replace that import's interactions with this file\\?");
        assertThat(robot.lookup("#importReplaceButton").queryAs(Button.class).isVisible()).isTrue();

        // when: the user replaces the earlier import
        robot.clickOn("#importReplaceButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#importStatus").queryAs(Label.class).getText().startsWith("imported"));

        // then: the interactions were replaced, not added again
        assertThat(robot.lookup("#importStatus").queryAs(Label.class).getText()).startsWith("imported 2 interactions, 0 new users")
                .contains("replaced the import of ratings.csv made on ");
        assertThat(robot.lookup("#importReplaceButton").queryAs(Button.class).isVisible()).isFalse();
        assertThat(window.shell().openWorkspace().orElseThrow().counts().interactions()).isEqualTo(2);
        robot.interact(() -> window.shell().closeOpen());
    }

    @Test
    void theDialogOpensAgainWithItsFilesButNotItsLastReport(FxRobot robot) throws Exception {
        String ratings = Path.of(getClass().getResource("/imports/ml-bad/ratings.csv").toURI()).toString();
        // given: the user filled in the ratings file, tried to import (no workspace file: refused), and closed
        robot.push(KeyCode.CONTROL, KeyCode.I);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#importRatingsFile").queryAs(TextField.class).setText(ratings));
        robot.clickOn("#importStartButton");
        assertThat(robot.lookup("#importError").queryAs(Label.class).getText()).startsWith("Import needs a workspace file");
        robot.interact(() -> robot.window("Import ratings").hide());
        // when: the dialog is opened again
        robot.push(KeyCode.CONTROL, KeyCode.I);
        WaitForAsyncUtils.waitForFxEvents();
        // then: the files are still there, the old error is not
        assertThat(robot.lookup("#importRatingsFile").queryAs(TextField.class).getText()).isEqualTo(ratings);
        assertThat(robot.lookup("#importItemsFile").queryAs(TextField.class).getText()).endsWith("movies.csv");
        assertThat(robot.lookup("#importError").queryAs(Label.class).getText()).isEmpty();
        robot.interact(() -> robot.window("Import ratings").hide());
    }

    @Test
    void theDialogIsResizableAndShowsItsWholeContent(FxRobot robot) {
        // when: the user opens the import dialog
        robot.push(KeyCode.CONTROL, KeyCode.I);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.stage.Stage dialog = (javafx.stage.Stage) robot.window("Import ratings");
        // then: it can be resized, it opens no smaller than its content's minimum, and no label or button is cut
        assertThat(dialog.isResizable()).isTrue();
        javafx.scene.Parent content = dialog.getScene().getRoot();
        double width = content.getLayoutBounds().getWidth();
        assertThat(width).isGreaterThanOrEqualTo(content.minWidth(-1) - 1);
        assertThat(content.getLayoutBounds().getHeight()).isGreaterThanOrEqualTo(content.minHeight(width) - 1);
        assertThat(LayoutFxTest.truncated(content)).isEmpty();
        robot.interact(dialog::hide);
    }
}
