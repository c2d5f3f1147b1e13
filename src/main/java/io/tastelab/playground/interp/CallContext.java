package io.tastelab.playground.interp;

/**
 * What a called function may ask of the interpreter that runs the call. Only valid during the call, on the
 * interpreter's thread.
 */
public interface CallContext {

    /** Calls {@code callee} (a user function, builtin, or any {@link CallableValue}), counting recursion depth. */
    Value call(Value callee, Arguments arguments);

    /** Writes text to the cell's output, as {@code print} does (the caller adds any line break). */
    void print(String text);

    /**
     * Throws if the cell has used up its time or step budget, or its thread was interrupted (cancelled). Long
     * loops in builtins call this now and then.
     */
    void checkBudget();

    /** The limits the interpreter runs under. */
    InterpreterLimits limits();
}
