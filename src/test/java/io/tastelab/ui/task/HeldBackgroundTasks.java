package io.tastelab.ui.task;

import io.tastelab.engine.task.Progress;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Background tasks for ViewModel tests that hold the submitted work until the test runs it, as
 * {@link FxBackgroundTasks} would on another thread: a cancel marks the work's {@link Progress} cancelled and calls
 * back {@code onCancelled} at once; work run after its cancel delivers nothing. The running task is the current one,
 * so a test can cancel it as the status bar's Cancel button does.
 */
public final class HeldBackgroundTasks implements BackgroundTasks {
    private final ReadOnlyObjectWrapper<RunningTask> current = new ReadOnlyObjectWrapper<>();
    private Runnable pending;
    private AtomicBoolean lastCancelled = new AtomicBoolean();

    @Override
    public <T> RunningTask submit(String title, Function<Progress, T> work, Consumer<T> onSuccess,
                                  Consumer<Throwable> onFailure, Runnable onCancelled) {
        AtomicBoolean cancel = new AtomicBoolean();
        AtomicBoolean live = new AtomicBoolean(true);
        lastCancelled = cancel;
        Progress progress = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                checkCancelled();
            }

            @Override
            public boolean isCancelled() {
                return cancel.get();
            }
        };
        PlainRunningTask handle = new PlainRunningTask(title, () -> {
            if (live.compareAndSet(true, false)) {
                cancel.set(true);
                current.set(null);
                onCancelled.run();
            }
        }, () -> !live.get());
        pending = () -> {
            T result;
            try {
                result = work.apply(progress);
            } catch (RuntimeException e) {
                if (live.compareAndSet(true, false)) {
                    current.set(null);
                    onFailure.accept(e);
                }
                return;
            }
            if (live.compareAndSet(true, false)) {
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
        return lastCancelled.get();
    }

    @Override
    public ReadOnlyObjectProperty<RunningTask> currentProperty() {
        return current.getReadOnlyProperty();
    }
}
