package io.tastelab.spark;

import atlantafx.base.theme.PrimerLight;
import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.evaluation.MetricRow;
import io.tastelab.engine.sample.SampleWorkspace;
import io.tastelab.ui.ScrollIntoView;
import io.tastelab.ui.WorkspaceState;
import io.tastelab.ui.evaluate.EvaluationViewModel;
import io.tastelab.ui.shell.MainWindow;
import io.tastelab.ui.task.FxBackgroundTasks;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evaluation → Engine → "Apache Spark" as a user clicks it, against a real Spark in {@code local[2]} started
 * through a {@code spark-submit}: the open workspace (the built-in sample's ratings) is exported, the built
 * {@code target/tastelab-spark.jar} runs, Spark's stage progress shows in the pane, and the rows land in the same
 * table and chart labelled "(Spark)" beside this computer's; Cancel kills the job and leaves no process behind.
 */
@ExtendWith(ApplicationExtension.class)
class SparkFromTheEvaluationPaneIT {

    private static final Path JAR = Path.of("target", "tastelab-spark.jar").toAbsolutePath();

    @TempDir
    Path folder;

    /** Every text the pane's status line showed, in order. */
    private final List<String> statuses = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Catalog sample = SampleWorkspace.load();
        WorkspaceState workspace = new WorkspaceState(sample, "Built-in sample");
        workspace.setInteractions(new WorkspaceState.Interactions(SampleWorkspace.interactions(sample), sample));
        stage.setScene(new Scene(new MainWindow(workspace, new FxBackgroundTasks()), 1200, 800));
        stage.show();
    }

    @BeforeEach
    void followTheStatusLine(FxRobot robot) {
        assertThat(JAR).as("built by mvn -Pspark package").isRegularFile();
        robot.clickOn("#evaluateTab");
        Label status = robot.lookup("#evaluationStatus").queryAs(Label.class);
        robot.interact(() -> status.textProperty().addListener((obs, old, now) -> statuses.add(now)));
    }

    @Test
    void aSparkRunOfTheOpenWorkspaceLandsBesideTheLocalRun(FxRobot robot) throws Exception {
        // given: the open workspace's ratings, random, most popular and ALS, k = 10, evaluated on this computer
        assertThat(robot.lookup("#evaluationData").queryAs(ChoiceBox.class).getValue())
                .isEqualTo(EvaluationViewModel.DataChoice.OPEN_WORKSPACE);
        ScrollIntoView.clickOn(robot, "#evaluate-item-knn");
        replaceText(robot, "#evaluationK", "10");
        ScrollIntoView.clickOn(robot, "#evaluationParams").write("als.factors=8 als.iterations=3");
        ScrollIntoView.clickOn(robot, "#evaluateButton");
        TableView<MetricRow> table = robot.lookup("#evaluationTable").queryTableView();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> table.getItems().size() == 3);

        // when: the user picks Apache Spark, master local[2], the spark-submit and the job's jar, and runs again
        ScrollIntoView.clickOn(robot, "#evaluationEngine").clickOn("Apache Spark");
        assertThat(robot.lookup("#sparkSettings").query().isVisible()).isTrue();
        replaceText(robot, "#sparkMaster", "local[2]");
        replaceText(robot, "#sparkSubmit", sparkSubmit().toString());
        replaceText(robot, "#sparkJar", JAR.toString());
        ScrollIntoView.clickOn(robot, "#evaluateButton");

        // then: the submission and Spark's own stage progress show while it runs ...
        Button evaluate = robot.lookup("#evaluateButton").queryButton();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, evaluate::isDisabled);
        WaitForAsyncUtils.waitFor(20, TimeUnit.MINUTES, () -> !evaluate.isDisabled());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#evaluationError").queryAs(Label.class).getText()).as("statuses: %s", statuses).isEmpty();
        assertThat(statuses).anyMatch(text -> text.equals("submitting to local[2]"))
                .anyMatch(text -> text.matches("Spark stage \\d+: \\d+ of \\d+ tasks"));
        // ... and its rows come back into the same table beside this computer's, labelled with the engine
        Map<String, MetricRow> rows = table.getItems().stream().collect(Collectors.toMap(MetricRow::recommender, Function.identity()));
        assertThat(table.getItems().subList(0, 3)).extracting(MetricRow::recommender)
                .containsExactlyInAnyOrder("random", "most-popular", "als");
        assertThat(table.getItems().subList(3, 6)).extracting(MetricRow::recommender)
                .containsExactlyInAnyOrder("random (Spark)", "most-popular (Spark)", "als (Spark)");
        // Both engines tested the same users, and the exact recommenders agree exactly although Spark numbered the
        // exported file's users and items by first appearance and the workspace by its own order (random's scores,
        // the splits and the ties go by ids).
        for (String recommender : List.of("random", "most-popular", "als")) {
            MetricRow local = rows.get(recommender);
            MetricRow spark = rows.get(recommender + " (Spark)");
            assertThat(spark.users()).as(recommender).isEqualTo(local.users()).isPositive();
            assertThat(spark.ndcg()).as(recommender).isBetween(0.0, 1.0);
            if (!recommender.equals("als")) {
                assertThat(spark.ndcg()).as(recommender + " nDCG").isCloseTo(local.ndcg(), org.assertj.core.api.Assertions.offset(1e-12));
                assertThat(spark.precision()).as(recommender + " precision")
                        .isCloseTo(local.precision(), org.assertj.core.api.Assertions.offset(1e-12));
                assertThat(spark.coverage()).as(recommender + " coverage")
                        .isCloseTo(local.coverage(), org.assertj.core.api.Assertions.offset(1e-12));
            }
        }
        assertThat(rows.get("als (Spark)").ndcg()).as("MLlib's ALS learned the tastes").isGreaterThan(rows.get("random (Spark)").ndcg());
        // and in the same chart
        BarChart<?, ?> chart = robot.lookup("#evaluationChart").queryAs(BarChart.class);
        assertThat(chart.getData()).singleElement().satisfies(series -> assertThat(series.getData())
                .extracting(point -> (String) ((XYChart.Data<?, ?>) point).getXValue())
                .contains("most-popular", "most-popular (Spark)", "als", "als (Spark)"));
        // the data Spark read was the open workspace, written to a temporary CSV for it (and removed after)
        String done = robot.lookup("#evaluationStatus").queryAs(Label.class).getText();
        assertThat(done).startsWith("tastelab-spark-").contains(".csv.gz: ", "test users");
        String exported = done.substring(0, done.indexOf(".csv.gz") + ".csv.gz".length());
        assertThat(Path.of(System.getProperty("java.io.tmpdir"), exported)).doesNotExist();
    }

    @Test
    void cancelKillsTheSparkJobAndLeavesNoProcess(FxRobot robot) throws Exception {
        // given: a long ALS job submitted to Spark
        for (String recommender : List.of("#evaluate-random", "#evaluate-most-popular", "#evaluate-item-knn")) {
            ScrollIntoView.clickOn(robot, recommender);
        }
        ScrollIntoView.clickOn(robot, "#evaluationParams").write("als.factors=8 als.iterations=400");
        ScrollIntoView.clickOn(robot, "#evaluationEngine").clickOn("Apache Spark");
        replaceText(robot, "#sparkMaster", "local[2]");
        replaceText(robot, "#sparkSubmit", sparkSubmit().toString());
        replaceText(robot, "#sparkJar", JAR.toString());
        ScrollIntoView.clickOn(robot, "#evaluateButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.MINUTES, () -> statuses.stream().anyMatch(text -> text.startsWith("Spark stage")));
        List<ProcessHandle> job = sparkProcesses();
        assertThat(job).as("spark-submit running").anySatisfy(process ->
                assertThat(process.info().command()).hasValueSatisfying(command -> assertThat(command).endsWith("java")));

        // when: the user presses the pane's Cancel
        ScrollIntoView.clickOn(robot, "#cancelEvaluationButton");

        // then: spark-submit and everything it started are gone, the pane is idle and shows no Spark rows
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> job.stream().noneMatch(ProcessHandle::isAlive));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> sparkProcesses().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#evaluationStatus").queryAs(Label.class).getText()).startsWith("cancelled");
        assertThat(robot.lookup("#evaluateButton").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#evaluationTable").queryTableView().getItems()).isEmpty();
    }

    /** Selects a field's text as a user would (scroll to it, click, select all) and types over it. */
    private static void replaceText(FxRobot robot, String field, String text) {
        ScrollIntoView.clickOn(robot, field).push(KeyCode.SHORTCUT, KeyCode.A).write(text);
    }

    /**
     * This JVM's child processes and theirs: only the job starts any here (the spark-submit below execs Spark's
     * launcher, so its process is the Java one that runs the job).
     */
    private static List<ProcessHandle> sparkProcesses() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList();
    }

    /**
     * A {@code spark-submit} as a Spark distribution's does it: Spark's launcher class on Spark's jars, with the
     * JDK 17+ module options Spark needs. Everything under target/ (TasteLab's classes and jars) and logback (the
     * desktop app's) is left off, so the job runs from the application jar alone, as on a cluster.
     */
    private Path sparkSubmit() throws Exception {
        Path target = Path.of("target").toAbsolutePath();
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).toAbsolutePath().startsWith(target) && !entry.contains("logback"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> option.startsWith("--add-opens") || option.startsWith("-Dio.netty") || option.startsWith("-Djdk.reflect"))
                .toList();
        Path submit = Files.createDirectories(folder.resolve("spark/bin")).resolve("spark-submit");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(submit, "#!/bin/sh\nexec '" + java + "' -Xmx1g " + String.join(" ", options) + " -cp '" + classPath
                + "' org.apache.spark.deploy.SparkSubmit \"$@\"\n");
        Files.setPosixFilePermissions(submit, PosixFilePermissions.fromString("rwxr-xr-x"));
        return submit;
    }
}
