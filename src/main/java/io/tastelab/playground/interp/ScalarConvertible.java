package io.tastelab.playground.interp;

/**
 * A value that {@code int(x)} and {@code float(x)} can convert, such as a NumPy scalar or a one-element array.
 */
public interface ScalarConvertible {

    /**
     * The value as a Python int, float or bool.
     *
     * @throws PlaygroundError TypeError when it has no single scalar (NumPy: "only length-1 arrays can be
     *                         converted to Python scalars")
     */
    Value toPythonScalar();
}
