package io.tastelab.array;

/** Maps to Python's {@code TypeError}. */
public class ArrayTypeError extends ArrayException {
    public ArrayTypeError(String message) {
        super(message);
    }

    @Override
    public String pythonName() {
        return "TypeError";
    }
}
