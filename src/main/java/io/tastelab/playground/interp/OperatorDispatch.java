package io.tastelab.playground.interp;

import io.tastelab.playground.lang.BinaryOperator;
import io.tastelab.playground.lang.CompareOperator;
import io.tastelab.playground.lang.UnaryOperator;

/**
 * Operators that a value kind defines for itself, the way a Python class defines {@code __add__} and
 * {@code __radd__}. The interpreter follows Python's protocol: for {@code a + b} it asks {@code a} with
 * {@code reflected = false}; if the answer is {@link NotImplementedValue#INSTANCE} it asks {@code b} with
 * {@code reflected = true}; if both decline, it raises Python's {@code TypeError}. Python scalars decline
 * operands they don't know, so an array on either side of {@code 2 * x} gets to answer.
 *
 * <p>Implementations may throw {@link PlaygroundError} for errors such as shapes that don't broadcast.
 */
public interface OperatorDispatch extends Value {

    /**
     * {@code this op other} when {@code reflected} is false, {@code other op this} when it is true; or
     * {@link NotImplementedValue#INSTANCE} if this kind doesn't handle the combination.
     */
    default Value binaryOp(BinaryOperator op, Value other, boolean reflected) {
        return NotImplementedValue.INSTANCE;
    }

    /**
     * In-place {@code this op= other} ({@code x += 1}): mutable kinds (NumPy arrays) update themselves and return
     * {@code this}; the default declines, and the interpreter falls back to {@code x = x op other}.
     */
    default Value inPlaceOp(BinaryOperator op, Value other) {
        return NotImplementedValue.INSTANCE;
    }

    /**
     * {@code this op other}, with {@code op} already swapped by the caller when it asks the right operand
     * ({@code 1 < x} asks {@code x} for {@code >}). Arrays answer elementwise. May decline with
     * {@link NotImplementedValue#INSTANCE}; {@code ==} and {@code !=} then fall back to identity.
     */
    default Value compare(CompareOperator op, Value other) {
        return NotImplementedValue.INSTANCE;
    }

    /** {@code item in this}, as a bool value; or {@link NotImplementedValue#INSTANCE} to let the interpreter iterate. */
    default Value contains(Value item) {
        return NotImplementedValue.INSTANCE;
    }

    /** {@code abs(this)}; or {@link NotImplementedValue#INSTANCE}. */
    default Value absolute() {
        return NotImplementedValue.INSTANCE;
    }

    /** {@code -this}, {@code +this}, {@code ~this}; or {@link NotImplementedValue#INSTANCE}. */
    default Value unaryOp(UnaryOperator op) {
        return NotImplementedValue.INSTANCE;
    }
}
