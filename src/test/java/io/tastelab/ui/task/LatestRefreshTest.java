package io.tastelab.ui.task;

import io.tastelab.engine.task.Progress;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class LatestRefreshTest {

    /** Holds submitted work until the test finishes it, in any order. */
    static final class HeldTasks implements BackgroundTasks {
        final List<Runnable> finishers = new ArrayList<>();
        final List<Boolean> cancelled = new ArrayList<>();

        @Override
        public <T> RunningTask submit(String title, Function<Progress, T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                                      Runnable onCancelled) {
            int index = cancelled.size();
            cancelled.add(false);
            finishers.add(() -> onSuccess.accept(work.apply(Progress.NONE)));
            return new PlainRunningTask(title, () -> cancelled.set(index, true), () -> false);
        }

        @Override
        public ReadOnlyObjectProperty<RunningTask> currentProperty() {
            return new ReadOnlyObjectWrapper<RunningTask>().getReadOnlyProperty();
        }
    }

    @Test
    void smallDataRefreshesInline() {
        HeldTasks tasks = new HeldTasks();
        List<String> shown = new ArrayList<>();
        new LatestRefresh(tasks).run("small", 10, progress -> "done", shown::add, failure -> { });
        assertThat(shown).containsExactly("done");
        assertThat(tasks.finishers).isEmpty();
    }

    @Test
    void aStaleBackgroundResultIsNeverShownAndTheOlderRunIsCancelled() {
        HeldTasks tasks = new HeldTasks();
        LatestRefresh refresh = new LatestRefresh(tasks);
        List<String> shown = new ArrayList<>();
        long big = LatestRefresh.INLINE_LIMIT + 1L;
        refresh.run("first", big, progress -> "old", shown::add, failure -> { });
        refresh.run("second", big, progress -> "new", shown::add, failure -> { });
        assertThat(tasks.cancelled).containsExactly(true, false);
        tasks.finishers.get(1).run();
        tasks.finishers.get(0).run();
        assertThat(shown).containsExactly("new");
    }
}
