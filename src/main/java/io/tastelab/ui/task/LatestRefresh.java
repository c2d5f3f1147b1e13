package io.tastelab.ui.task;

import io.tastelab.engine.task.Progress;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Keeps a view in step with a stream of changes: each refresh runs inline when the data is small, else in the
 * background; a newer refresh cancels the running one, and a stale result is never shown. Use on the FX thread.
 */
public final class LatestRefresh {

    /** Catalogs up to this many items are refreshed inline; larger ones in the background. */
    public static final int INLINE_LIMIT = 200_000;

    private final BackgroundTasks tasks;
    private long generation;
    private BackgroundTasks.RunningTask running;

    public LatestRefresh(BackgroundTasks tasks) {
        this.tasks = tasks;
    }

    /**
     * Runs {@code work} for data of {@code size} elements and hands its result to {@code show}, unless a newer
     * refresh started meanwhile.
     */
    public <T> void run(String title, long size, Function<Progress, T> work, Consumer<T> show, Consumer<Throwable> onFailure) {
        long mine = ++generation;
        if (running != null) {
            running.cancel();
            running = null;
        }
        if (size <= INLINE_LIMIT) {
            show.accept(work.apply(Progress.NONE));
            return;
        }
        running = tasks.submit(title, work, result -> {
            if (mine == generation) {
                show.accept(result);
            }
        }, onFailure);
    }
}
