package io.tastelab.ui.recommend;

import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.interactions.InteractionMatrix;
import io.tastelab.engine.models.RecommenderKind;
import io.tastelab.engine.sample.SampleWorkspace;
import io.tastelab.ui.WorkspaceState;
import io.tastelab.ui.task.DirectBackgroundTasks;
import io.tastelab.ui.task.HeldBackgroundTasks;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Recommendations pane on the built-in sample and its synthetic ratings. */
class RecommendViewModelTest {

    private final Catalog sample = SampleWorkspace.load();
    private final WorkspaceState workspace = sampleWorkspace();
    private final RecommendViewModel viewModel = new RecommendViewModel(workspace, new DirectBackgroundTasks());

    private WorkspaceState sampleWorkspace() {
        WorkspaceState state = new WorkspaceState(sample, "Built-in sample");
        state.setInteractions(new WorkspaceState.Interactions(SampleWorkspace.interactions(sample), sample));
        return state;
    }

    private static List<String> ids(List<ResultRow> rows) {
        return rows.stream().map(ResultRow::id).toList();
    }

    @Test
    void offersEveryRecommenderOfTheRegistry() {
        assertThat(viewModel.recommenders()).containsExactly(RecommenderKind.values());
    }

    @Test
    void aPersonalizedRecommenderAsksForAUserThenServesTheirListWithTheSeenRuleInTheTrace() {
        // given: item-kNN chosen, no user yet
        viewModel.recommenderProperty().set(RecommenderKind.ITEM_KNN);
        assertThat(viewModel.personalizedProperty().get()).isTrue();
        assertThat(viewModel.hintProperty().get()).contains("choose a user").contains("u001");
        assertThat(viewModel.results()).isEmpty();
        assertThat(viewModel.matchingUsers()).hasSize(RecommendViewModel.USER_MATCHES).startsWith("u001", "u002");

        // when: a user is searched for and picked
        viewModel.userTextProperty().set("u00");
        assertThat(viewModel.matchingUsers()).hasSize(9).allMatch(id -> id.startsWith("u00"));
        viewModel.chooseUser("u002");

        // then: their history, a list of ten unseen items, and the trace of every stage
        InteractionMatrix matrix = workspace.interactionsProperty().get().matrix();
        int user = matrix.userIndex("u002").orElseThrow();
        assertThat(viewModel.history()).hasSize(matrix.rowLength(user));
        assertThat(viewModel.historyTitleProperty().get()).startsWith("History of u002 (");
        assertThat(viewModel.history().getFirst().date()).isGreaterThanOrEqualTo(viewModel.history().getLast().date());
        List<String> seen = viewModel.history().stream().map(RecommendViewModel.HistoryRow::id).toList();
        assertThat(viewModel.results()).hasSize(10);
        assertThat(ids(viewModel.results())).doesNotContainAnyElementsOf(seen);
        assertThat(viewModel.trace()).extracting(TraceStage::heading).satisfiesExactly(
                collector -> assertThat(collector).startsWith("Collector:"),
                ranker -> assertThat(ranker).contains("ranked by item-knn: "),
                server -> assertThat(server).startsWith("Server: removed"));
        assertThat(viewModel.trace().get(2).lines()).anyMatch(line -> line.endsWith("removed: already seen by the user"));

        // and: switching the seen rule off lets the history back in
        viewModel.hideSeenProperty().set(false);
        assertThat(ids(viewModel.results())).containsAnyElementsOf(seen);
    }

    @Test
    void aMistypedUserSaysUnknownUserAndClearsTheList() {
        viewModel.recommenderProperty().set(RecommenderKind.ITEM_KNN);
        viewModel.userTextProperty().set("u002");
        assertThat(viewModel.results()).isNotEmpty();
        viewModel.userTextProperty().set("u9999");
        assertThat(viewModel.requestErrorProperty().get()).startsWith("unknown user 'u9999'");
        assertThat(viewModel.results()).isEmpty();
        assertThat(viewModel.trace()).isEmpty();
        assertThat(viewModel.history()).isEmpty();
    }

    @Test
    void aKnownUserWithoutHistoryGetsTheColdStartFallback() {
        InteractionMatrix withNewcomer = InteractionMatrix.fromCoordinates(new String[] {"old", "newcomer"}, sample.size(),
                new int[] {0, 0}, new int[] {0, 1}, new float[] {5, 4}, null, null, 2);
        workspace.setInteractions(new WorkspaceState.Interactions(withNewcomer, sample));
        viewModel.recommenderProperty().set(RecommenderKind.ALS);
        viewModel.userTextProperty().set("newcomer");
        assertThat(viewModel.requestErrorProperty().get()).isEmpty();
        assertThat(viewModel.results()).hasSize(10);
        assertThat(viewModel.trace().get(1).heading()).contains("cold start (user 'newcomer' has no training interactions)");
    }

    @Test
    void trainedModelsAreReusedAcrossRequestsAndDroppedWhenTheInteractionsChange() {
        viewModel.recommenderProperty().set(RecommenderKind.ITEM_KNN);
        viewModel.userTextProperty().set("u002");
        viewModel.userTextProperty().set("u003");
        viewModel.maxNumRecsTextProperty().set("5");
        viewModel.categoryProperty().set("Film");
        assertThat(workspace.trainedModels().trainings()).isEqualTo(1);
        assertThat(viewModel.results()).hasSize(5);

        workspace.setInteractions(new WorkspaceState.Interactions(SampleWorkspace.interactions(sample), sample));
        assertThat(workspace.trainedModels().trainings()).isEqualTo(2);
        assertThat(workspace.trainedModels().size()).isEqualTo(1);
    }

    @Test
    void hyperParametersAreTheEvaluationPanesAndTheTrainedModelIsKeptPerParameters() {
        // given: ALS for u002 with its defaults
        viewModel.recommenderProperty().set(RecommenderKind.ALS);
        viewModel.userTextProperty().set("u002");
        assertThat(workspace.trainedModels().trainings()).isEqualTo(1);
        List<String> byDefault = ids(viewModel.results());

        // when: fewer factors, as written in the Evaluation pane
        viewModel.paramsTextProperty().set("als.factors=2, als.iterations=3");
        // then: a model trained for those, a different list; back to them later reuses it
        assertThat(workspace.trainedModels().trainings()).isEqualTo(2);
        assertThat(ids(viewModel.results())).hasSize(10).isNotEqualTo(byDefault);
        viewModel.paramsTextProperty().set("");
        assertThat(ids(viewModel.results())).isEqualTo(byDefault);
        viewModel.paramsTextProperty().set("als.factors=2 als.iterations=3 item-knn.neighbours=5");
        assertThat(workspace.trainedModels().trainings()).isEqualTo(2);

        // when: a parameter no recommender has, or a malformed one
        viewModel.paramsTextProperty().set("als.factorz=2");
        // then: the same error as the Evaluation pane's, and no list
        assertThat(viewModel.requestErrorProperty().get()).startsWith("unknown parameter 'als.factorz'");
        assertThat(viewModel.results()).isEmpty();
        viewModel.paramsTextProperty().set("factors=2");
        assertThat(viewModel.requestErrorProperty().get()).startsWith("a parameter is written model.name=value");
    }

    @Test
    void recommendForAUserInTheEvaluationPaneReusesTheModelThisPaneTrained() {
        viewModel.recommenderProperty().set(RecommenderKind.ITEM_KNN);
        viewModel.userTextProperty().set("u002");
        assertThat(workspace.trainedModels().trainings()).isEqualTo(1);
        var evaluation = new io.tastelab.ui.evaluate.EvaluationViewModel(workspace, new DirectBackgroundTasks());
        evaluation.dataProperty().set(io.tastelab.ui.evaluate.EvaluationViewModel.DataChoice.OPEN_WORKSPACE);
        evaluation.tryModelProperty().set(RecommenderKind.ITEM_KNN);
        evaluation.tryUserProperty().set("u002");
        evaluation.kTextProperty().set("10");
        assertThat(evaluation.recommendForUser()).isTrue();
        assertThat(evaluation.served()).extracting(io.tastelab.ui.evaluate.EvaluationViewModel.ServedRow::id)
                .containsExactlyElementsOf(ids(viewModel.results()));
        assertThat(workspace.trainedModels().trainings()).isEqualTo(1);
        evaluation.tryUserProperty().set("u003");
        evaluation.recommendForUser();
        assertThat(workspace.trainedModels().trainings()).isEqualTo(1);
    }

    @Test
    void zeroRecommendationsGiveAnEmptyListWithoutABogusServerTrace() {
        viewModel.categoryProperty().set("Film");
        viewModel.maxNumRecsTextProperty().set("0");
        assertThat(viewModel.results()).isEmpty();
        assertThat(viewModel.requestErrorProperty().get()).isEmpty();
        assertThat(viewModel.noneMessageProperty().get()).isEqualTo("max_num_recs is 0: nothing was asked for.");
        assertThat(viewModel.trace()).extracting(TraceStage::heading)
                .containsExactly("Collector: all 220 items in the catalog", "Ranker: nothing (max_num_recs is 0, so no item was ranked)",
                        "Server: returned an empty list, as asked");
        assertThat(viewModel.trace()).allSatisfy(stage -> assertThat(stage.lines()).isEmpty());
    }

    @Test
    void negativeMaxNumRecsIsAnErrorNotClamped() {
        assertThat(viewModel.results()).hasSize(10);
        viewModel.maxNumRecsTextProperty().set("-2");
        assertThat(viewModel.requestErrorProperty().get()).isEqualTo("max_num_recs must be 0 or more, got -2");
        assertThat(viewModel.results()).isEmpty();
        viewModel.maxNumRecsTextProperty().set("ten");
        assertThat(viewModel.requestErrorProperty().get()).isEqualTo("max_num_recs must be a whole number, got 'ten'");
    }

    @Test
    void twoRecommendersSideBySideMarkTheirOverlapAndRankDifferences() {
        viewModel.recommenderProperty().set(RecommenderKind.ITEM_KNN);
        viewModel.userTextProperty().set("u002");
        viewModel.compareWithProperty().set(RecommenderKind.MOST_POPULAR);
        assertThat(viewModel.resultsTitleProperty().get()).isEqualTo("A: Item k-NN");
        assertThat(viewModel.comparisonTitleProperty().get()).isEqualTo("B: Most popular");
        assertThat(viewModel.comparison()).hasSize(10);
        List<String> first = ids(viewModel.results());
        List<String> second = ids(viewModel.comparison());
        for (ResultRow row : viewModel.results()) {
            int there = second.indexOf(row.id());
            if (there < 0) {
                assertThat(row.inOtherList()).isEqualTo("not in most-popular");
                assertThat(row.inBoth()).isFalse();
            } else {
                assertThat(row.inBoth()).isTrue();
                assertThat(row.inOtherList()).startsWith("#" + (there + 1) + " in most-popular, ");
            }
        }
        for (ResultRow row : viewModel.comparison()) {
            assertThat(row.inBoth()).isEqualTo(first.contains(row.id()));
        }
        viewModel.compareWithProperty().set(null);
        assertThat(viewModel.comparison()).isEmpty();
        assertThat(viewModel.resultsTitleProperty().get()).isEqualTo("Item k-NN");
    }

    @Test
    void comparedRankSaysHowFarTheItemMoved() {
        assertThat(ResultRow.comparedRank(3, 3, "als")).isEqualTo("#3 in als, same place");
        assertThat(ResultRow.comparedRank(1, 4, "als")).isEqualTo("#4 in als, 3 places lower");
        assertThat(ResultRow.comparedRank(2, 1, "als")).isEqualTo("#1 in als, 1 place higher");
        assertThat(ResultRow.comparedRank(2, null, "als")).isEqualTo("not in als");
        assertThat(ResultRow.comparedRankCompact(3, 3)).isEqualTo("#3, same");
        assertThat(ResultRow.comparedRankCompact(1, 4)).isEqualTo("#4, 3 lower");
        assertThat(ResultRow.comparedRankCompact(2, 1)).isEqualTo("#1, 1 higher");
        assertThat(ResultRow.comparedRankCompact(2, null)).isEqualTo("not there");
    }

    @Test
    void trainingRunsInTheBackgroundAndCanBeCancelled() {
        HeldBackgroundTasks tasks = new HeldBackgroundTasks();
        RecommendViewModel held = new RecommendViewModel(workspace, tasks);
        held.recommenderProperty().set(RecommenderKind.ALS);
        held.userTextProperty().set("u002");
        assertThat(held.runningProperty().get()).isTrue();
        assertThat(tasks.currentProperty().get().title()).isEqualTo("Training ALS (implicit)");
        held.cancel();
        assertThat(tasks.cancelled()).isTrue();
        assertThat(held.runningProperty().get()).isFalse();
        assertThat(held.hintProperty().get()).startsWith("Training cancelled");
        assertThat(held.results()).isEmpty();

        held.recommend();
        tasks.runPending();
        assertThat(held.runningProperty().get()).isFalse();
        assertThat(held.results()).hasSize(10);
        assertThat(held.statusProperty().get()).isEqualTo("Trained ALS (implicit)");
    }

    @Test
    void withoutInteractionsAPersonalizedRecommenderSaysToImportRatings() {
        workspace.replace(sample, "empty.tastelab");
        viewModel.recommenderProperty().set(RecommenderKind.BPR);
        assertThat(viewModel.hintProperty().get()).isEqualTo(
                "BPR learns from interactions, and empty.tastelab has none: import ratings (Ctrl+I), or choose Most popular");
        assertThat(viewModel.results()).isEmpty();
    }

    @Test
    void aWorkspaceSwitchForgetsTheUserAndTheComparison() {
        viewModel.recommenderProperty().set(RecommenderKind.ITEM_KNN);
        viewModel.userTextProperty().set("u002");
        viewModel.compareWithProperty().set(RecommenderKind.ALS);
        workspace.replace(sample, "other.tastelab");
        assertThat(viewModel.userTextProperty().get()).isEmpty();
        assertThat(viewModel.compareWithProperty().get()).isNull();
        assertThat(viewModel.results()).isEmpty();
        assertThat(workspace.trainedModels().size()).isZero();
    }
}
