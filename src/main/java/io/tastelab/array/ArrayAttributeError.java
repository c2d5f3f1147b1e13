package io.tastelab.array;

/** Maps to Python's {@code AttributeError}, e.g. {@code .at} on a NumPy array. */
public class ArrayAttributeError extends ArrayException {
    public ArrayAttributeError(String message) {
        super(message);
    }

    @Override
    public String pythonName() {
        return "AttributeError";
    }
}
