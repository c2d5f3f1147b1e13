package io.tastelab.playground.interp;

/** Python's {@code NotImplemented}: the answer of an {@link OperatorDispatch} that declines an operand. */
public enum NotImplementedValue implements Value {
    INSTANCE;

    @Override
    public String typeName() {
        return "NotImplementedType";
    }

    @Override
    public String repr() {
        return "NotImplemented";
    }
}
