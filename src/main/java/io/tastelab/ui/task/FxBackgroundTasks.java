package io.tastelab.ui.task;

import io.tastelab.engine.task.CancelledException;
import io.tastelab.engine.task.Progress;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/** Runs work as {@link javafx.concurrent.Task}s on a small pool of daemon threads. */
public final class FxBackgroundTasks implements BackgroundTasks {

    private final ExecutorService executor;
    private final ReadOnlyObjectWrapper<RunningTask> current = new ReadOnlyObjectWrapper<>();

    public FxBackgroundTasks() {
        AtomicInteger counter = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "tastelab-task-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> RunningTask submit(String title, Function<Progress, T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                                  Runnable onCancelled) {
        FxTask<T> task = new FxTask<>(title, work);
        task.setOnSucceeded(event -> {
            finished(task.handle);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(event -> {
            finished(task.handle);
            if (task.getException() instanceof CancelledException) {
                onCancelled.run();
            } else {
                onFailure.accept(task.getException());
            }
        });
        task.setOnCancelled(event -> {
            finished(task.handle);
            onCancelled.run();
        });
        Runnable publish = () -> current.set(task.handle);
        if (Platform.isFxApplicationThread()) {
            publish.run();
        } else {
            Platform.runLater(publish);
        }
        executor.execute(task);
        return task.handle;
    }

    private void finished(RunningTask handle) {
        if (current.get() == handle) {
            current.set(null);
        }
    }

    @Override
    public ReadOnlyObjectProperty<RunningTask> currentProperty() {
        return current.getReadOnlyProperty();
    }

    private static final class FxTask<T> extends Task<T> {
        private final Function<Progress, T> work;
        private final RunningTask handle;

        FxTask(String title, Function<Progress, T> work) {
            this.work = work;
            updateTitle(title);
            this.handle = new RunningTask() {
                @Override
                public String title() {
                    return title;
                }

                @Override
                public ReadOnlyDoubleProperty progressProperty() {
                    return FxTask.this.progressProperty();
                }

                @Override
                public ReadOnlyStringProperty messageProperty() {
                    return FxTask.this.messageProperty();
                }

                @Override
                public void cancel() {
                    FxTask.this.cancel(false);
                }

                @Override
                public boolean isDone() {
                    Worker.State state = FxTask.this.getState();
                    return state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED;
                }
            };
        }

        @Override
        protected T call() {
            Progress progress = new Progress() {
                @Override
                public void update(long done, long total, String message) {
                    updateProgress(done, total);
                    updateMessage(message);
                }

                @Override
                public boolean isCancelled() {
                    return FxTask.this.isCancelled();
                }
            };
            return work.apply(progress);
        }
    }
}
