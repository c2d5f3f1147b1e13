package io.tastelab.ui.task;

import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A {@link BackgroundTasks.RunningTask} for runners that do not use a JavaFX {@code Task} (the direct runner of
 * ViewModel tests, and test runners that hold work): progress and message are plain properties the runner sets,
 * cancel and done are what the runner says.
 */
public final class PlainRunningTask implements BackgroundTasks.RunningTask {
    private final String title;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Runnable onCancel;
    private final BooleanSupplier done;

    public PlainRunningTask(String title, Runnable onCancel, BooleanSupplier done) {
        this.title = title;
        this.onCancel = onCancel;
        this.done = done;
    }

    /** Reports progress: {@code done} of {@code total} ({@code total <= 0}: unknown) and what is being done. */
    public void update(long doneSoFar, long total, String text) {
        progress.set(total > 0 ? (double) doneSoFar / total : -1);
        message.set(text);
    }

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
        onCancel.run();
    }

    @Override
    public boolean isDone() {
        return done.getAsBoolean();
    }
}
