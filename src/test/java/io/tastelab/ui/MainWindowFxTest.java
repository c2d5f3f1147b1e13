package io.tastelab.ui;

import atlantafx.base.theme.PrimerLight;
import io.tastelab.engine.TinyCatalogs;
import io.tastelab.ui.recommend.ResultRow;
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

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives the panes as a user would, on a five-item catalog. */
@ExtendWith(ApplicationExtension.class)
class MainWindowFxTest {

    private WorkspaceState workspace;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        workspace = new WorkspaceState(TinyCatalogs.five(), "tiny");
        stage.setScene(new Scene(new MainWindow(workspace, new FxBackgroundTasks()), 1200, 800));
        stage.show();
    }

    private static List<String> recommended(FxRobot robot) {
        TableView<ResultRow> results = robot.lookup("#resultsTable").queryTableView();
        return results.getItems().stream().map(ResultRow::id).toList();
    }

    private static Node popularityCellOfRow(FxRobot robot, int row) {
        Node tableRow = robot.lookup("#popularityTable .table-row-cell").nth(row).query();
        return robot.from(tableRow).lookup(".table-cell").nth(2).query();
    }

    private static void editPopularity(FxRobot robot, int row, String text) {
        robot.clickOn("#popularityTab");
        robot.doubleClickOn(popularityCellOfRow(robot, row));
        robot.push(KeyCode.CONTROL, KeyCode.A).write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void editingAPopularityReordersTheOutput(FxRobot robot) {
        // given: d (row 3) is the least popular item
        robot.clickOn("#recommendTab");
        assertThat(recommended(robot)).startsWith("b", "e").doesNotContain("c");
        // when: the user raises d's count in the popularity editor
        editPopularity(robot, 3, "100");
        // then: d leads the recommendations
        assertThat(workspace.catalog().popularity(3)).isEqualTo(100);
        robot.clickOn("#recommendTab");
        assertThat(recommended(robot).getFirst()).isEqualTo("d");
    }

    @Test
    void invalidPopularityShowsAnErrorAndChangesNothing(FxRobot robot) {
        editPopularity(robot, 0, "-7");
        Label error = robot.lookup("#popularityError").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("non-negative whole number");
        assertThat(workspace.catalog().popularity(0)).isEqualTo(5);
    }

    @Test
    void markingAnItemUnavailableRemovesItFromTheOutput(FxRobot robot) {
        robot.clickOn("#recommendTab");
        assertThat(recommended(robot)).contains("b");
        // when: the user selects b in the catalog, unticks Available and saves
        robot.clickOn("#catalogTab");
        robot.clickOn(robot.lookup("#catalogTable .table-row-cell").nth(1).queryAs(Node.class));
        robot.clickOn("#itemAvailable").clickOn("#saveItemButton");
        // then
        assertThat(workspace.catalog().item(1).available()).isFalse();
        robot.clickOn("#recommendTab");
        assertThat(recommended(robot)).doesNotContain("b");
    }

    @Test
    void duplicateIdShowsAnInlineErrorAndChangesNothing(FxRobot robot) {
        robot.clickOn("#catalogTab").clickOn("#newItemButton");
        robot.clickOn("#itemId").write("b");
        robot.clickOn("#itemTitle").write("Imposter");
        robot.clickOn("#saveItemButton");
        Label error = robot.lookup("#itemError").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("already exists");
        assertThat(workspace.catalog().size()).isEqualTo(5);
    }

    @Test
    void filterAsYouTypeNarrowsTheTable(FxRobot robot) {
        robot.clickOn("#catalogTab").clickOn("#catalogFilter").write("film");
        TableView<?> table = robot.lookup("#catalogTable").queryTableView();
        assertThat(table.getItems()).hasSize(2);
        assertThat(robot.lookup("#catalogSummary").queryAs(Label.class).getText()).isEqualTo("2 of 5 items");
    }

    @Test
    void unknownExclusionShowsAnError(FxRobot robot) {
        robot.clickOn("#recommendTab").clickOn("#excludeField").write("zzz");
        Label error = robot.lookup("#requestError").queryAs(Label.class);
        assertThat(error.getText()).isEqualTo("cannot exclude unknown item id 'zzz'");
    }
}
