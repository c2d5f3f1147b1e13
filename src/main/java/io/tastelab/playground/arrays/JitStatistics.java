package io.tastelab.playground.arrays;

/**
 * Counts for a session's {@code jax.jit} functions: how often they traced (one per new input signature) and how
 * often they ran a cached graph. Confined to the interpreter's thread.
 */
public final class JitStatistics {

    private int traces;
    private int cachedRuns;

    void traced() {
        traces++;
    }

    void ranCached() {
        cachedRuns++;
    }

    /** Traces so far (each one builds an ND4J SameDiff graph). */
    public int traces() {
        return traces;
    }

    /** Calls that reused a graph traced earlier. */
    public int cachedRuns() {
        return cachedRuns;
    }
}
