package io.tastelab.playground.interp;

/**
 * A method written in Java and stored in a user class, such as the {@code __init__} and {@code __repr__} that
 * {@code @dataclass} adds: it binds to the instance like a {@code def} does (the receiver comes first).
 */
record NativeMethod(String name, BuiltinFunction.Body body) implements BindsAsMethod {

    @Override
    public Value call(Arguments arguments, CallContext context) {
        return body.call(arguments, context);
    }

    @Override
    public String typeName() {
        return "function";
    }

    @Override
    public String repr() {
        return "<function " + name + ">";
    }
}
