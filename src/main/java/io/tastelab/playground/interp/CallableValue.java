package io.tastelab.playground.interp;

/** A value that can be called: {@code f(1, 2, axis=0)}. */
public interface CallableValue extends Value {

    /**
     * Calls the value.
     *
     * @param arguments the positional and keyword arguments, evaluated left to right
     * @param context   the calling interpreter: to call back into user functions (e.g. {@code jax.jit}), print,
     *                  and check the cell's budget in long-running work
     * @throws PlaygroundError for any error the call raises, e.g. Python's TypeError for wrong arguments
     */
    Value call(Arguments arguments, CallContext context);

    /**
     * False only when a call keeps no reference to its arguments beyond what it returns (the array functions,
     * compiled {@code jax.jit} functions), so that a temporary argument the result does not share is dead after
     * the call (see {@link ReleasableValue}). True, the safe assumption, by default.
     */
    default boolean keepsArguments() {
        return true;
    }
}
