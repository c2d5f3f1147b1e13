package io.tastelab.playground.interp;

/**
 * A builtin type's method read off the type ({@code str.upper}, {@code str.__hash__}): called with the value first
 * ({@code str.upper(s)}), and, stored in a class body ({@code __hash__ = str.__hash__}), bound as a method. It runs
 * the builtin's own method even on an instance of a derived class that overrides it, as CPython's method
 * descriptors do.
 *
 * @param type the builtin type
 * @param name the method's name
 */
record UnboundBuiltinMethod(TypeValue type, String name) implements BindsAsMethod {

    /** {@code type.name}, or null when the builtin has no such method (checked on an empty value of the type). */
    static UnboundBuiltinMethod of(TypeValue type, String name) {
        Value probe = switch (type.name()) {
            case "str" -> new StrValue("");
            case "tuple" -> TupleValue.EMPTY;
            case "list" -> new ListValue(java.util.List.of());
            case "dict" -> new DictValue();
            default -> null;
        };
        boolean method = probe instanceof AttributeDispatch dispatch && dispatch.getAttribute(name) != null;
        boolean special = name.startsWith("__") && name.endsWith("__") && !name.equals("__init__")
                && !name.equals("__new__");
        return method || special ? new UnboundBuiltinMethod(type, name) : null;
    }

    @Override
    public Value call(Arguments arguments, CallContext context) {
        if (arguments.size() == 0) {
            throw PlaygroundError.typeError("unbound method " + type.name() + "." + name
                    + "() needs an argument");
        }
        Value self = arguments.get(0);
        if (!Builtins.isInstance(self, type)) {
            throw PlaygroundError.typeError("descriptor '" + name + "' for '" + type.name()
                    + "' objects doesn't apply to a '" + self.typeName() + "' object");
        }
        Value method = BuiltinSpecialMethods.bound(self, name);
        if (method == null) {
            throw PlaygroundError.attributeError("type object '" + type.name() + "' has no attribute '" + name + "'");
        }
        return context.call(method, new Arguments(arguments.positional().subList(1, arguments.size()),
                arguments.keywords()));
    }

    @Override
    public String typeName() {
        return name.startsWith("__") ? "wrapper_descriptor" : "method_descriptor";
    }

    @Override
    public String repr() {
        return "<method '" + name + "' of '" + type.name() + "' objects>";
    }
}
