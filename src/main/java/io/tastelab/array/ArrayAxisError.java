package io.tastelab.array;

/** NumPy's {@code AxisError}, which is both a ValueError and an IndexError; shown as {@code AxisError}. */
public class ArrayAxisError extends ArrayValueError {
    public ArrayAxisError(String message) {
        super(message);
    }

    @Override
    public String pythonName() {
        return "AxisError";
    }
}
