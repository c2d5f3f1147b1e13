package io.tastelab.array;

/** Maps to Python's {@code OverflowError}. */
public class ArrayOverflowError extends ArrayException {
    public ArrayOverflowError(String message) {
        super(message);
    }

    @Override
    public String pythonName() {
        return "OverflowError";
    }
}
