package io.tastelab.ui.task;

import io.tastelab.engine.task.Progress;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Background tasks for ViewModel tests that hold the submitted work until the test runs it, as
 * {@link FxBackgroundTasks} would on another thread: a cancel marks the work's {@link Progress} cancelled and calls
 * back {@code onCancelled} at once; work run after its cancel delivers nothing. The running task is the current one,
 * so a test can cancel it as the status bar's Cancel button does.
 */
public final class HeldBackgroundTasks implements BackgroundTasks {
    private final ReadOnlyObjectWrapper<RunningTask> current = new ReadOnlyObjectWrapper<>();
    private Runnable pending;
    private boolean cancelled;

    @Override
    public <T> RunningTask submit(String title, Function<Progress, T> work, Consumer<T> onSuccess,
                                  Consumer<Throwable> onFailure, Runnable onCancelled) {
        cancelled = false;
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
        ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(-1);
        ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
        RunningTask handle = new RunningTask() {
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
                if (!cancelled && current.get() == this) {
                    cancelled = true;
                    current.set(null);
                    onCancelled.run();
                }
            }

            @Override
            public boolean isDone() {
                return current.get() != this;
            }
        };
        pending = () -> {
            T result;
            try {
                result = work.apply(progress);
            } catch (RuntimeException e) {
                if (!cancelled) {
                    current.set(null);
                    onFailure.accept(e);
                }
                return;
            }
            if (!cancelled) {
                current.set(null);
                onSuccess.accept(result);
            }
        };
        current.set(handle);
        return handle;
    }

    /** Runs the work submitted last (once). */
    public void runPending() {
        Runnable work = pending;
        pending = null;
        work.run();
    }

    /** Whether the work submitted last was cancelled. */
    public boolean cancelled() {
        return cancelled;
    }

    @Override
    public ReadOnlyObjectProperty<RunningTask> currentProperty() {
        return current.getReadOnlyProperty();
    }
}
