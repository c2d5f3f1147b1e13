package io.tastelab.array;

/** Maps to Python's {@code ValueError}. */
public class ArrayValueError extends ArrayException {
    public ArrayValueError(String message) {
        super(message);
    }

    @Override
    public String pythonName() {
        return "ValueError";
    }
}
