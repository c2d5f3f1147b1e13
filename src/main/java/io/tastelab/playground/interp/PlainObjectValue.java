package io.tastelab.playground.interp;

/**
 * What {@code object()} makes: a value with no attributes, equal only to itself, shown with an address as
 * CPython shows it (JAX's pytree page uses one as an opaque leaf).
 */
final class PlainObjectValue implements Value {

    /** The {@code object} type: calling it makes a new plain object. */
    static final TypeValue TYPE = new TypeValue("object", (arguments, context) -> {
        arguments.bind("object", java.util.List.of(), 0);
        return new PlainObjectValue();
    });

    @Override
    public String typeName() {
        return "object";
    }

    @Override
    public String repr() {
        return "<object object at 0x" + String.format("%012x", System.identityHashCode(this) * 16L) + ">";
    }
}
