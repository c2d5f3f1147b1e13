package io.tastelab.ui.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import io.tastelab.engine.TinyCatalogs;
import io.tastelab.ui.WorkspaceState;
import io.tastelab.ui.task.HeldBackgroundTasks;
import org.junit.jupiter.api.Test;

/** Cancel, with a background runner that holds the work until the test lets it run. */
class EvaluationCancelTest {

    @Test
    void cancelStopsTheRunKeepsThePreviousResultsAndIgnoresLateLosses() {
        HeldBackgroundTasks tasks = new HeldBackgroundTasks();
        EvaluationViewModel viewModel = new EvaluationViewModel(new WorkspaceState(TinyCatalogs.five(), "tiny"), tasks);
        // given: a running evaluation
        assertThat(viewModel.run()).isTrue();
        assertThat(viewModel.runningProperty().get()).isTrue();
        // when: the user cancels before the work gets to run
        viewModel.cancel();
        tasks.runPending();
        // then: nothing arrives, the pane is idle again and says so, without an error
        assertThat(viewModel.runningProperty().get()).isFalse();
        assertThat(viewModel.statusProperty().get()).startsWith("cancelled");
        assertThat(viewModel.results()).isEmpty();
        assertThat(viewModel.losses()).isEmpty();
        assertThat(viewModel.errorProperty().get()).isEmpty();
        assertThat(tasks.cancelled()).isTrue();
    }

    @Test
    void cancelFromTheStatusBarLeavesThePaneIdleAndReadyToRunAgain() {
        HeldBackgroundTasks tasks = new HeldBackgroundTasks();
        EvaluationViewModel viewModel = new EvaluationViewModel(new WorkspaceState(TinyCatalogs.five(), "tiny"), tasks);
        // given: a running evaluation
        assertThat(viewModel.run()).isTrue();
        // when: the status bar's Cancel cancels the current task (not the pane's own button)
        tasks.currentProperty().get().cancel();
        tasks.runPending();
        // then: the pane no longer shows it as running, and a new run can start
        assertThat(viewModel.runningProperty().get()).isFalse();
        assertThat(viewModel.statusProperty().get()).startsWith("cancelled");
        assertThat(viewModel.errorProperty().get()).isEmpty();
        assertThat(viewModel.run()).isTrue();
        assertThat(viewModel.runningProperty().get()).isTrue();
    }
}
