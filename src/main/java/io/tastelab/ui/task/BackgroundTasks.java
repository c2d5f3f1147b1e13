package io.tastelab.ui.task;

import io.tastelab.engine.task.Progress;
import javafx.beans.property.ReadOnlyObjectProperty;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one way the UI runs long work off the FX thread (after JabRef's BackgroundTask). Work receives a
 * {@link Progress} to report to and to learn about cancellation; success and failure callbacks run on the
 * FX thread. Views never create threads; ViewModels submit here.
 */
public interface BackgroundTasks {

    /**
     * Starts {@code work} in the background.
     *
     * @param title       what the status bar shows while it runs, e.g. "Generating 1,000,000 items"
     * @param onSuccess   receives the result on the FX thread
     * @param onFailure   receives the error on the FX thread (not called when cancelled)
     * @param onCancelled runs on the FX thread, instead of either, once the task is cancelled, from wherever the
     *                    cancel came (the status bar's Cancel button too), so a pane that shows the work as
     *                    running can stop doing so
     */
    <T> RunningTask submit(String title, Function<Progress, T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                           Runnable onCancelled);

    /** Work that hands partial results (a training loss per epoch) to the FX thread as it goes. */
    @FunctionalInterface
    interface PublishingWork<T, U> {
        T apply(Progress progress, Consumer<U> publish);
    }

    /**
     * {@link #submit(String, Function, Consumer, Consumer, Runnable)} for work that publishes partial results:
     * {@code onPartial} receives each on the FX thread, in order, and no later than the progress reported after it
     * (a chart of per-epoch losses never lags the progress bar). This default delivers them at once on the working
     * thread, which is right for runners that run work on the caller's thread.
     */
    default <T, U> RunningTask submit(String title, PublishingWork<T, U> work, Consumer<U> onPartial, Consumer<T> onSuccess,
                                      Consumer<Throwable> onFailure, Runnable onCancelled) {
        return submit(title, progress -> work.apply(progress, onPartial), onSuccess, onFailure, onCancelled);
    }

    /** {@link #submit(String, Function, Consumer, Consumer, Runnable)} for work whose cancellation needs no reaction. */
    default <T> RunningTask submit(String title, Function<Progress, T> work, Consumer<T> onSuccess,
                                   Consumer<Throwable> onFailure) {
        return submit(title, work, onSuccess, onFailure, () -> { });
    }

    /** The most recently started task still running, or null; the status bar shows it with a cancel button. */
    ReadOnlyObjectProperty<RunningTask> currentProperty();

    /** Handle for a submitted job. */
    interface RunningTask {
        String title();

        javafx.beans.property.ReadOnlyDoubleProperty progressProperty();

        javafx.beans.property.ReadOnlyStringProperty messageProperty();

        void cancel();

        boolean isDone();
    }
}
