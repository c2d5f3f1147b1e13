package io.tastelab.ui;

import atlantafx.base.theme.PrimerLight;
import io.tastelab.engine.catalog.Catalog;
import io.tastelab.ui.shell.MainWindow;
import io.tastelab.ui.task.FxBackgroundTasks;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** An empty workspace: every pane says what to do, and no chart draws axes over nothing. */
@ExtendWith(ApplicationExtension.class)
class EmptyStatesFxTest {

    private WorkspaceState workspace;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        workspace = new WorkspaceState(Catalog.empty(), "new.tastelab");
        stage.setScene(new Scene(new io.tastelab.ui.shell.MainWindow(workspace, new FxBackgroundTasks()), 1200, 800));
        stage.show();
    }

    private static String placeholderOf(FxRobot robot, String table) {
        TableView<?> view = robot.lookup(table).queryTableView();
        return ((Label) view.getPlaceholder()).getText();
    }

    @Test
    void emptyPanesSayWhatToDoInsteadOfDrawingEmptyCharts(FxRobot robot) {
        // given: a new, empty workspace
        // then: the catalog and popularity tables say to import ratings or add an item
        robot.clickOn("#catalogTab");
        assertThat(placeholderOf(robot, "#catalogTable")).isEqualTo("No items yet. Import ratings (Ctrl+I) or add an item.");
        robot.clickOn("#popularityTab");
        assertThat(placeholderOf(robot, "#popularityTable")).isEqualTo("No items yet. Import ratings (Ctrl+I) or add an item.");
        // and: the long-tail chart is replaced by the same hint
        Node chart = robot.lookup("#longTailChart").query();
        assertThat(chart.isVisible()).isFalse();
        assertThat(robot.lookup("#longTailEmpty").queryAs(Label.class).isVisible()).isTrue();
        // and: the matrix says there are no interactions; the evaluation charts say what fills them
        robot.clickOn("#matrixTab");
        assertThat(robot.lookup("#matrixEmpty").queryAs(Label.class).getText()).startsWith("No interactions yet. Import ratings (Ctrl+I)");
        assertThat(robot.lookup("#matrixDrawing").query().isVisible()).isFalse();
        robot.clickOn("#evaluateTab");
        assertThat(robot.lookup("#evaluationChart").query().isVisible()).isFalse();
        assertThat(robot.lookup("#evaluationChartEmpty").queryAs(Label.class).getText()).startsWith("Evaluate to see nDCG@k");

        // when: an item is added (here by an edit, as the form does)
        robot.interact(() -> workspace.edit(catalog -> catalog.withAddedItem(io.tastelab.engine.catalog.Item.of("x", "X", "Book"), 3)));
        WaitForAsyncUtils.waitForFxEvents();
        // then: the chart is drawn again
        robot.clickOn("#popularityTab");
        assertThat(robot.lookup("#longTailChart").query().isVisible()).isTrue();
        assertThat(robot.lookup("#longTailEmpty").queryAs(Label.class).isVisible()).isFalse();
    }
}
