package io.tastelab.playground.interp;

import java.util.Objects;

/**
 * A Python type object such as {@code int} or {@code str}: what {@code type(x)} returns, and, for the builtin
 * types, callable to convert ({@code int('42')}). Immutable; equal when the names are equal.
 *
 * @param name        the type's name
 * @param constructor what calling the type does, or null if it can't be called here
 */
public record TypeValue(String name, BuiltinFunction.Body constructor) implements CallableValue, AttributeDispatch {

    public TypeValue {
        Objects.requireNonNull(name);
    }

    @Override
    public Value call(Arguments arguments, CallContext context) {
        if (constructor == null) {
            throw PlaygroundError.typeError("cannot create '" + name + "' instances");
        }
        return constructor.call(arguments, context);
    }

    @Override
    public Value getAttribute(String attribute) {
        return attribute.equals("__name__") ? new StrValue(name.substring(name.lastIndexOf('.') + 1)) : null;
    }

    @Override
    public String typeName() {
        return "type";
    }

    @Override
    public String repr() {
        return "<class '" + name + "'>";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TypeValue that && name.equals(that.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }
}
