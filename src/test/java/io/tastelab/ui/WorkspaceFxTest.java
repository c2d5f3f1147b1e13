package io.tastelab.ui;

import atlantafx.base.theme.PrimerLight;
import io.tastelab.engine.TinyCatalogs;
import io.tastelab.engine.interactions.InteractionMatrix;
import io.tastelab.ui.shell.MainWindow;
import io.tastelab.ui.task.FxBackgroundTasks;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** What a user sees of undo/redo and the user-item matrix pane. */
@ExtendWith(ApplicationExtension.class)
class WorkspaceFxTest {

    private WorkspaceState workspace;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        workspace = new WorkspaceState(TinyCatalogs.five(), "tiny");
        stage.setScene(new Scene(new MainWindow(workspace, new FxBackgroundTasks()), 1200, 800));
        stage.show();
    }

    @Test
    void ctrlZUndoesAPopularityEditAndCtrlShiftZRedoesIt(FxRobot robot) {
        // given: the user changed the first item's count from 5 to 60
        robot.clickOn("#popularityTab");
        Node row = robot.lookup("#popularityTable .table-row-cell").nth(0).query();
        robot.doubleClickOn(robot.from(row).lookup(".table-cell").nth(2).<Node>query());
        robot.push(KeyCode.CONTROL, KeyCode.A).write("60").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workspace.catalog().popularity(0)).isEqualTo(60);
        // when: Ctrl+Z, then Ctrl+Shift+Z
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        // then: the count goes back, and forward again
        assertThat(workspace.catalog().popularity(0)).isEqualTo(5);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workspace.catalog().popularity(0)).isEqualTo(60);
    }

    @Test
    void theMatrixPaneShowsTheMatrixAndAClickedUsersHistory(FxRobot robot) throws Exception {
        // given: interactions of two users over the five items
        InteractionMatrix matrix = InteractionMatrix.fromCoordinates(new String[] {"ann", "bob"}, 5,
                new int[] {0, 0, 0, 1}, new int[] {0, 1, 2, 1}, new float[] {5, 4, 3, 2}, null, null, 4);
        robot.interact(() -> workspace.setInteractions(new WorkspaceState.Interactions(matrix, workspace.catalog())));
        // when: the user opens the matrix tab and clicks the top row of the heatmap
        robot.clickOn("#matrixTab");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#matrixSummary").queryAs(Label.class).getText().startsWith("2 users"));
        assertThat(robot.lookup("#matrixSummary").queryAs(Label.class).getText())
                .isEqualTo("2 users × 5 items, 4 interactions — density 40.0000%, sparsity 60.0000%");
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        // before a click the empty history says how to fill it, not JavaFX's "No content in table"
        TableView<?> empty = robot.lookup("#matrixHistory").queryTableView();
        assertThat(empty.getPlaceholder()).isInstanceOfSatisfying(Label.class, hint -> {
            assertThat(hint.getText()).startsWith("Click a row of the heatmap");
            assertThat(hint.isVisible()).isTrue();
        });
        Node heatmap = robot.lookup("#matrixHeatmap").query();
        robot.moveTo(heatmap).moveBy(0, -heatmap.getBoundsInLocal().getHeight() / 2 + 5).clickOn();
        WaitForAsyncUtils.waitForFxEvents();
        // then: the most active user's history is listed
        assertThat(robot.lookup("#matrixSelectedUser").queryAs(Label.class).getText()).isEqualTo("User ann: 3 interactions");
        TableView<?> history = robot.lookup("#matrixHistory").queryTableView();
        assertThat(history.getItems()).hasSize(3);
    }
}
