package io.tastelab.ui.task;

import io.tastelab.engine.task.CancelledException;
import io.tastelab.engine.task.Progress;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.function.Consumer;
import java.util.function.Function;

/** Runs work at once on the calling thread: for ViewModel tests, which need no FX toolkit. */
public final class DirectBackgroundTasks implements BackgroundTasks {

    private final ReadOnlyObjectWrapper<RunningTask> current = new ReadOnlyObjectWrapper<>();

    @Override
    public <T> RunningTask submit(String title, Function<Progress, T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                                  Runnable onCancelled) {
        ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
        ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
        RunningTask handle = new RunningTask() {
            @Override
            public String title() {
                return title;
            }

            @Override
            public ReadOnlyDoubleProperty progressProperty() {
                return progress.getReadOnlyProperty();
            }

            @Override
            public ReadOnlyStringProperty messageProperty() {
                return message.getReadOnlyProperty();
            }

            @Override
            public void cancel() {
            }

            @Override
            public boolean isDone() {
                return true;
            }
        };
        try {
            T result = work.apply((done, total, text) -> {
                progress.set(total > 0 ? (double) done / total : -1);
                message.set(text);
            });
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
