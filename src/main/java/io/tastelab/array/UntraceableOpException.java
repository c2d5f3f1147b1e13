package io.tastelab.array;

/**
 * An op that a transformation in the playground ({@code jax.jit}, {@code jax.grad}, {@code jax.vmap}, ...) cannot
 * trace yet; maps to Python's {@code NotImplementedError} with a message naming the op and saying what to do: call
 * the function without the transformation, which computes the same op eagerly.
 */
public class UntraceableOpException extends ArrayException {

    public UntraceableOpException(String op) {
        this("jax.jit", op);
    }

    /** {@code op} found while {@code transform} ({@code jax.jit}, {@code jax.grad}) traced a function. */
    public UntraceableOpException(String transform, String op) {
        super(transform + " in the playground cannot trace " + op + " yet. Call the function without " + transform
                + ": the playground computes it eagerly.");
    }

    @Override
    public String pythonName() {
        return "NotImplementedError";
    }
}
