package io.tastelab.playground.interp;

import java.math.BigInteger;

/** Python's {@code True} and {@code False}; in arithmetic they are the ints 1 and 0, as in Python. */
public enum BoolValue implements Value {
    FALSE,
    TRUE;

    /** The bool for {@code value}. */
    public static BoolValue of(boolean value) {
        return value ? TRUE : FALSE;
    }

    /** True for {@link #TRUE}. */
    public boolean value() {
        return this == TRUE;
    }

    /** The int this bool counts as: 1 or 0. */
    public BigInteger asInteger() {
        return this == TRUE ? BigInteger.ONE : BigInteger.ZERO;
    }

    @Override
    public String typeName() {
        return "bool";
    }

    @Override
    public String repr() {
        return this == TRUE ? "True" : "False";
    }

    @Override
    public boolean isTruthy() {
        return this == TRUE;
    }
}
