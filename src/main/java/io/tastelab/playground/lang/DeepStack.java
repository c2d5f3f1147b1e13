package io.tastelab.playground.lang;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs recursive work (parsing, evaluation) on threads with a large stack, so that how deep it may go depends on
 * the playground's own limits and not on the caller's thread. A {@code StackOverflowError} is worse than a crash
 * of one computation: when it strikes while the JVM initializes a class (string concatenation links lazily, for
 * one), that class stays broken for the rest of the run. The limits on nesting keep well inside this stack.
 *
 * <p>Work already on such a thread runs inline. Otherwise the caller waits; threads are pooled and end after five
 * idle minutes (long enough that a session typing at a REPL keeps its thread, and with it any per-thread state of
 * the array engine). Thread-safe.
 */
public final class DeepStack {

    /** The stack of the deep-stack threads: reserved address space, committed only as deep as work goes. */
    public static final long STACK_BYTES = 512L << 20;

    /** How long a caller polls for the result before it parks. */
    private static final long POLL_NANOS = 200_000;

    private static final ThreadLocal<Boolean> ON_DEEP_STACK = ThreadLocal.withInitial(() -> Boolean.FALSE);
    private static final ExecutorService THREADS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 5, TimeUnit.MINUTES,
            new SynchronousQueue<>(), work -> {
                Thread thread = new Thread(null, () -> {
                    ON_DEEP_STACK.set(Boolean.TRUE);
                    work.run();
                }, "playground-deep-stack", STACK_BYTES);
                thread.setDaemon(true);
                return thread;
            });

    private DeepStack() {
    }

    /**
     * A new, unstarted daemon thread with the deep stack, for work that must keep its own stack between calls (a
     * generator's body, suspended at a {@code yield}); work it hands to {@link #call} runs inline.
     */
    public static Thread newThread(Runnable work, String name) {
        Thread thread = new Thread(null, () -> {
            ON_DEEP_STACK.set(Boolean.TRUE);
            work.run();
        }, name, STACK_BYTES);
        thread.setDaemon(true);
        return thread;
    }

    /** True on a deep-stack thread. */
    public static boolean isOnDeepStack() {
        return ON_DEEP_STACK.get();
    }

    /**
     * Runs {@code work} on a deep-stack thread and returns its result, or rethrows its unchecked exception.
     *
     * @param onCallerInterrupted run (once per interrupt) if the waiting caller is interrupted, e.g. to cancel the
     *                            work; the caller keeps waiting and its interrupt status is restored at the end
     */
    public static <T> T call(Callable<T> work, Runnable onCallerInterrupted) {
        if (isOnDeepStack()) {
            return callInline(work);
        }
        Future<T> result = THREADS.submit(work);
        // Most statements take microseconds: poll for a moment before parking, since waking a parked thread cost
        // 20-50 us here, more than a small statement's whole run (runCell of `y = x[::2, ::2] * v` on 3x3: median
        // 50-67 -> 10-14 us). Yielding, not spinning: a statement running a large kernel keeps both cores.
        long pollUntil = System.nanoTime() + POLL_NANOS;
        while (!result.isDone() && System.nanoTime() < pollUntil) {
            Thread.yield();
        }
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return result.get();
                } catch (InterruptedException interrupt) {
                    interrupted = true;
                    onCallerInterrupted.run();
                } catch (ExecutionException failure) {
                    Throwable cause = failure.getCause();
                    if (cause instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    if (cause instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static <T> T callInline(Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException runtime) {
            throw runtime;
        } catch (Exception checked) {
            throw new IllegalStateException(checked);
        }
    }
}
