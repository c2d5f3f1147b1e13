package io.tastelab.array;

/**
 * A complex number as the array layer passes it in and out: a Python {@code complex} operand ({@code x * 1j}), an
 * element read from a complex array ({@code item()}, {@code tolist()}), a fill value. Immutable.
 */
public record Complex(double real, double imag) {
}
