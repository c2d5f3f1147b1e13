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

    /**
     * Whether {@code format(x, '')} formats the Python scalar rather than {@code str(x)}: true for a NumPy 0-d
     * ndarray, whose {@code __format__} formats {@code self.item()} (so a float32 0-d array shows its float64
     * digits), false for NumPy scalars and JAX arrays, which format as their str with an empty spec.
     */
    default boolean formatsAsPythonScalar() {
        return false;
    }
}
