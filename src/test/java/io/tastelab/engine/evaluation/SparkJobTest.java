package io.tastelab.engine.evaluation;

import io.tastelab.engine.models.RecommenderKind;
import io.tastelab.engine.models.ModelParams;
import io.tastelab.engine.task.CancelledException;
import io.tastelab.engine.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SparkJobTest {

    @TempDir
    Path dir;

    private static final EvaluationPlan PLAN = new EvaluationPlan(SplitKind.HOLDOUT, 0.25,
            List.of(RecommenderKind.MOST_POPULAR, RecommenderKind.ALS), new int[] {20, 10}, 7, ModelParams.parse(List.of("als.factors=8")));

    @Test
    void stageProgressReadsSparksConsoleBar() {
        assertThat(SparkJob.stageProgress("[Stage 3:=====>                    (12 + 2) / 40]")).hasValueSatisfying(
                stage -> assertThat(stage).containsExactly(3, 12, 40));
        assertThat(SparkJob.stageProgress("[Stage 0:>   (0 + 2) / 4][Stage 1:>   (1 + 1) / 9]")).hasValueSatisfying(
                stage -> assertThat(stage).containsExactly(1, 1, 9));
        assertThat(SparkJob.stageProgress("25/12/07 05:34:35 WARN NativeCodeLoader: Unable to load")).isEmpty();
    }

    @Test
    void theCommandCarriesThePlan() {
        SparkJob.Submission submission = new SparkJob.Submission(Path.of("/opt/spark/bin/spark-submit"),
                Path.of("/app/tastelab-spark.jar"), "spark://h:7077", "hdfs:///d/events.csv.gz");
        assertThat(SparkJob.command(submission, PLAN)).containsExactly("/opt/spark/bin/spark-submit", "--master", "spark://h:7077",
                "--conf", "spark.ui.showConsoleProgress=true", "/app/tastelab-spark.jar", "evaluate",
                "--interactions", "hdfs:///d/events.csv.gz", "--split", "holdout", "--holdout", "0.25",
                "--recommenders", "most-popular,als", "-k", "10,20", "--seed", "7", "--json", "--param", "als.factors=8");
    }

    @Test
    void recommendersSparkDoesNotRunAreNamed() {
        EvaluationPlan plan = new EvaluationPlan(SplitKind.LEAVE_LAST_OUT, 0.2, List.of(RecommenderKind.ALS, RecommenderKind.ITEM_KNN),
                new int[] {10}, 0, ModelParams.DEFAULTS);
        assertThat(SparkJob.unsupported(plan)).containsExactly("item-knn");
        SparkJob.Submission submission = new SparkJob.Submission(Path.of("spark-submit"), Path.of("x.jar"), "local[2]", "d.csv");
        assertThatThrownBy(() -> SparkJob.run(submission, plan, Progress.NONE)).hasMessageContaining("[item-knn] run on this computer only");
    }

    @Test
    void parseReadsTheCliJsonWithTheEngineFields() {
        String json = """
                {"split":"holdout","split_description":"random holdout of 0.250 per user (seed 7)","data":"d.csv",
                 "test_users":3,"results":[{"recommender":"als","k":10,"precision":0.1,"recall":0.2,"ndcg":0.3,"map":0.4,
                 "mrr":0.5,"hit_rate":0.6,"coverage":0.7,"popularity_bias":8.5,"users":3,"cold_start_users":1,
                 "train_seconds":2.5}],"engine":"spark","spark_version":"4.2.0","master":"local[2]","executors":1}
                """;
        SparkJob.Result result = SparkJob.parse(json);
        assertThat(result.engine()).isEqualTo("spark");
        assertThat(result.master()).isEqualTo("local[2]");
        assertThat(result.report().split()).isEqualTo(SplitKind.HOLDOUT);
        assertThat(result.report().testUsers()).isEqualTo(3);
        assertThat(result.report().rows()).containsExactly(new MetricRow("als", 10, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 8.5, 3, 1,
                Double.NaN, Double.NaN));
        assertThat(result.report().trainingSeconds()).containsEntry("als", 2.5);
        assertThatThrownBy(() -> SparkJob.parse("Exception in thread main")).hasMessageContaining("printed no JSON report");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void findsSparkSubmitInSparkHomeFirstThenOnThePath() throws Exception {
        Path home = Files.createDirectories(dir.resolve("spark/bin"));
        Path inHome = executable(home.resolve("spark-submit"), "#!/bin/sh\n");
        Path other = Files.createDirectories(dir.resolve("other"));
        Path onPath = executable(other.resolve("spark-submit"), "#!/bin/sh\n");
        assertThat(SparkJob.findSparkSubmit(Map.of("SPARK_HOME", dir.resolve("spark").toString(), "PATH", other.toString())))
                .contains(inHome);
        assertThat(SparkJob.findSparkSubmit(Map.of("PATH", "/nonexistent" + java.io.File.pathSeparator + other))).contains(onPath);
        assertThat(SparkJob.findSparkSubmit(Map.of("PATH", "/nonexistent"))).isEmpty();
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aFailingJobReportsSparksLastLinesAndCancelKillsIt() throws Exception {
        EvaluationPlan plan = new EvaluationPlan(SplitKind.LEAVE_LAST_OUT, 0.2, List.of(RecommenderKind.MOST_POPULAR),
                new int[] {10}, 0, ModelParams.DEFAULTS);
        Path failing = executable(dir.resolve("failing-submit"),
                "#!/bin/sh\necho 'Exception: Path does not exist: file:/nowhere.csv' >&2\nexit 1\n");
        assertThatThrownBy(() -> SparkJob.run(new SparkJob.Submission(failing, Path.of("x.jar"), "local[2]", "/nowhere.csv"), plan,
                Progress.NONE)).hasMessageContaining("exited with 1").hasMessageContaining("Path does not exist");

        Path pidFile = dir.resolve("child.pid");
        Path slow = executable(dir.resolve("slow-submit"), "#!/bin/sh\nprintf '[Stage 0:>  (1 + 1) / 4]\\r' >&2\n"
                + "sleep 60 &\necho $! > " + pidFile + "\nwait\n");
        AtomicBoolean cancelled = new AtomicBoolean();
        List<String> messages = new java.util.concurrent.CopyOnWriteArrayList<>();
        Progress progress = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                messages.add(message);
                cancelled.set(true);
            }

            @Override
            public boolean isCancelled() {
                // Cancel once the job has started its child, so the test can see the child die too.
                try {
                    return cancelled.get() && Files.exists(pidFile) && Files.size(pidFile) > 0;
                } catch (java.io.IOException e) {
                    return false;
                }
            }
        };
        assertThatThrownBy(() -> SparkJob.run(new SparkJob.Submission(slow, Path.of("x.jar"), "local[2]", "d.csv"), plan, progress))
                .isInstanceOf(CancelledException.class);
        assertThat(messages).contains("Spark stage 0: 1 of 4 tasks");
        long child = Long.parseLong(Files.readString(pidFile).strip());
        assertThat(runs(child)).as("the job's child process is killed").isFalse();
    }

    /** Whether the process runs (a killed one may linger as a zombie until something reaps it: that is gone too). */
    private static boolean runs(long pid) throws Exception {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (!Files.exists(stat)) {
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }
        String text = Files.readString(stat);
        char state = text.charAt(text.lastIndexOf(')') + 2);
        return state != 'Z' && state != 'X';
    }

    private static Path executable(Path file, String script) throws Exception {
        Files.writeString(file, script);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
