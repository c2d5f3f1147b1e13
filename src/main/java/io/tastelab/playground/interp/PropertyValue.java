package io.tastelab.playground.interp;

import java.util.List;

/**
 * {@code @property}: an attribute computed by a getter, with an optional setter ({@code @x.setter}) and deleter.
 * Immutable: {@code .setter(f)} returns a new property, as Python's does.
 */
record PropertyValue(Value getter, Value setter, Value deleter) implements AttributeDispatch {

    /** The {@code property} builtin: {@code property(fget, fset, fdel)}. */
    static final TypeValue TYPE = new TypeValue("property", (arguments, context) -> {
        Value[] slots = arguments.bind("property", List.of("fget", "fset", "fdel", "doc"), 0);
        return new PropertyValue(orNull(slots[0]), orNull(slots[1]), orNull(slots[2]));
    });

    private static Value orNull(Value value) {
        return value == NoneValue.INSTANCE ? null : value;
    }

    Value get(Value instance, CallContext context) {
        if (getter == null) {
            throw PlaygroundError.attributeError("property of '" + instance.typeName() + "' object has no getter");
        }
        return context.call(getter, Arguments.of(instance));
    }

    void set(Value instance, String name, Value value, CallContext context) {
        if (setter == null) {
            throw PlaygroundError.attributeError("property '" + name + "' of '" + instance.typeName()
                    + "' object has no setter");
        }
        context.call(setter, Arguments.of(instance, value));
    }

    @Override
    public Value getAttribute(String name) {
        return switch (name) {
            case "setter" -> new BuiltinFunction("setter", (arguments, context) ->
                    new PropertyValue(getter, arguments.bind("setter", List.of("fset"), 1)[0], deleter));
            case "deleter" -> new BuiltinFunction("deleter", (arguments, context) ->
                    new PropertyValue(getter, setter, arguments.bind("deleter", List.of("fdel"), 1)[0]));
            case "getter" -> new BuiltinFunction("getter", (arguments, context) ->
                    new PropertyValue(arguments.bind("getter", List.of("fget"), 1)[0], setter, deleter));
            case "fget" -> getter == null ? NoneValue.INSTANCE : getter;
            case "fset" -> setter == null ? NoneValue.INSTANCE : setter;
            default -> null;
        };
    }

    @Override
    public String typeName() {
        return "property";
    }

    @Override
    public String repr() {
        return "<property object at 0x" + String.format("%012x", System.identityHashCode(this) * 16L) + ">";
    }
}
