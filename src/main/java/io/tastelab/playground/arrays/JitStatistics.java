package io.tastelab.playground.arrays;

/**
 * Counts and notes for a session's {@code jax.jit} functions: how often they traced (one per new input signature)
 * and how often they ran a cached graph. Confined to the interpreter's thread.
 */
public final class JitStatistics {

    private int traces;
    private int cachedRuns;
    private final java.util.List<String> notes = new java.util.ArrayList<>();

    void traced() {
        traces++;
    }

    void note(String note) {
        notes.add(note);
    }

    /**
     * The notes written since the last call, and forgets them: one per trace, saying what was traced and that
     * ND4J M2.1 runs the graph op by op (so jit is not faster on the CPU). Kept out of the cell's stdout, which
     * shows what JAX would print; {@code play} and the pane show them beside it.
     */
    public java.util.List<String> drainNotes() {
        java.util.List<String> drained = java.util.List.copyOf(notes);
        notes.clear();
        return drained;
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
