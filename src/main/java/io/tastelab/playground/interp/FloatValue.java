package io.tastelab.playground.interp;

/** A Python {@code float}: an IEEE double. Immutable. */
public record FloatValue(double value) implements Value {

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
        // Bitwise, so that records behave in Java collections; Python's == lives in Operators.
        return other instanceof FloatValue that && Double.doubleToLongBits(value) == Double.doubleToLongBits(that.value);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(value);
    }
}
