package io.tastelab.playground.interp;

/** Python's {@code None}; as an index, NumPy's {@code newaxis}. */
public enum NoneValue implements Value {
    INSTANCE;

    @Override
    public String typeName() {
        return "NoneType";
    }

    @Override
    public String repr() {
        return "None";
    }

    @Override
    public boolean isTruthy() {
        return false;
    }
}
