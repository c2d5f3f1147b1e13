package io.tastelab.array;

/**
 * A traced op that {@code jax.grad} in the playground has no derivative rule for; maps to Python's
 * {@code NotImplementedError} with a message naming the op.
 */
public final class NoGradientException extends ArrayException {

    public NoGradientException(String op) {
        this("jax.grad", op);
    }

    /** {@code op} has no rule for {@code transform}: {@code jax.grad} (reverse mode) or {@code jax.jvp} (forward). */
    public NoGradientException(String transform, String op) {
        super(transform + " in the playground has no derivative rule for " + op + ": differentiate a function "
                + "written with +, -, *, /, @, ** with a Python int, jnp.maximum/minimum/exp/log/sqrt/abs/sin/cos/"
                + "tanh/where, sum/mean/max/min, indexing with integers, reshape, transpose and astype.");
    }

    @Override
    public String pythonName() {
        return "NotImplementedError";
    }
}
