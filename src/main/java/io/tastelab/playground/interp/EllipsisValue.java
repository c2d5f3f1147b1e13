package io.tastelab.playground.interp;

/** Python's {@code Ellipsis}, written {@code ...}. */
public enum EllipsisValue implements Value {
    INSTANCE;

    @Override
    public String typeName() {
        return "ellipsis";
    }

    @Override
    public String repr() {
        return "Ellipsis";
    }
}
