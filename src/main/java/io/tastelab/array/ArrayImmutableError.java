package io.tastelab.array;

/**
 * A JAX array was assigned to in place ({@code x[0] = 5}); a {@code TypeError} in Python. The interpreter may
 * reword it with the user's own names, e.g. {@code x.at[0].set(5)}.
 */
public class ArrayImmutableError extends ArrayTypeError {
    public ArrayImmutableError(String message) {
        super(message);
    }
}
