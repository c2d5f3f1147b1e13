package io.tastelab.ui.evaluate;

import atlantafx.base.theme.PrimerLight;
import io.tastelab.engine.TinyCatalogs;
import io.tastelab.engine.evaluation.MetricRow;
import io.tastelab.ui.ScrollIntoView;
import io.tastelab.ui.WorkspaceState;
import io.tastelab.ui.shell.MainWindow;
import io.tastelab.ui.task.FxBackgroundTasks;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The Evaluation tab as a user drives it. */
@ExtendWith(ApplicationExtension.class)
class EvaluationPaneFxTest {

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(new MainWindow(new WorkspaceState(TinyCatalogs.five(), "tiny"), new FxBackgroundTasks()), 1200, 800));
        stage.show();
    }

    @Test
    void evaluatingShowsResultsAChartAndTheLossCurve(FxRobot robot) throws Exception {
        // given: the Evaluation tab with synthetic data, most-popular and ALS chosen
        robot.clickOn("#evaluateTab");
        click(robot, "#evaluate-random", "#evaluate-item-knn");
        ScrollIntoView.clickOn(robot, "#evaluationParams").write("als.factors=8 als.iterations=3");
        // when: the user clicks Evaluate
        ScrollIntoView.clickOn(robot, "#evaluateButton");
        TableView<MetricRow> table = robot.lookup("#evaluationTable").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().size() == 4);
        WaitForAsyncUtils.waitForFxEvents();
        // then: two recommenders × k 10, 20; the chart has both k; ALS drew its loss curve
        assertThat(table.getItems()).extracting(MetricRow::recommender).containsExactly("most-popular", "most-popular", "als", "als");
        BarChart<?, ?> chart = robot.lookup("#evaluationChart").queryAs(BarChart.class);
        assertThat(chart.getData()).hasSize(2);
        LineChart<?, ?> loss = robot.lookup("#lossChart-als").queryAs(LineChart.class);
        assertThat(loss.getData()).singleElement().satisfies(series -> assertThat(series.getData()).hasSize(3));
        assertThat(robot.lookup("#evaluationStatus").queryAs(Label.class).getText()).contains("test users");
    }

    @Test
    void theLossCurveHasEveryIterationTheProgressHasReported(FxRobot robot) throws Exception {
        // given: the Evaluation tab with synthetic data and ALS alone, twelve iterations
        robot.clickOn("#evaluateTab");
        click(robot, "#evaluate-most-popular", "#evaluate-random", "#evaluate-item-knn");
        ScrollIntoView.clickOn(robot, "#evaluationParams").write("als.factors=8 als.iterations=12");
        javafx.scene.layout.VBox charts = robot.lookup("#lossCharts").queryAs(javafx.scene.layout.VBox.class);
        Label status = robot.lookup("#evaluationStatus").queryAs(Label.class);
        java.util.List<String> behind = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.Set<Integer> seen = new java.util.concurrent.ConcurrentSkipListSet<>();
        java.util.regex.Pattern iteration = java.util.regex.Pattern.compile("ALS iteration (\\d+)");
        robot.interact(() -> status.textProperty().addListener((obs, old, now) -> {
            java.util.regex.Matcher found = iteration.matcher(now == null ? "" : now);
            if (found.find()) {
                int reported = Integer.parseInt(found.group(1));
                seen.add(reported);
                int drawn = charts.getChildren().isEmpty() ? 0
                        : ((LineChart<?, ?>) charts.getChildren().getFirst()).getData().getFirst().getData().size();
                if (drawn < reported) {
                    behind.add("progress says iteration " + reported + ", the chart has " + drawn + " points");
                }
            }
        }));
        // when: the user clicks Evaluate
        ScrollIntoView.clickOn(robot, "#evaluateButton");
        TableView<MetricRow> table = robot.lookup("#evaluationTable").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        // then: whenever the progress named an iteration, the chart already had its point
        assertThat(seen).isNotEmpty();
        assertThat(behind).isEmpty();
        LineChart<?, ?> loss = robot.lookup("#lossChart-als").queryAs(LineChart.class);
        assertThat(loss.getData()).singleElement().satisfies(series -> assertThat(series.getData()).hasSize(12));
    }

    @Test
    void eachTrainedModelDrawsItsOwnLossOnItsOwnAxis(FxRobot robot) throws Exception {
        // given: ALS and BPR, whose losses measure different things on scales far apart
        robot.clickOn("#evaluateTab");
        click(robot, "#evaluate-most-popular", "#evaluate-random", "#evaluate-item-knn");
        click(robot, "#evaluate-bpr");
        ScrollIntoView.clickOn(robot, "#evaluationParams").write("als.factors=8 als.iterations=4 bpr.factors=8 bpr.epochs=4");
        // when: the user clicks Evaluate
        ScrollIntoView.clickOn(robot, "#evaluateButton");
        TableView<MetricRow> table = robot.lookup("#evaluationTable").queryTableView();
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> table.getItems().size() == 4);
        WaitForAsyncUtils.waitForFxEvents();
        // then: one chart per model, titled with what its loss measures, showing the loss itself
        for (String model : new String[] {"als", "bpr"}) {
            LineChart<?, ?> chart = robot.lookup("#lossChart-" + model).queryAs(LineChart.class);
            assertThat(chart.getTitle()).startsWith(model.toUpperCase(java.util.Locale.ROOT) + " loss: ")
                    .endsWith(EvaluationViewModel.lossMeaning(model));
            assertThat(chart.isVisible()).isTrue();
            java.util.List<Double> drawn = chart.getData().getFirst().getData().stream()
                    .map(point -> ((Number) point.getYValue()).doubleValue()).toList();
            assertThat(drawn).hasSize(4);
            double low = java.util.Collections.min(drawn);
            double high = java.util.Collections.max(drawn);
            assertThat(high).as("the loss itself, not a ratio to the first").isGreaterThan(low);
            // and the axis spans this model's losses, not another model's: the curve fills its chart
            javafx.scene.chart.NumberAxis axis = (javafx.scene.chart.NumberAxis) chart.getYAxis();
            assertThat(axis.getLowerBound()).isLessThanOrEqualTo(low);
            assertThat(axis.getUpperBound()).isGreaterThanOrEqualTo(high);
            assertThat(axis.getUpperBound() - axis.getLowerBound()).as(model).isLessThan(4 * (high - low));
            Node plotted = chart.lookup(".chart-plot-background");
            assertThat(plotted.getBoundsInLocal().getHeight()).as("room to read the curve").isGreaterThan(60);
            // and the iterations axis ticks at whole iterations (it once ticked at 2.5 and 7.5)
            javafx.scene.chart.NumberAxis iterations = (javafx.scene.chart.NumberAxis) chart.getXAxis();
            assertThat(iterations.getTickMarks()).isNotEmpty().allSatisfy(tick ->
                    assertThat(((Number) tick.getValue()).doubleValue() % 1).as(model + " tick " + tick.getValue()).isZero());
        }
        // and the results table shows every row without scrolling (it once showed 7 of 10)
        Node lastRow = table.lookupAll(".table-row-cell").stream()
                .filter(row -> ((javafx.scene.control.TableRow<?>) row).getIndex() == table.getItems().size() - 1)
                .findFirst().orElseThrow(() -> new AssertionError("the last result row is not laid out"));
        javafx.geometry.Bounds rowBounds = lastRow.localToScene(lastRow.getBoundsInLocal());
        javafx.geometry.Bounds tableBounds = table.localToScene(table.getBoundsInLocal());
        assertThat(rowBounds.getMaxY()).isLessThanOrEqualTo(tableBounds.getMaxY());
    }

    @Test
    void anInvalidKShowsAnInlineError(FxRobot robot) {
        robot.clickOn("#evaluateTab");
        robot.doubleClickOn(ScrollIntoView.scrolledTo(robot, "#evaluationK")).write("zero");
        ScrollIntoView.clickOn(robot, "#evaluateButton");
        Label error = robot.lookup("#evaluationError").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("k must be");
    }

    @Test
    void recommendingForAUserFillsTheServedTable(FxRobot robot) throws Exception {
        // given: the Recommend-for-a-user tab of the Evaluation pane, item k-NN on synthetic data
        robot.clickOn("#evaluateTab").clickOn("#tryTab");
        robot.clickOn("#tryUser").write("3");
        // when
        robot.clickOn("#recommendForUserButton");
        TableView<EvaluationViewModel.ServedRow> served = robot.lookup("#servedTable").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> served.getItems().size() == 10);
        WaitForAsyncUtils.waitForFxEvents();
        // then: ten items, and the trace names the ranker and the seen-items rule
        assertThat(robot.lookup("#servedTrace").queryAs(Label.class).getText()).contains("Ranked by item-knn", "already seen");
    }

    @Test
    void cancelInTheStatusBarStopsTheEvaluationAndThePaneCanRunAgain(FxRobot robot) throws Exception {
        // given: a long evaluation running (ALS with many iterations on the synthetic data)
        robot.clickOn("#evaluateTab");
        click(robot, "#evaluate-random", "#evaluate-item-knn");
        ScrollIntoView.clickOn(robot, "#evaluationParams").write("als.factors=8 als.iterations=100000");
        ScrollIntoView.clickOn(robot, "#evaluateButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#cancelTaskButton").queryAs(Button.class).isVisible());
        assertThat(robot.lookup("#evaluateButton").queryAs(Button.class).isDisabled()).isTrue();
        // when: the user presses Cancel in the status bar, not the pane's own
        robot.clickOn("#cancelTaskButton");
        WaitForAsyncUtils.waitForFxEvents();
        // then: the pane is idle, says so, and offers Evaluate again; the status bar's task is gone
        assertThat(robot.lookup("#evaluationStatus").queryAs(Label.class).getText()).startsWith("cancelled");
        assertThat(robot.lookup("#evaluateButton").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#cancelEvaluationButton").queryAs(Button.class).isVisible()).isFalse();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#cancelTaskButton").queryAs(Button.class).isVisible());
        assertThat(robot.lookup("#evaluationTable").queryTableView().getItems()).isEmpty();
    }

    /** Clicks each node in turn, scrolled into the settings column's view first, as a user scrolls to it. */
    private static void click(FxRobot robot, String... queries) {
        for (String query : queries) {
            ScrollIntoView.clickOn(robot, query);
        }
    }
}
