package io.tastelab.playground.interp;

/**
 * A value usable in a {@code with} statement that is not a user class ({@code np.printoptions(...)},
 * {@code np.errstate(...)}): user classes are context managers through {@code __enter__}/{@code __exit__}.
 */
public interface ContextManager extends Value {

    /** {@code __enter__}: what {@code as} binds. */
    Value enter(CallContext context);

    /**
     * {@code __exit__}: always called once the body ends, normally or not.
     *
     * @param error the exception leaving the body, or null
     * @return true to swallow {@code error}, as an {@code __exit__} that returns a true value does
     */
    boolean exit(PlaygroundError error, CallContext context);
}
