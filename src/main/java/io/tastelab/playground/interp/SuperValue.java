package io.tastelab.playground.interp;

import java.util.List;

/**
 * What {@code super()} returns inside a method: attribute lookup that starts after {@code start} in the MRO of
 * the receiver's class, bound to the receiver. When no class after {@code start} defines {@code __init__} or
 * {@code __repr__} (or {@code __new__}), {@code object}'s are used; for a class derived from a builtin, the builtin's.
 *
 * @param start    the class whose method called {@code super()}
 * @param receiver the method's first argument: an instance, or the class in a class method
 */
record SuperValue(ClassValue start, Value receiver) implements AttributeDispatch {

    private ClassValue receiverType() {
        return receiver instanceof ClassValue type ? type : Builtins.userClassOf(receiver);
    }

    @Override
    public Value getAttribute(String name) {
        ClassValue type = receiverType();
        Value found = type.lookupAfter(start, name);
        if (found != null) {
            return ClassValue.bind(found, receiver instanceof ClassValue ? null : receiver, type);
        }
        Value builtin = BuiltinBases.superAttribute(type, receiver, name);
        if (builtin != null) {
            return builtin;
        }
        return switch (name) {
            case "__init__" -> new BuiltinFunction("__init__", (arguments, context) -> {
                if (type.exceptionBase() != null && receiver instanceof InstanceValue instance) {
                    instance.attributes().put("args", new TupleValue(arguments.positional()));
                    return NoneValue.INSTANCE;
                }
                arguments.bind("object.__init__", List.of(), 0);
                return NoneValue.INSTANCE;
            });
            case "__new__" -> new BuiltinFunction("__new__", (arguments, context) -> {
                if (arguments.size() == 0 || !(arguments.get(0) instanceof ClassValue target)) {
                    throw PlaygroundError.typeError("object.__new__(X): X is not a type object ("
                            + (arguments.size() == 0 ? "NoneType" : arguments.get(0).typeName()) + ")");
                }
                if (arguments.size() > 1 || !arguments.keywords().isEmpty()) {
                    // the class overrides __new__ (it is calling this), so object's refuses the arguments
                    throw PlaygroundError.typeError(
                            "object.__new__() takes exactly one argument (the type to instantiate)");
                }
                return InstanceValue.create(target);
            });
            case "__repr__", "__str__" -> new BuiltinFunction(name, (arguments, context) -> {
                arguments.bind("object." + name, List.of(), 0);
                return new StrValue("<__main__." + type.name() + " object at 0x"
                        + String.format("%012x", System.identityHashCode(receiver) * 16L) + ">");
            });
            default -> null;
        };
    }

    @Override
    public String typeName() {
        return "super";
    }

    @Override
    public String repr() {
        return "<super: <class '" + start.name() + "'>, <" + receiverType().name() + " object>>";
    }
}
