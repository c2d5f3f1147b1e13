package io.tastelab.spark;

import io.tastelab.engine.evaluation.MetricRow;
import io.tastelab.engine.models.RecommenderKind;
import io.tastelab.ui.WorkspaceState;
import io.tastelab.ui.evaluate.EvaluationViewModel;
import io.tastelab.ui.task.DirectBackgroundTasks;
import io.tastelab.engine.TinyCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * The desktop app's Spark path end to end, without a display: the Evaluation pane's ViewModel on "Apache Spark"
 * exports the synthetic tastes, runs the built {@code target/tastelab-spark.jar} through a {@code spark-submit}
 * (Spark's own {@code SparkSubmit} launcher from the Maven jars, nothing of TasteLab on its class path but the
 * application jar) in {@code local[2]}, and shows the rows labelled "(Spark)" beside this computer's.
 */
class SparkSubmitFromTheAppIT {

    @TempDir
    Path folder;

    @Test
    void aSparkRunLandsInTheSameTableBesideTheLocalOne() throws Exception {
        Path jar = Path.of("target", "tastelab-spark.jar").toAbsolutePath();
        assertThat(jar).as("built by the package phase").isRegularFile();
        Path submit = sparkSubmitShim();

        WorkspaceState workspace = new WorkspaceState(TinyCatalogs.five(), "tiny");
        EvaluationViewModel viewModel = new EvaluationViewModel(workspace, new DirectBackgroundTasks());
        viewModel.dataProperty().set(EvaluationViewModel.DataChoice.SYNTHETIC);
        for (RecommenderKind kind : RecommenderKind.evaluableKinds()) {
            viewModel.chosenProperty(kind).set(kind == RecommenderKind.MOST_POPULAR);
        }
        viewModel.kTextProperty().set("10");
        viewModel.seedTextProperty().set("3");
        assertThat(viewModel.run()).isTrue();
        assertThat(viewModel.errorProperty().get()).isEmpty();
        MetricRow local = viewModel.results().getFirst();

        viewModel.engineProperty().set(EvaluationViewModel.Engine.SPARK);
        viewModel.sparkSubmitProperty().set(submit.toString());
        viewModel.sparkJarProperty().set(jar.toString());
        viewModel.sparkMasterProperty().set("local[2]");
        assertThat(viewModel.run()).isTrue();
        assertThat(viewModel.errorProperty().get()).isEmpty();

        Map<String, MetricRow> rows = viewModel.results().stream().collect(Collectors.toMap(MetricRow::recommender, row -> row));
        assertThat(rows).containsOnlyKeys("most-popular", "most-popular (Spark)");
        MetricRow spark = rows.get("most-popular (Spark)");
        assertThat(spark.ndcg()).isCloseTo(local.ndcg(), offset(1e-12));
        assertThat(spark.precision()).isCloseTo(local.precision(), offset(1e-12));
        assertThat(spark.coverage()).isCloseTo(local.coverage(), offset(1e-12));
        assertThat(spark.users()).isEqualTo(local.users());
    }

    /**
     * A {@code spark-submit} as a Spark distribution's does it: Spark's launcher class on Spark's jars, with the
     * JDK 17+ module options Spark needs. TasteLab's classes (and logback, which is the desktop app's) are left
     * off, so the job runs from the application jar alone, as on a cluster.
     */
    private Path sparkSubmitShim() throws Exception {
        Path target = Path.of("target").toAbsolutePath();
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).toAbsolutePath().startsWith(target) && !entry.contains("logback"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> option.startsWith("--add-opens") || option.startsWith("-Dio.netty") || option.startsWith("-Djdk.reflect"))
                .toList();
        Path bin = Files.createDirectories(folder.resolve("spark/bin"));
        Path submit = bin.resolve("spark-submit");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(submit, "#!/bin/sh\nexec '" + java + "' -Xmx1g " + String.join(" ", options) + " -cp '" + classPath
                + "' org.apache.spark.deploy.SparkSubmit \"$@\"\n");
        Files.setPosixFilePermissions(submit, PosixFilePermissions.fromString("rwxr-xr-x"));
        return submit;
    }
}
