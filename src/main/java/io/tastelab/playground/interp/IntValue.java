package io.tastelab.playground.interp;

import java.math.BigInteger;
import java.util.Objects;

/** A Python {@code int}: arbitrary precision. Immutable. */
public class IntValue implements Value {

    private static final IntValue[] SMALL = new IntValue[262];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = new IntValue(BigInteger.valueOf(i - 5));
        }
    }

    private final BigInteger value;

    /** The int {@code value}; {@link #of(BigInteger)} shares the small ones. A user class derived from int extends it. */
    public IntValue(BigInteger value) {
        this.value = Objects.requireNonNull(value);
    }

    /** The number. */
    public BigInteger value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IntValue that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "IntValue[value=" + value + "]";
    }

    /** The int {@code value}. */
    public static IntValue of(long value) {
        if (value >= -5 && value <= 256) {
            return SMALL[(int) value + 5];
        }
        return new IntValue(BigInteger.valueOf(value));
    }

    /** The int {@code value}. */
    public static IntValue of(BigInteger value) {
        if (value.bitLength() < 10) {
            long small = value.longValue();
            if (small >= -5 && small <= 256) {
                return SMALL[(int) small + 5];
            }
        }
        return new IntValue(value);
    }

    /** True if the value fits a Java long. */
    public boolean fitsLong() {
        return value.bitLength() < 64;
    }

    /**
     * The value as a long.
     *
     * @throws PlaygroundError Python's OverflowError if it does not fit
     */
    public long longValueExact() {
        if (!fitsLong()) {
            throw PlaygroundError.overflowError("Python int too large to convert to C ssize_t");
        }
        return value.longValue();
    }

    @Override
    public String typeName() {
        return "int";
    }

    @Override
    public String repr() {
        return PythonFormat.intRepr(value);
    }

    @Override
    public boolean isTruthy() {
        return value.signum() != 0;
    }
}
