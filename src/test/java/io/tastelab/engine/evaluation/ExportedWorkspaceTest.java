package io.tastelab.engine.evaluation;

import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.models.ModelParams;
import io.tastelab.engine.models.RecommenderKind;
import io.tastelab.engine.models.TrainingListener;
import io.tastelab.engine.sample.SampleWorkspace;
import io.tastelab.engine.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * The open workspace evaluated here and its export (what the app hands to Spark) read back as a file give the
 * same numbers for the exact recommenders. The file numbers items by first appearance, the workspace by its
 * catalog, so this holds only because splits, ties and the random baseline go by ids (and SparkCrossCheckIT
 * shows the Spark job equals this computer on one file).
 */
class ExportedWorkspaceTest {

    @TempDir
    Path folder;

    /**
     * Items "9" and "10" equally popular, and a catalog that also holds an unrated item "new-film": the workspace
     * and its export (which has no "new-film") must both break the tie numerically, "9" first, as Spark does.
     */
    @Test
    void anUnratedItemWithATextIdDoesNotTurnTiesIntoTextOrder() throws IOException {
        String[] ids = {"5", "9", "10", "new-film"};
        String[] users = {"a", "b", "c", "d", "e"};
        io.tastelab.engine.interactions.InteractionMatrix matrix = io.tastelab.engine.interactions.InteractionMatrix.fromCoordinates(
                users, ids.length, new int[] {0, 1, 2, 3, 4, 4}, new int[] {1, 1, 2, 2, 0, 1}, new float[] {1, 1, 1, 1, 1, 1},
                new long[] {1, 1, 1, 1, 1, 2}, null, 6);
        EvaluationData workspace = new EvaluationData("tie", matrix, ids);
        Path file = folder.resolve("tie.csv");
        InteractionsCsv.write(workspace, file, Progress.NONE);
        EvaluationData exported = EvaluationData.readCsv(file);
        assertThat(exported.itemIds()).containsExactlyInAnyOrder("5", "9", "10");

        // e's latest item, 9, is held out; 9 and 10 then have two training users each
        EvaluationPlan plan = new EvaluationPlan(SplitKind.LEAVE_LAST_OUT, 0.2, List.of(RecommenderKind.MOST_POPULAR),
                new int[] {1}, 3, ModelParams.DEFAULTS);
        MetricRow here = EvaluationRun.run(workspace, plan, Progress.NONE, TrainingListener.NONE).rows().getFirst();
        MetricRow there = EvaluationRun.run(exported, plan, Progress.NONE, TrainingListener.NONE).rows().getFirst();
        assertThat(there.users()).isEqualTo(1);
        assertThat(there.hitRate()).as("the file: 9 before 10").isEqualTo(1.0);
        assertThat(here.hitRate()).as("the workspace: 9 before 10 too").isEqualTo(1.0);
    }

    @ParameterizedTest
    @EnumSource(SplitKind.class)
    void theExportEvaluatesAsTheWorkspaceDoes(SplitKind split) throws IOException {
        Catalog catalog = SampleWorkspace.load();
        String[] ids = new String[catalog.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = catalog.item(i).id();
        }
        EvaluationData workspace = new EvaluationData("Built-in sample", SampleWorkspace.interactions(catalog), ids, catalog);
        Path file = folder.resolve("sample.csv.gz");
        long written = InteractionsCsv.write(workspace, file, Progress.NONE);
        EvaluationData exported = EvaluationData.readCsv(file);
        assertThat(written).isEqualTo(workspace.interactions().nnz());
        assertThat(exported.itemIds()).as("the file numbers items its own way").isNotEqualTo(ids);

        EvaluationPlan plan = new EvaluationPlan(split, 0.2, List.of(RecommenderKind.RANDOM, RecommenderKind.MOST_POPULAR),
                new int[] {5, 10}, 3, ModelParams.DEFAULTS);
        EvaluationReport here = EvaluationRun.run(workspace, plan, Progress.NONE, TrainingListener.NONE);
        EvaluationReport there = EvaluationRun.run(exported, plan, Progress.NONE, TrainingListener.NONE);

        assertThat(there.testUsers()).isEqualTo(here.testUsers()).isPositive();
        assertThat(there.rows()).hasSameSizeAs(here.rows());
        for (int r = 0; r < here.rows().size(); r++) {
            MetricRow want = here.rows().get(r);
            MetricRow got = there.rows().get(r);
            String at = want.recommender() + "@" + want.k() + " ";
            assertThat(got.recommender()).isEqualTo(want.recommender());
            assertThat(got.ndcg()).as(at + "nDCG").isCloseTo(want.ndcg(), offset(1e-12));
            assertThat(got.precision()).as(at + "precision").isCloseTo(want.precision(), offset(1e-12));
            assertThat(got.recall()).as(at + "recall").isCloseTo(want.recall(), offset(1e-12));
            assertThat(got.map()).as(at + "MAP").isCloseTo(want.map(), offset(1e-12));
            assertThat(got.mrr()).as(at + "MRR").isCloseTo(want.mrr(), offset(1e-12));
            assertThat(got.coverage()).as(at + "coverage").isCloseTo(want.coverage(), offset(1e-12));
            assertThat(got.popularityBias()).as(at + "popularity bias").isCloseTo(want.popularityBias(), offset(1e-12));
            assertThat(got.users()).as(at + "users").isEqualTo(want.users());
        }
    }
}
