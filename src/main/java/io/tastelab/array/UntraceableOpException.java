package io.tastelab.array;

/**
 * An op that {@code jax.jit} in the playground cannot put into its ND4J graph; maps to Python's
 * {@code NotImplementedError} with a message naming the op.
 */
public class UntraceableOpException extends ArrayException {

    public UntraceableOpException(String op) {
        super("jax.jit in the playground cannot trace " + op + ": the op has no ND4J SameDiff equivalent with "
                + "jax.numpy's semantics here. Call the function without jax.jit, or rewrite it with +, -, *, /, "
                + "@ (2-D float), ** with a Python int, comparisons, jnp.maximum/minimum/exp/log/sqrt/abs/sin/cos/"
                + "tanh/where, sum/mean/max/min over one axis or all, reshape, transpose and astype.");
    }

    @Override
    public String pythonName() {
        return "NotImplementedError";
    }
}
