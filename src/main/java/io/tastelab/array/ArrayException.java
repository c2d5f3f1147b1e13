package io.tastelab.array;

/**
 * Base of the errors the array layer reports. Each subclass names the Python exception the playground
 * shows ({@link #pythonName()}); messages follow NumPy's wording.
 */
public abstract class ArrayException extends RuntimeException {
    protected ArrayException(String message) {
        super(message);
    }

    /** The Python exception type this error maps to, e.g. {@code IndexError}. */
    public abstract String pythonName();
}
