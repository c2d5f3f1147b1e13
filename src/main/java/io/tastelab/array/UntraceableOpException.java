package io.tastelab.array;

/**
 * An op that {@code jax.jit} in the playground cannot put into its ND4J graph; maps to Python's
 * {@code NotImplementedError} with a message naming the op.
 */
public class UntraceableOpException extends ArrayException {

    public UntraceableOpException(String op) {
        this("jax.jit", op);
    }

    /** {@code op} found while {@code transform} ({@code jax.jit}, {@code jax.grad}) traced a function. */
    public UntraceableOpException(String transform, String op) {
        super(transform + " in the playground cannot trace " + op + ": the op has no ND4J SameDiff equivalent "
                + "with jax.numpy's semantics here. Call the function without " + transform + ", or rewrite it "
                + "with +, -, *, /, @ (1-D or 2-D float), ** with a Python int, integer indexing, comparisons, "
                + "jnp.maximum/minimum/exp/log/sqrt/abs/sin/cos/tanh/where, sum/mean/max/min over one axis or all, "
                + "reshape, transpose and astype.");
    }

    @Override
    public String pythonName() {
        return "NotImplementedError";
    }
}
