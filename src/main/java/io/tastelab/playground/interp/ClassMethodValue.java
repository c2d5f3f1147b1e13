package io.tastelab.playground.interp;

/** {@code @classmethod}: a function stored in a class that binds to the class (as {@code cls}), not the instance. */
record ClassMethodValue(CallableValue function) implements Value {

    /** The {@code classmethod} builtin. */
    static final TypeValue TYPE = new TypeValue("classmethod", (arguments, context) -> {
        Value function = arguments.bind("classmethod", java.util.List.of("function"), 1)[0];
        if (!(function instanceof CallableValue callable)) {
            throw PlaygroundError.typeError("'" + function.typeName() + "' object is not callable");
        }
        return new ClassMethodValue(callable);
    });

    @Override
    public String typeName() {
        return "classmethod";
    }

    @Override
    public String repr() {
        return "<classmethod(" + function.repr() + ")>";
    }
}
