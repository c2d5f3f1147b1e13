package io.tastelab.playground.interp;

import java.math.BigInteger;

/** Conversions between Python values and Java numbers, with Python's rules, for code that implements values. */
public final class Values {

    private Values() {
    }

    /** The object standing for {@code value} as a dict key (Python's hash and ==); TypeError when unhashable. */
    public static Object hashKey(Value value) {
        return HashKey.of(value);
    }

    /**
     * The int a value stands for where Python needs an index (ints, bools, {@link IndexValue}s such as NumPy
     * integer scalars), or null if it is not one.
     */
    public static BigInteger asIndex(Value value) {
        return Sequences.asIndex(value);
    }

    /** True for Python's int, bool and float. */
    public static boolean isPythonNumber(Value value) {
        return value instanceof IntValue || value instanceof BoolValue || value instanceof FloatValue;
    }

    /**
     * The float value of a Python int, bool or float.
     *
     * @throws PlaygroundError OverflowError for ints too large for a double, TypeError for other values
     */
    public static double asDouble(Value value) {
        return Operators.toDouble(value);
    }

    /** Python's {@code type(x)} for any value. */
    public static TypeValue typeOf(Value value) {
        return Builtins.typeOf(value);
    }
}
