package io.tastelab.playground.interp;

/**
 * A value of the playground language: a Python int, float, bool, str, None, list, tuple, function, module,
 * builtin, or a value kind plugged in from outside, such as the array layer's arrays.
 *
 * <p>What a value can do beyond being shown is declared by the capability interfaces it implements, which the
 * interpreter consults: {@link OperatorDispatch} (arithmetic, {@code @}, comparisons, unary operators),
 * {@link SubscriptDispatch} ({@code x[i]} and {@code x[i] = v}), {@link AttributeDispatch} ({@code x.name}),
 * {@link CallableValue} ({@code x(...)}), {@link IterableValue} (unpacking, {@code list(x)}, {@code len(x)}) and
 * {@link ReadyAwaitable} (for timing). A value that implements none of them can only be stored and shown.
 */
public interface Value {

    /** Python's name for the value's type, as in {@code type(x).__name__}: {@code int}, {@code ndarray}, ... */
    String typeName();

    /** Python's {@code repr(x)}: what the REPL shows for the value. */
    String repr();

    /** Python's {@code str(x)}: what {@code print} shows; the repr unless the kind says otherwise. */
    default String str() {
        return repr();
    }

    /**
     * Python's {@code bool(x)}, used by {@code and}, {@code or}, {@code not} and conditional expressions.
     *
     * @throws PlaygroundError when the value has no truth value (NumPy's "truth value of an array ... is ambiguous")
     */
    default boolean isTruthy() {
        return true;
    }
}
