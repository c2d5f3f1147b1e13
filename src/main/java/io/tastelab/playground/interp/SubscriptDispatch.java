package io.tastelab.playground.interp;

/**
 * Subscripting: {@code x[index]} and {@code x[index] = value}.
 *
 * <p>The index arrives as the interpreter evaluated it: an int or other value for {@code x[i]}, a
 * {@link SliceValue} for {@code x[a:b:c]}, {@link EllipsisValue#INSTANCE} for {@code ...}, {@link NoneValue#INSTANCE}
 * for {@code None} (NumPy's newaxis), and a {@link TupleValue} of those for {@code x[i, ::2, None]}.
 */
public interface SubscriptDispatch extends Value {

    /** {@code this[index]}. */
    Value getItem(Value index);

    /**
     * {@code this[index] = value}. Immutable kinds keep the default, Python's TypeError; JAX arrays throw their own
     * TypeError naming {@code .at[...].set(...)}.
     */
    default void setItem(Value index, Value value) {
        throw PlaygroundError.typeError("'" + typeName() + "' object does not support item assignment");
    }

    /** {@code del this[index]}; by default refused with Python's (or, for arrays, NumPy's) error. */
    default void deleteItem(Value index) {
        if (typeName().equals("ndarray")) {
            throw PlaygroundError.valueError("cannot delete array elements");
        }
        throw PlaygroundError.typeError("'" + typeName() + "' object doesn't support item deletion");
    }
}
