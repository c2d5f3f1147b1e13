package io.tastelab.array;

/** Maps to Python's {@code IndexError}. */
public class ArrayIndexError extends ArrayException {
    public ArrayIndexError(String message) {
        super(message);
    }

    @Override
    public String pythonName() {
        return "IndexError";
    }
}
