package io.tastelab.playground.interp;

/**
 * A value holding memory worth handing back before the garbage collector would: the arrays' large off-heap
 * buffers, which NumPy frees the moment their last reference goes.
 *
 * <p>The interpreter calls {@link #release()} only on a temporary it can prove dead: the fresh result of an
 * operator, of an array function that keeps no reference to its arguments, or of a user function's
 * {@code return} expression, once the next operator or array function has consumed it or {@code %timeit}
 * has thrown it away. A result is fresh when it shares no memory with anything it was computed from.
 */
public interface ReleasableValue extends Value {

    /** Whether the two values may see the same elements (one is the other, a view of it, or its base). */
    boolean sharesMemoryWith(ReleasableValue other);

    /** Frees the memory now. The value must not be used again. */
    void release();
}
