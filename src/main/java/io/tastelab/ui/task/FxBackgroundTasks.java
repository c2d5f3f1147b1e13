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

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
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
        return submit(title, (PublishingWork<T, Object>) (progress, publish) -> work.apply(progress), partial -> { },
                onSuccess, onFailure, onCancelled);
    }

    @Override
    public <T, U> RunningTask submit(String title, PublishingWork<T, U> work, Consumer<U> onPartial, Consumer<T> onSuccess,
                                     Consumer<Throwable> onFailure, Runnable onCancelled) {
        FxTask<T, U> task = new FxTask<>(title, work, onPartial);
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

    /**
     * A JavaFX task whose progress and partial results reach the FX thread together: the working thread queues both,
     * and one pass on the FX thread hands over every queued partial result before the latest progress, so what a
     * pane draws from the partial results is never behind the progress bar.
     */
    private static final class FxTask<T, U> extends Task<T> {
        private final PublishingWork<T, U> work;
        private final Consumer<U> onPartial;
        private final RunningTask handle;
        private final ConcurrentLinkedQueue<U> partials = new ConcurrentLinkedQueue<>();
        private final AtomicReference<Step> latest = new AtomicReference<>();
        private final AtomicBoolean handOverQueued = new AtomicBoolean();

        private record Step(long done, long total, String message) {
        }

        FxTask(String title, PublishingWork<T, U> work, Consumer<U> onPartial) {
            this.work = work;
            this.onPartial = onPartial;
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
                    latest.set(new Step(done, total, message));
                    queueHandOver();
                }

                @Override
                public boolean isCancelled() {
                    return FxTask.this.isCancelled();
                }
            };
            return work.apply(progress, partial -> {
                partials.add(partial);
                queueHandOver();
            });
        }

        private void queueHandOver() {
            if (handOverQueued.compareAndSet(false, true)) {
                Platform.runLater(this::handOver);
            }
        }

        /** On the FX thread: the partial results first, then the progress reported last (set at once, here). */
        private void handOver() {
            handOverQueued.set(false);
            for (U partial = partials.poll(); partial != null; partial = partials.poll()) {
                onPartial.accept(partial);
            }
            Step step = latest.getAndSet(null);
            if (step != null) {
                updateProgress(step.done(), step.total());
                updateMessage(step.message());
            }
        }
    }
}
