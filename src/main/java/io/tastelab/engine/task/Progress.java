package io.tastelab.engine.task;

/**
 * How long engine work reports progress and learns it was cancelled. The engine only calls this plain
 * callback; the UI adapts it to a JavaFX task, tests pass {@link #NONE}.
 */
public interface Progress {

    /** Reports {@code done} of {@code total} units; may throw {@link CancelledException} when cancelled. */
    void update(long done, long total, String message);

    /** True once the user asked to stop. */
    default boolean isCancelled() {
        return false;
    }

    /** Throws {@link CancelledException} when the user asked to stop. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    Progress NONE = (done, total, message) -> { };
}
