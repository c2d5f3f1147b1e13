package io.tastelab.playground.interp;

import java.util.ArrayList;
import java.util.List;

/**
 * A method bound to its receiver ({@code obj.method}, or a class method bound to its class): calling it calls the
 * function with the receiver first. Immutable.
 */
public record BoundMethodValue(Value receiver, CallableValue function) implements CallableValue, AttributeDispatch {

    @Override
    public Value call(Arguments arguments, CallContext context) {
        List<Value> positional = new ArrayList<>(arguments.positional().size() + 1);
        positional.add(receiver);
        positional.addAll(arguments.positional());
        return context.call(function, new Arguments(positional, arguments.keywords()));
    }

    @Override
    public Value getAttribute(String name) {
        return switch (name) {
            case "__self__" -> receiver;
            case "__func__" -> function;
            case "__name__" -> function instanceof FunctionValue f ? new StrValue(f.name()) : null;
            default -> function instanceof AttributeDispatch dispatch ? dispatch.getAttribute(name) : null;
        };
    }

    @Override
    public String typeName() {
        return "method";
    }

    @Override
    public String repr() {
        String name = function instanceof FunctionValue f ? f.qualifiedName() : function.repr();
        return "<bound method " + name + " of " + receiver.repr() + ">";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BoundMethodValue that && receiver == that.receiver && function.equals(that.function);
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(receiver) * 31 + function.hashCode();
    }
}
