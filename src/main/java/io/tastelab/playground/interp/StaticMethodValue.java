package io.tastelab.playground.interp;

/** {@code @staticmethod}: a function stored in a class that does not bind to the instance or class. */
record StaticMethodValue(Value function) implements CallableValue {

    /** The {@code staticmethod} builtin. */
    static final TypeValue TYPE = new TypeValue("staticmethod", (arguments, context) ->
            new StaticMethodValue(arguments.bind("staticmethod", java.util.List.of("function"), 1)[0]));

    @Override
    public Value call(Arguments arguments, CallContext context) {
        return context.call(function, arguments);
    }

    @Override
    public String typeName() {
        return "staticmethod";
    }

    @Override
    public String repr() {
        return "<staticmethod(" + function.repr() + ")>";
    }
}
