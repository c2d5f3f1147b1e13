package io.tastelab.playground.interp;

import io.tastelab.playground.lang.DeepStack;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * A body that runs on its own deep-stack thread and passes control back and forth with whoever resumes it: what a
 * generator's body runs on, so that it can stop at a {@code yield} in the middle of any statement and go on later.
 * Exactly one of the two threads runs at a time (each hand-off goes through an {@link AtomicReference}, which also
 * orders what one side wrote before what the other reads), so the interpreter's state needs no locks. The waiting
 * side polls for a moment before it parks: most bodies reach their next {@code yield} in microseconds, and waking a
 * parked thread costs more than that (10,000 yields: 150-320 ms parking at once, see the decision record).
 *
 * <p>The thread starts at the first {@link #resume} and ends when the body returns, raises or is {@link Kill}ed; a
 * body that was never resumed has no thread. See resources/decisions/generators-on-threads.md.
 */
final class Coroutine {

    /** What the resuming side sends in. */
    sealed interface Command permits Send, Throw, Kill {
    }

    /** Go on; the suspended {@code yield} evaluates to {@code value}. */
    record Send(Value value) implements Command {
    }

    /** Raise {@code error} where the body is suspended ({@code generator.throw}, {@code close}). */
    record Throw(PlaygroundError error) implements Command {
    }

    /** End the body without running any more user code (an abandoned generator, a closed session). */
    enum Kill implements Command {
        INSTANCE
    }

    /** What comes back from a {@link #resume}. */
    sealed interface Outcome permits Yielded, Returned, Raised {
    }

    record Yielded(Value value) implements Outcome {
    }

    record Returned(Value value) implements Outcome {
    }

    record Raised(RuntimeException error) implements Outcome {
    }

    /** The body, run on the coroutine's thread; it calls {@link Coroutine#suspend} to yield. */
    interface Body {
        Value run(Coroutine self);
    }

    /**
     * Called on the coroutine's thread as it takes over ({@link #enter}) and before it hands back ({@link #leave}):
     * where the interpreter swaps the per-frame state of the resuming code for the body's.
     */
    interface Switch {
        void enter();

        void leave();
    }

    /** Unwinds a killed body: an Error, so no {@code except} or Python {@code finally} of the body runs. */
    private static final class Killed extends Error {
        Killed() {
            super("generator killed", null, false, false);
        }
    }

    private final Body body;
    private final Switch frames;
    private final Runnable onResumerInterrupted;
    private final String threadName;
    /** How long a waiting side polls before it parks. */
    private static final long POLL_NANOS = 50_000;

    private final AtomicReference<Command> commands = new AtomicReference<>();
    private final AtomicReference<Outcome> outcomes = new AtomicReference<>();
    private volatile Thread resumer;
    private Thread bodyThread;
    private boolean started;
    private volatile boolean finished;

    /**
     * @param onResumerInterrupted run when the resuming thread is interrupted while it waits (e.g. to cancel the
     *                             cell, which the body then sees at its next step)
     */
    Coroutine(Body body, Switch frames, Runnable onResumerInterrupted, String threadName) {
        this.body = body;
        this.frames = frames;
        this.onResumerInterrupted = onResumerInterrupted;
        this.threadName = threadName;
    }

    /** Whether the body's thread has started and not yet ended. */
    boolean isLive() {
        return started && !finished;
    }

    /** Whether the body's thread ran and ended. */
    boolean isFinished() {
        return finished;
    }

    /** Hands {@code command} to the body and waits until it yields, returns or raises. Not after it finished. */
    Outcome resume(Command command) {
        if (finished) {
            throw new IllegalStateException("the coroutine has finished");
        }
        resumer = Thread.currentThread();
        commands.set(command);
        if (!started) {
            started = true;
            bodyThread = DeepStack.newThread(this::runBody, threadName);
            bodyThread.start();
        } else {
            LockSupport.unpark(bodyThread);
        }
        return take(outcomes);
    }

    /**
     * Ends a live body without running its user code further; a body never resumed just never runs. Returns once
     * its thread has unwound.
     */
    void kill() {
        if (isLive()) {
            resume(Kill.INSTANCE);
        }
        finished = true;
    }

    /** On the body's thread: hands {@code value} out and waits to be resumed; returns the value sent in. */
    Value suspend(Value value) {
        frames.leave();
        hand(outcomes, new Yielded(value));
        Command command = take(commands);
        frames.enter();
        return switch (command) {
            case Send send -> send.value();
            case Throw thrown -> throw thrown.error();
            case Kill kill -> throw new Killed();
        };
    }

    private void runBody() {
        Command first = take(commands);
        Outcome outcome;
        frames.enter();
        try {
            outcome = switch (first) {
                case Send send -> new Returned(body.run(this));
                case Throw thrown -> new Raised(thrown.error());
                case Kill kill -> new Returned(NoneValue.INSTANCE);
            };
        } catch (Killed killed) {
            outcome = new Returned(NoneValue.INSTANCE);
        } catch (StackOverflowError overflow) {
            outcome = new Raised(PlaygroundError.recursionError());
        } catch (RuntimeException raised) {
            outcome = new Raised(raised);
        } catch (OutOfMemoryError memory) {
            outcome = new Raised(PlaygroundError.internalError(memory));
        } finally {
            frames.leave();
        }
        finished = true;
        hand(outcomes, outcome);
    }

    /** On the body's thread: gives the resuming side {@code outcome} and wakes it. */
    private void hand(AtomicReference<Outcome> slot, Outcome outcome) {
        slot.set(outcome);
        LockSupport.unpark(resumer);
    }

    /**
     * Waits for the other side to fill {@code slot} and empties it. An interrupt of the waiting thread runs
     * {@link #onResumerInterrupted} and is kept for the thread to see afterwards.
     */
    private <T> T take(AtomicReference<T> slot) {
        boolean interrupted = false;
        long pollUntil = System.nanoTime() + POLL_NANOS;
        try {
            while (true) {
                T item = slot.getAndSet(null);
                if (item != null) {
                    return item;
                }
                if (System.nanoTime() < pollUntil) {
                    Thread.yield();
                } else {
                    LockSupport.park(this);
                }
                if (Thread.interrupted()) {
                    interrupted = true;
                    onResumerInterrupted.run();
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
