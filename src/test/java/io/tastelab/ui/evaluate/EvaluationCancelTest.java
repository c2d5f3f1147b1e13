package io.tastelab.ui.evaluate;

import io.tastelab.engine.TinyCatalogs;
import io.tastelab.engine.task.Progress;
import io.tastelab.ui.WorkspaceState;
import io.tastelab.ui.task.BackgroundTasks;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.junit.jupiter.api.Test;

import java.util.function.Consumer;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Cancel, with a background runner that holds the work until the test lets it run. */
class EvaluationCancelTest {

    /** Keeps the submitted work; cancel() flips the flag the work's Progress reports. */
    private static final class HeldTasks implements BackgroundTasks {
        boolean cancelled;
        Runnable pending;

        @Override
        public <T> RunningTask submit(String title, Function<Progress, T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            Progress progress = new Progress() {
                @Override
                public void update(long done, long total, String message) {
                    checkCancelled();
                }

                @Override
                public boolean isCancelled() {
                    return cancelled;
                }
            };
            pending = () -> {
                try {
                    onSuccess.accept(work.apply(progress));
                } catch (RuntimeException e) {
                    onFailure.accept(e);
                }
            };
            ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(-1);
            ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
            return new RunningTask() {
                @Override
                public String title() {
                    return title;
                }

                @Override
                public ReadOnlyDoubleProperty progressProperty() {
                    return fraction.getReadOnlyProperty();
                }

                @Override
                public ReadOnlyStringProperty messageProperty() {
                    return message.getReadOnlyProperty();
                }

                @Override
                public void cancel() {
                    cancelled = true;
                }

                @Override
                public boolean isDone() {
                    return false;
                }
            };
        }

        @Override
        public ReadOnlyObjectProperty<RunningTask> currentProperty() {
            return new ReadOnlyObjectWrapper<RunningTask>().getReadOnlyProperty();
        }
    }

    @Test
    void cancelStopsTheRunKeepsThePreviousResultsAndIgnoresLateLosses() {
        HeldTasks tasks = new HeldTasks();
        EvaluationViewModel viewModel = new EvaluationViewModel(new WorkspaceState(TinyCatalogs.five(), "tiny"), tasks, Runnable::run);
        // given: a running evaluation
        assertThat(viewModel.run()).isTrue();
        assertThat(viewModel.runningProperty().get()).isTrue();
        // when: the user cancels before the work gets to run
        viewModel.cancel();
        tasks.pending.run();
        // then: nothing arrives, the pane is idle again and says so, without an error
        assertThat(viewModel.runningProperty().get()).isFalse();
        assertThat(viewModel.statusProperty().get()).isEqualTo("cancelled");
        assertThat(viewModel.results()).isEmpty();
        assertThat(viewModel.losses()).isEmpty();
        assertThat(viewModel.errorProperty().get()).isEmpty();
        assertThat(tasks.cancelled).isTrue();
    }
}
