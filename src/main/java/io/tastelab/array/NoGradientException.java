package io.tastelab.array;

/**
 * A traced op that {@code jax.grad} in the playground has no derivative rule for; maps to Python's
 * {@code NotImplementedError} with a message naming the op.
 */
public final class NoGradientException extends ArrayException {

    public NoGradientException(String op) {
        super("jax.grad in the playground has no derivative rule for " + op + ": differentiate a function "
                + "written with +, -, *, /, @, ** with a Python int, jnp.maximum/minimum/exp/log/sqrt/abs/sin/cos/"
                + "tanh/where, sum/mean/max/min, indexing with integers, reshape, transpose and astype.");
    }

    @Override
    public String pythonName() {
        return "NotImplementedError";
    }
}
