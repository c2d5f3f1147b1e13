package io.tastelab.playground.interp;

/**
 * A value whose computation may still be running, like a JAX array before {@code block_until_ready()}.
 * {@code %timeit} waits on results that implement this before it stops the clock.
 */
public interface ReadyAwaitable {

    /** Returns once the value's computation has finished. */
    void awaitReady();
}
