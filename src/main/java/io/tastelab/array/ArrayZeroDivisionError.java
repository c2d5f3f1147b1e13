package io.tastelab.array;

/** Maps to Python's {@code ZeroDivisionError}. */
public class ArrayZeroDivisionError extends ArrayException {
    public ArrayZeroDivisionError(String message) {
        super(message);
    }

    @Override
    public String pythonName() {
        return "ZeroDivisionError";
    }
}
