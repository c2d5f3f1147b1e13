package io.tastelab.playground.interp;

/** A Python {@code float}: an IEEE double. Immutable. */
public class FloatValue implements Value {

    private final double value;

    /** The float {@code value}. A user class derived from float extends this class. */
    public FloatValue(double value) {
        this.value = value;
    }

    /** The number. */
    public double value() {
        return value;
    }

    @Override
    public String toString() {
        return "FloatValue[value=" + value + "]";
    }

    @Override
    public String typeName() {
        return "float";
    }

    @Override
    public String repr() {
        return PythonFormat.floatRepr(value);
    }

    @Override
    public boolean isTruthy() {
        return value != 0.0;
    }

    @Override
    public boolean equals(Object other) {
        // Bitwise, so that values behave in Java collections; Python's == lives in Operators.
        return other instanceof FloatValue that && Double.doubleToLongBits(value) == Double.doubleToLongBits(that.value);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(value);
    }
}
