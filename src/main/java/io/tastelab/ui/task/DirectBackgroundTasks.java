package io.tastelab.ui.task;

import io.tastelab.engine.task.CancelledException;
import io.tastelab.engine.task.Progress;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.function.Consumer;
import java.util.function.Function;

/** Runs work at once on the calling thread: for ViewModel tests, which need no FX toolkit. */
public final class DirectBackgroundTasks implements BackgroundTasks {

    private final ReadOnlyObjectWrapper<RunningTask> current = new ReadOnlyObjectWrapper<>();

    @Override
    public <T> RunningTask submit(String title, Function<Progress, T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                                  Runnable onCancelled) {
        PlainRunningTask handle = new PlainRunningTask(title, () -> { }, () -> true);
        try {
            T result = work.apply(handle::update);
            onSuccess.accept(result);
        } catch (CancelledException e) {
            onCancelled.run(); // cancelled work leaves no result
        } catch (RuntimeException e) {
            onFailure.accept(e);
        }
        return handle;
    }

    @Override
    public ReadOnlyObjectProperty<RunningTask> currentProperty() {
        return current.getReadOnlyProperty();
    }
}
