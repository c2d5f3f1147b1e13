package io.tastelab.ui.recommend;

import atlantafx.base.theme.PrimerLight;
import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.sample.SampleWorkspace;
import io.tastelab.ui.WorkspaceState;
import io.tastelab.ui.shell.MainWindow;
import io.tastelab.ui.task.FxBackgroundTasks;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
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

/** The Recommendations tab on the built-in sample, as a user drives it. */
@ExtendWith(ApplicationExtension.class)
class RecommendPaneFxTest {

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Catalog sample = SampleWorkspace.load();
        WorkspaceState workspace = new WorkspaceState(sample, "Built-in sample");
        workspace.setInteractions(new WorkspaceState.Interactions(SampleWorkspace.interactions(sample), sample));
        stage.setScene(new Scene(new MainWindow(workspace, new FxBackgroundTasks()), 1200, 800));
        stage.show();
    }

    @Test
    void pickAPersonalizedRecommenderAndAUserThenCompareWithAnother(FxRobot robot) throws Exception {
        // given: the Recommendations tab, most popular by default, no user picker
        robot.clickOn("#recommendTab");
        assertThat(robot.lookup("#userPanel").query().isVisible()).isFalse();
        TableView<ResultRow> results = robot.lookup("#resultsTable").queryTableView();
        assertThat(results.getItems()).hasSize(10);

        // when: item k-NN is chosen, the user picker appears and asks for a user
        robot.clickOn("#recommenderChoice").clickOn("Item k-NN");
        assertThat(robot.lookup("#userPanel").query().isVisible()).isTrue();
        assertThat(robot.lookup("#recommendHint").queryAs(Label.class).getText()).contains("choose a user");
        assertThat(results.getItems()).isEmpty();

        // when: the user searches for "u00" and picks u002 from the list
        robot.clickOn("#userField").write("u00");
        ListView<String> users = robot.lookup("#userList").queryListView();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(users.getItems()).hasSize(9);
        robot.clickOn(robot.from(users).lookup(".list-cell").nth(1).queryAs(javafx.scene.Node.class));

        // then: the user's history, the list and the trace with the seen-items rule
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> results.getItems().size() == 10);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#historyTitle").queryAs(Label.class).getText()).startsWith("History of u002");
        assertThat(robot.lookup("#historyTable").queryTableView().getItems()).isNotEmpty();
        TreeView<String> trace = robot.lookup("#traceTree").queryAs(TreeView.class);
        assertThat(trace.getRoot().getChildren()).hasSize(3);
        assertThat(trace.getRoot().getChildren().get(1).getValue()).contains("ranked by item-knn");
        assertThat(trace.getRoot().getChildren().get(2).getChildren())
                .anyMatch(line -> line.getValue().endsWith("already seen by the user"));

        // when: most popular is compared side by side
        robot.clickOn("#compareChoice").clickOn(robot.lookup(".list-cell").match(
                node -> node instanceof javafx.scene.control.ListCell<?> cell && "Most popular".equals(cell.getText())
                        && node.getScene() != robot.lookup("#recommendPane").query().getScene()).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        // then: two lists, each row saying where its item stands in the other
        TableView<ResultRow> comparison = robot.lookup("#comparisonTable").queryTableView();
        assertThat(robot.lookup("#comparisonBox").query().isVisible()).isTrue();
        assertThat(comparison.getItems()).hasSize(10);
        assertThat(results.getItems()).allSatisfy(row -> assertThat(row.inOtherList()).matches("#\\d+ in most-popular, .*|not in most-popular"));

        // when: a mistyped id replaces the user
        robot.doubleClickOn("#userField").push(KeyCode.CONTROL, KeyCode.A).write("u9999");
        WaitForAsyncUtils.waitForFxEvents();
        // then: "unknown user" and no list from before
        assertThat(robot.lookup("#requestError").queryAs(Label.class).getText()).startsWith("unknown user 'u9999'");
        assertThat(results.getItems()).isEmpty();
        assertThat(comparison.getItems()).isEmpty();
    }
}
