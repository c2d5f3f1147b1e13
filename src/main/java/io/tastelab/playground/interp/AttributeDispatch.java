package io.tastelab.playground.interp;

/** Attribute access {@code x.name} (and assignment {@code x.name = v}, which few kinds allow). */
public interface AttributeDispatch extends Value {

    /** The attribute's value, or null if there is none (the interpreter then raises Python's AttributeError). */
    Value getAttribute(String name);

    /** {@code this.name = value}; by default Python's AttributeError for objects that don't allow it. */
    default void setAttribute(String name, Value value) {
        if (getAttribute(name) == null) {
            throw PlaygroundError.attributeError("'" + typeName() + "' object has no attribute '" + name + "'");
        }
        throw PlaygroundError.attributeError("'" + typeName() + "' object attribute '" + name + "' is read-only");
    }
}
