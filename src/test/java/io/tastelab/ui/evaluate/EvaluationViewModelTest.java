package io.tastelab.ui.evaluate;

import io.tastelab.engine.evaluation.MetricRow;
import io.tastelab.engine.evaluation.MetricRowsCsv;
import io.tastelab.engine.evaluation.SplitKind;
import io.tastelab.engine.models.RecommenderKind;
import io.tastelab.engine.TinyCatalogs;
import io.tastelab.engine.interactions.InteractionMatrix;
import io.tastelab.ui.WorkspaceState;
import io.tastelab.ui.task.DirectBackgroundTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The evaluation pane's behaviour, run on the current thread (no FX toolkit). */
class EvaluationViewModelTest {

    @TempDir
    Path dir;

    private final WorkspaceState workspace = new WorkspaceState(TinyCatalogs.five(), "tiny");
    private final EvaluationViewModel viewModel = new EvaluationViewModel(workspace, new DirectBackgroundTasks());

    private void choose(RecommenderKind... kinds) {
        for (RecommenderKind kind : RecommenderKind.evaluableKinds()) {
            viewModel.chosenProperty(kind).set(List.of(kinds).contains(kind));
        }
    }

    @Test
    void runningGivesOneRowPerRecommenderAndK() {
        choose(RecommenderKind.MOST_POPULAR, RecommenderKind.ITEM_KNN);
        viewModel.kTextProperty().set("5, 10");
        assertThat(viewModel.run()).isTrue();
        assertThat(viewModel.results()).extracting(MetricRow::recommender, MetricRow::k)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("most-popular", 5), org.assertj.core.groups.Tuple.tuple("most-popular", 10),
                        org.assertj.core.groups.Tuple.tuple("item-knn", 5), org.assertj.core.groups.Tuple.tuple("item-knn", 10));
        assertThat(viewModel.runningProperty().get()).isFalse();
        assertThat(viewModel.statusProperty().get()).contains("leave-last-1-out");
        assertThat(viewModel.errorProperty().get()).isEmpty();
    }

    /** Issue 18: without Spark the pane says how to get it, keeps what it shows, and evaluates here as before. */
    @Test
    void apacheSparkWithoutSparkSubmitSaysHowToGetItAndThisComputerStillEvaluates() {
        choose(RecommenderKind.RANDOM, RecommenderKind.MOST_POPULAR);
        assertThat(viewModel.run()).isTrue();
        List<MetricRow> before = List.copyOf(viewModel.results());
        assertThat(before).isNotEmpty();

        viewModel.engineProperty().set(EvaluationViewModel.Engine.SPARK);
        viewModel.sparkSubmitProperty().set("");
        assertThat(viewModel.run()).isFalse();
        assertThat(viewModel.errorProperty().get()).isEqualTo(io.tastelab.engine.evaluation.SparkJob.HOW_TO_GET_SPARK)
                .contains("https://spark.apache.org/downloads.html", "SPARK_HOME", "this computer work without it");
        viewModel.sparkSubmitProperty().set(dir.resolve("spark/bin/spark-submit").toString());
        assertThat(viewModel.run()).isFalse();
        assertThat(viewModel.errorProperty().get()).startsWith("cannot run " + dir.resolve("spark/bin/spark-submit"));
        assertThat(viewModel.runningProperty().get()).isFalse();
        assertThat(viewModel.results()).as("nothing lost").containsExactlyElementsOf(before);

        viewModel.engineProperty().set(EvaluationViewModel.Engine.LOCAL);
        assertThat(viewModel.run()).isTrue();
        assertThat(viewModel.errorProperty().get()).isEmpty();
        assertThat(viewModel.results()).extracting(MetricRow::recommender).contains("random", "most-popular")
                .noneMatch(name -> name.endsWith("(Spark)"));
    }

    @Test
    void trainedModelsReportALossPerIteration() {
        choose(RecommenderKind.ALS);
        viewModel.paramsTextProperty().set("als.factors=8 als.iterations=4");
        viewModel.run();
        assertThat(viewModel.losses()).hasSize(4).allSatisfy(point -> assertThat(point.model()).isEqualTo("als"));
        assertThat(viewModel.losses().getLast().loss()).isLessThan(viewModel.losses().getFirst().loss());
    }

    @Test
    void invalidKIsAnErrorAndNothingRuns() {
        viewModel.kTextProperty().set("ten");
        assertThat(viewModel.run()).isFalse();
        assertThat(viewModel.errorProperty().get()).contains("k must be whole numbers");
        assertThat(viewModel.results()).isEmpty();
    }

    @Test
    void noRecommenderChosenIsAnError() {
        choose();
        assertThat(viewModel.run()).isFalse();
        assertThat(viewModel.errorProperty().get()).isEqualTo("choose at least one recommender");
    }

    @Test
    void aHoldoutFractionOutsideZeroOneIsAnErrorForTheHoldoutSplit() {
        viewModel.splitProperty().set(SplitKind.HOLDOUT);
        viewModel.holdoutTextProperty().set("1.5");
        assertThat(viewModel.run()).isFalse();
        assertThat(viewModel.errorProperty().get()).contains("between 0 and 1");
    }

    @Test
    void anUnknownHyperParameterIsAnError() {
        viewModel.paramsTextProperty().set("als.rank=3");
        assertThat(viewModel.run()).isFalse();
        assertThat(viewModel.errorProperty().get()).contains("unknown parameter 'als.rank'");
    }

    @Test
    void aMissingFileIsReportedAsAFailureAUserUnderstands() {
        viewModel.dataProperty().set(EvaluationViewModel.DataChoice.FILE);
        viewModel.dataPathProperty().set(dir.resolve("nope.csv").toString());
        choose(RecommenderKind.MOST_POPULAR);
        viewModel.run();
        assertThat(viewModel.errorProperty().get()).startsWith("evaluation failed: cannot read").contains("nope.csv");
        assertThat(viewModel.runningProperty().get()).isFalse();
    }

    @Test
    void evaluatesAnInteractionsCsv() throws Exception {
        Path csv = dir.resolve("tiny.csv");
        Files.writeString(csv, "user,item,rating,timestamp\na,1,1,1\na,2,1,2\nb,1,1,1\nb,3,1,2\nc,1,1,5\n");
        viewModel.dataProperty().set(EvaluationViewModel.DataChoice.FILE);
        viewModel.dataPathProperty().set(csv.toString());
        choose(RecommenderKind.MOST_POPULAR);
        viewModel.kTextProperty().set("1");
        viewModel.run();
        // Training: a {1}, b {1}, c {1}; tests a → 2, b → 3, neither is a candidate: no hits.
        assertThat(viewModel.results()).singleElement().satisfies(row -> {
            assertThat(row.users()).isEqualTo(2);
            assertThat(row.hitRate()).isZero();
        });
    }

    @Test
    void exportWritesTheResultsAsCsv() throws Exception {
        choose(RecommenderKind.MOST_POPULAR);
        viewModel.kTextProperty().set("10");
        viewModel.run();
        Path file = dir.resolve("results.csv");
        assertThat(viewModel.exportCsv(file)).isEmpty();
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.getFirst()).isEqualTo(MetricRowsCsv.HEADER);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("most-popular,10,");
    }

    @Test
    void exportBeforeAnyRunExplainsWhyNothingWasWritten() {
        assertThat(viewModel.exportCsv(dir.resolve("x.csv"))).contains("nothing to export yet: run an evaluation first");
    }

    @Test
    void withoutLoadedInteractionsSyntheticDataIsTheDefaultAndTheWorkspaceChoiceExplainsWhyNot() {
        assertThat(viewModel.dataProperty().get()).isEqualTo(EvaluationViewModel.DataChoice.SYNTHETIC);
        viewModel.dataProperty().set(EvaluationViewModel.DataChoice.OPEN_WORKSPACE);
        assertThat(viewModel.run()).isFalse();
        assertThat(viewModel.errorProperty().get()).contains("no interactions loaded");
    }

    @Test
    void evaluatesTheOpenWorkspacesInteractions() {
        // Items a..e of the tiny catalog; users x and y each interact twice, the later one is held out.
        InteractionMatrix matrix = InteractionMatrix.fromCoordinates(new String[] {"x", "y"}, 5, new int[] {0, 0, 1, 1},
                new int[] {0, 1, 0, 2}, new float[] {1, 1, 1, 1}, new long[] {1, 2, 1, 2}, null, 4);
        workspace.setInteractions(new WorkspaceState.Interactions(matrix, workspace.catalog()));
        EvaluationViewModel onWorkspace = new EvaluationViewModel(workspace, new DirectBackgroundTasks());
        assertThat(onWorkspace.dataProperty().get()).isEqualTo(EvaluationViewModel.DataChoice.OPEN_WORKSPACE);
        for (RecommenderKind kind : RecommenderKind.evaluableKinds()) {
            onWorkspace.chosenProperty(kind).set(kind == RecommenderKind.MOST_POPULAR);
        }
        onWorkspace.kTextProperty().set("1");
        assertThat(onWorkspace.run()).isTrue();
        assertThat(onWorkspace.results()).singleElement().satisfies(row -> assertThat(row.users()).isEqualTo(2));
        assertThat(onWorkspace.statusProperty().get()).startsWith("tiny:");
    }

    @Test
    void recommendForAUserServesTheTrainedModelAndHidesSeenItems() {
        viewModel.tryModelProperty().set(RecommenderKind.ITEM_KNN);
        viewModel.tryUserProperty().set("7");
        viewModel.kTextProperty().set("10");
        assertThat(viewModel.recommendForUser()).isTrue();
        assertThat(viewModel.served()).hasSize(10);
        assertThat(viewModel.servedTraceProperty().get()).contains("Ranked by item-knn").contains("already seen by the user")
                .containsPattern("The server removed [0-9][0-9,]* already seen by the user")
                .doesNotContain("{").doesNotContain("=");
        List<String> unfiltered;
        viewModel.filterSeenProperty().set(false);
        viewModel.recommendForUser();
        unfiltered = viewModel.served().stream().map(EvaluationViewModel.ServedRow::id).toList();
        assertThat(viewModel.servedTraceProperty().get()).doesNotContain("already seen");
        assertThat(unfiltered).hasSize(10);
    }

    @Test
    void recommendForAMistypedUserSaysUnknownUserAndClearsTheOldList() {
        viewModel.tryModelProperty().set(RecommenderKind.ALS);
        viewModel.paramsTextProperty().set("als.factors=4 als.iterations=2");
        viewModel.tryUserProperty().set("7");
        viewModel.recommendForUser();
        assertThat(viewModel.served()).isNotEmpty();
        assertThat(viewModel.losses()).hasSize(2);
        viewModel.tryUserProperty().set("nobody");
        viewModel.recommendForUser();
        assertThat(viewModel.errorProperty().get()).startsWith("unknown user 'nobody'");
        assertThat(viewModel.served()).isEmpty();
        assertThat(viewModel.servedTraceProperty().get()).isEmpty();
    }
}
