package io.tastelab.array;

/** NumPy's {@code numpy.linalg.LinAlgError}, e.g. "Singular matrix". */
public class ArrayLinAlgError extends ArrayException {
    public ArrayLinAlgError(String message) {
        super(message);
    }

    @Override
    public String pythonName() {
        return "LinAlgError";
    }
}
