package io.tastelab.playground.interp;

import java.util.List;

/**
 * {@code collections.defaultdict(factory, ...)}: a dict whose {@code d[key]} for a missing key stores and returns
 * {@code factory()} (a KeyError when the factory is None); {@code get}, {@code in} and iteration see only what is
 * stored, as in Python.
 */
final class DefaultDictValue extends DictValue {

    static final String TYPE = "collections.defaultdict";

    private Value factory;
    private final CallContext context;

    DefaultDictValue(Value factory, CallContext context) {
        this.factory = factory;
        this.context = context;
    }

    /** {@code defaultdict(default_factory=None, /, [mapping or iterable], **kwargs)}. */
    static Value construct(Arguments arguments, CallContext context) {
        List<Value> positional = arguments.positional();
        Value factory = positional.isEmpty() ? NoneValue.INSTANCE : positional.getFirst();
        if (factory != NoneValue.INSTANCE && !(factory instanceof CallableValue)) {
            throw PlaygroundError.typeError("first argument must be callable or None");
        }
        if (positional.size() > 2) {
            throw PlaygroundError.typeError("dict expected at most 1 argument, got " + (positional.size() - 1));
        }
        DefaultDictValue dict = new DefaultDictValue(factory, context);
        if (positional.size() == 2) {
            dict.update(positional.get(1), context);
        }
        arguments.keywords().forEach((key, value) -> dict.put(new StrValue(key), value));
        return dict;
    }

    @Override
    public String typeName() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "defaultdict(" + (factory == NoneValue.INSTANCE ? "None" : factory.repr()) + ", " + super.repr() + ")";
    }

    @Override
    public Value getItem(Value index) {
        Value found = get(index);
        if (found != null) {
            return found;
        }
        if (factory == NoneValue.INSTANCE) {
            throw PlaygroundError.of("KeyError", index.repr());
        }
        Value made = context.call(factory, Arguments.of());
        put(index, made);
        return made;
    }

    @Override
    public Value getAttribute(String name) {
        return switch (name) {
            case "default_factory" -> factory;
            case "copy" -> new BuiltinFunction("copy", (arguments, context) -> {
                arguments.bind("copy", List.of(), 0);
                DefaultDictValue copy = new DefaultDictValue(factory, this.context);
                copy.update(this, context);
                return copy;
            }, "collections.defaultdict object");
            default -> super.getAttribute(name);
        };
    }

    @Override
    public void setAttribute(String name, Value value) {
        if (!name.equals("default_factory")) {
            super.setAttribute(name, value);
            return;
        }
        factory = value;
    }
}
