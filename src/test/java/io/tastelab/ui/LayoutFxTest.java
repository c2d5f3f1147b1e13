package io.tastelab.ui;

import atlantafx.base.theme.PrimerLight;
import io.tastelab.engine.models.RecommenderKind;
import io.tastelab.engine.sample.SampleWorkspace;
import io.tastelab.ui.shell.MainWindow;
import io.tastelab.ui.shell.RecentWorkspaces;
import io.tastelab.ui.task.FxBackgroundTasks;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At the smallest window the app supports (1024 × 700) no label, button, check box or column header of these
 * panes and dialogs is cut short with an ellipsis.
 */
@ExtendWith(ApplicationExtension.class)
class LayoutFxTest {

    private MainWindow window;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        window = new MainWindow(new WorkspaceState(SampleWorkspace.load(), "Built-in sample"), new FxBackgroundTasks(),
                RecentWorkspaces.inMemory());
        window.shell().reloadSample();
        stage.setScene(new Scene(window, 1024, 700));
        stage.show();
    }

    /** The controls under {@code root} whose shown text is not their whole text (table cells aside: a long title may be cut). */
    static List<String> truncated(Node root) {
        List<String> cut = new ArrayList<>();
        collect(root, cut);
        return cut;
    }

    private static void collect(Node node, List<String> cut) {
        if (node instanceof IndexedCell<?> || !node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text shown && shown.getStyleClass().contains("text")
                        && !shown.getText().replace("\n", " ").strip().equals(labeled.getText().replace("\n", " ").strip())) {
                    cut.add((labeled.getId() == null ? labeled.getClass().getSimpleName() : "#" + labeled.getId())
                            + " shows '" + shown.getText() + "' for '" + labeled.getText() + "'");
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, cut);
            }
        }
    }

    /** The text fields under {@code root} whose prompt is wider than the field (what the text says is lost). */
    static List<String> cutPrompts(Node root) {
        List<String> cut = new ArrayList<>();
        collectPrompts(root, cut);
        return cut;
    }

    private static void collectPrompts(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof javafx.scene.control.TextField field && field.getPromptText() != null
                && !field.getPromptText().isEmpty()) {
            Text measure = new Text(field.getPromptText());
            measure.setFont(field.getFont());
            double room = field.getWidth() - field.getPadding().getLeft() - field.getPadding().getRight();
            if (measure.getLayoutBounds().getWidth() > room) {
                cut.add((field.getId() == null ? "TextField" : "#" + field.getId()) + " prompt '"
                        + field.getPromptText() + "' needs " + Math.round(measure.getLayoutBounds().getWidth())
                        + " px, has " + Math.round(room));
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectPrompts(child, cut);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalogTab", "popularityTab", "recommendTab", "matrixTab", "evaluateTab"})
    void everyPromptFitsItsFieldAtTheMinimumWindowSize(String tab, FxRobot robot) {
        robot.clickOn("#" + tab);
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cutPrompts(window)).isEmpty();
    }

    @Test
    void everySparkPromptFitsItsFieldAtTheMinimumWindowSize(FxRobot robot) {
        robot.clickOn("#evaluateTab");
        robot.interact(() -> robot.lookup("#evaluationEngine").queryAs(javafx.scene.control.ChoiceBox.class)
                .getSelectionModel().selectLast());
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cutPrompts(window)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void evaluateIsInViewAndAnswersAClickWithoutScrollingAtTheMinimumWindowSize(boolean onSpark, FxRobot robot) {
        // given: the Evaluation pane at 1024x700, on this computer or with Spark's longer settings, and a k it refuses
        robot.clickOn("#evaluateTab");
        robot.interact(() -> {
            javafx.scene.control.ChoiceBox<?> engine = robot.lookup("#evaluationEngine").queryAs(javafx.scene.control.ChoiceBox.class);
            if (onSpark) {
                engine.getSelectionModel().selectLast();
            } else {
                engine.getSelectionModel().selectFirst();
            }
            robot.lookup("#evaluationK").queryTextInputControl().setText("zero");
        });
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        // then: Evaluate is wholly inside the window and inside every scroll pane's viewport around it
        assertThat(outOfView(robot, "#evaluateButton")).isEmpty();
        // when: the user clicks it where it stands, scrolling nothing
        robot.clickOn("#evaluateButton");
        WaitForAsyncUtils.waitForFxEvents();
        // then: the click reached it, and the pane's answer is in view too
        javafx.scene.control.Label error = robot.lookup("#evaluationError").queryAs(javafx.scene.control.Label.class);
        assertThat(error.getText()).startsWith("k must be");
        assertThat(outOfView(robot, "#evaluationError")).isEmpty();
        assertThat(truncated(error)).as("the answer wraps whole, not cut to one line").isEmpty();
    }

    /** Why the node {@code query} finds is not wholly in view: outside the window, or clipped by a scroll pane. */
    private static List<String> outOfView(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        javafx.geometry.Bounds bounds = node.localToScene(node.getBoundsInLocal());
        List<String> problems = new ArrayList<>();
        if (!node.isVisible() || bounds.getMinX() < 0 || bounds.getMinY() < 0
                || bounds.getMaxX() > node.getScene().getWidth() || bounds.getMaxY() > node.getScene().getHeight()) {
            problems.add(query + " at " + bounds + " is not wholly inside the " + node.getScene().getWidth() + "x"
                    + node.getScene().getHeight() + " window");
        }
        for (Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof javafx.scene.control.ScrollPane scroll) {
                Node viewport = scroll.lookup(".viewport");
                javafx.geometry.Bounds shown = viewport.localToScene(viewport.getLayoutBounds());
                if (!shown.contains(bounds)) {
                    problems.add(query + " at " + bounds + " is outside its scroll pane's viewport " + shown);
                }
            }
        }
        return problems;
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalogTab", "popularityTab", "matrixTab", "evaluateTab"})
    void nothingIsCutShortAtTheMinimumWindowSize(String tab, FxRobot robot) {
        robot.clickOn("#" + tab);
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(truncated(window)).isEmpty();
    }

    @Test
    void theImportDialogShowsEveryLabelWhole(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.I);
        WaitForAsyncUtils.waitForFxEvents();
        Window dialog = robot.window("Import ratings");
        assertThat(truncated(dialog.getScene().getRoot())).isEmpty();
        robot.interact(dialog::hide);
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePopularityMeasureIsNamedInWordsNotByItsConstant(FxRobot robot) {
        robot.clickOn("#popularityTab");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ChoiceBox<Object> measure = robot.lookup("#deriveMeasure").queryAs(javafx.scene.control.ChoiceBox.class);
        List<String> names = measure.getItems().stream().map(item -> measure.getConverter().toString(item)).toList();
        assertThat(names).hasSize(3).allSatisfy(name -> assertThat(name).doesNotContain("_").matches(".*[a-z].*"));
        // and the closed box shows the chosen measure in the same words (it once read DISTINCT_USERS)
        String shown = measure.lookupAll(".label").stream().filter(node -> node instanceof javafx.scene.control.Labeled)
                .map(node -> ((javafx.scene.control.Labeled) node).getText()).filter(text -> text != null && !text.isBlank())
                .findFirst().orElse("");
        assertThat(shown).isEqualTo(measure.getConverter().toString(measure.getValue()));
    }

    @Test
    void theMatrixPictureFitsBesideAndBelowItsLabelsAtTheMinimumWindowSize(FxRobot robot) {
        robot.clickOn("#matrixTab");
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Bounds heatmap = sceneBounds(robot, "#matrixHeatmap");
        javafx.geometry.Bounds summary = sceneBounds(robot, "#matrixSummary");
        javafx.geometry.Bounds sortedBox = sceneBounds(robot, "#matrixSorted");
        javafx.geometry.Bounds history = sceneBounds(robot, "#matrixHistory");
        // Nothing is drawn over the summary or the check box, and the history is inside the window.
        assertThat(heatmap.getMinY()).isGreaterThanOrEqualTo(summary.getMaxY());
        assertThat(heatmap.getMinY()).isGreaterThanOrEqualTo(sortedBox.getMaxY());
        assertThat(heatmap.getMaxX()).isLessThanOrEqualTo(history.getMinX());
        assertThat(history.getMaxX()).isLessThanOrEqualTo(1024);
        // The summary line does not run on into the history's hint beside it.
        javafx.geometry.Bounds hint = sceneBounds(robot, "#matrixSelectedUser");
        assertThat(summary.getMaxY() <= hint.getMinY() || summary.getMaxX() <= hint.getMinX())
                .as("summary %s and hint %s overlap", summary, hint).isTrue();
    }

    @Test
    void thePopularityTableShowsEveryColumnWholeAtTheMinimumWindowSize(FxRobot robot) {
        robot.clickOn("#popularityTab");
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TableView<?> table = robot.lookup("#popularityTable").queryAs(javafx.scene.control.TableView.class);
        double columns = table.getVisibleLeafColumns().stream().mapToDouble(javafx.scene.control.TableColumn::getWidth).sum();
        // the header's columns end inside the table (a vertical scroll bar may take 16 px): no header is cut off
        assertThat(columns).isLessThanOrEqualTo(table.getWidth() - 16);
    }

    @Test
    void comparedListsShowWhereEachItemStandsInTheOtherWholeAtTheMinimumWindowSize(FxRobot robot) throws Exception {
        // given: the Recommendations tab, item k-NN for u002 compared with most popular
        robot.clickOn("#recommendTab");
        robot.interact(() -> {
            choice(robot, "#recommenderChoice").setValue(RecommenderKind.ITEM_KNN);
            robot.lookup("#userField").queryTextInputControl().setText("u002");
            choice(robot, "#compareChoice").setValue(RecommenderKind.MOST_POPULAR);
        });
        javafx.scene.control.TableView<?> results = robot.lookup("#resultsTable").queryTableView();
        javafx.scene.control.TableView<?> comparison = robot.lookup("#comparisonTable").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> results.getItems().size() == 10 && comparison.getItems().size() == 10);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        // then: in both lists the column is inside the table, and no cell of it is cut short
        for (javafx.scene.control.TableView<?> table : List.of(results, comparison)) {
            // The fourth column says where the item stands in the other list.
            javafx.scene.control.TableColumn<?, ?> inOther = table.getColumns().get(3);
            assertThat(inOther.isVisible()).isTrue();
            Node header = robot.from(table).lookup(".column-header").match(node ->
                    node instanceof javafx.scene.control.skin.TableColumnHeader columnHeader && columnHeader.getTableColumn() == inOther).query();
            javafx.geometry.Bounds column = header.localToScene(header.getBoundsInLocal());
            javafx.geometry.Bounds whole = table.localToScene(table.getBoundsInLocal());
            assertThat(column.getMaxX()).as(table.getId() + " column's right edge").isLessThanOrEqualTo(whole.getMaxX());
            List<String> cut = new ArrayList<>();
            List<String> shown = new ArrayList<>();
            robot.from(table).lookup(".table-cell").queryAll().forEach(node -> {
                if (node instanceof javafx.scene.control.TableCell<?, ?> cell && cell.getTableColumn() != null
                        && cell.getTableColumn() == inOther && cell.getText() != null) {
                    shown.add(cell.getText());
                    for (Node child : cell.getChildrenUnmodifiable()) {
                        if (child instanceof Text text && !text.getText().equals(cell.getText())) {
                            cut.add(table.getId() + " shows '" + text.getText() + "' for '" + cell.getText() + "'");
                        }
                    }
                }
            });
            assertThat(shown).as(table.getId() + " rows in view").isNotEmpty();
            assertThat(cut).isEmpty();
        }
    }

    @Test
    void theCatalogShowsWhatAUserChecksFirstWithoutScrollingAtTheMinimumWindowSize(FxRobot robot) {
        robot.clickOn("#catalogTab");
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TableView<?> table = robot.lookup("#catalogTable").queryTableView();
        javafx.geometry.Bounds whole = table.localToScene(table.getBoundsInLocal());
        List<String> offScreen = new ArrayList<>();
        for (String title : List.of("ID", "Title", "Category", "Servable in context", "Popularity")) {
            javafx.scene.control.TableColumn<?, ?> column = table.getColumns().stream()
                    .filter(c -> title.equals(c.getText())).findFirst().orElseThrow();
            Node header = robot.from(table).lookup(".column-header").match(node ->
                    node instanceof javafx.scene.control.skin.TableColumnHeader h && h.getTableColumn() == column).query();
            javafx.geometry.Bounds bounds = header.localToScene(header.getBoundsInLocal());
            // a vertical scroll bar may take 16 px at the right
            if (bounds.getMaxX() > whole.getMaxX() - 16) {
                offScreen.add(title + " ends at " + Math.round(bounds.getMaxX()) + ", the table at " + Math.round(whole.getMaxX()));
            }
        }
        assertThat(offScreen).isEmpty();
    }

    @Test
    void thePlaygroundToolbarShowsEveryControlAtTheMinimumWindowSize(FxRobot robot) {
        robot.clickOn("#playgroundTab");
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ToolBar bar = robot.from(robot.lookup("#playgroundView").queryAs(Node.class))
                .lookup(".tool-bar").queryAs(javafx.scene.control.ToolBar.class);
        javafx.geometry.Bounds whole = bar.localToScene(bar.getBoundsInLocal());
        List<String> hidden = new ArrayList<>();
        for (Node item : bar.getItems()) {
            javafx.geometry.Bounds bounds = item.localToScene(item.getBoundsInLocal());
            // the skin moves what does not fit into its » menu: out of the bar, or not visible
            if (item.getParent() == null || !item.isVisible() || item.getScene() == null || bounds.getMaxX() > whole.getMaxX()) {
                hidden.add(item instanceof Labeled labeled ? labeled.getText() : item.getClass().getSimpleName());
            }
        }
        assertThat(hidden).as("controls in the » overflow menu").isEmpty();
        for (Node overflow : robot.from(bar).lookup(".tool-bar-overflow-button").queryAll()) {
            assertThat(overflow.isVisible()).as("the » overflow button").isFalse();
        }
        assertThat(truncated(bar)).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static javafx.scene.control.ComboBox<RecommenderKind> choice(FxRobot robot, String query) {
        return (javafx.scene.control.ComboBox<RecommenderKind>) robot.lookup(query).query();
    }

    private javafx.geometry.Bounds sceneBounds(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node.localToScene(node.getBoundsInLocal());
    }
}
