package io.tastelab.playground.interp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of Python's {@code functools} that JAX's pages use: {@code partial} (as in
 * {@code @partial(jax.jit, static_argnums=1)}) and {@code reduce}.
 */
final class FunctoolsModule {

    private FunctoolsModule() {
    }

    static ModuleValue create() {
        Map<String, Value> attributes = new LinkedHashMap<>();
        attributes.put("partial", new BuiltinFunction("partial", (arguments, context) -> {
            if (arguments.positional().isEmpty()) {
                throw PlaygroundError.typeError("partial() missing 1 required positional argument: 'func'");
            }
            Value function = arguments.positional().getFirst();
            if (!(function instanceof CallableValue)) {
                throw PlaygroundError.typeError("the first argument must be callable");
            }
            return new Partial(function, arguments.positional().subList(1, arguments.positional().size()),
                    arguments.keywords());
        }));
        attributes.put("reduce", new BuiltinFunction("reduce", FunctoolsModule::reduce));
        return new ModuleValue("functools", attributes);
    }

    private static Value reduce(Arguments arguments, CallContext context) {
        if (arguments.positional().size() < 2 || arguments.positional().size() > 3
                || !arguments.keywords().isEmpty()) {
            throw PlaygroundError.typeError("reduce expected 2 or 3 positional arguments, got "
                    + arguments.positional().size());
        }
        Value function = arguments.positional().get(0);
        Value sequence = arguments.positional().get(1);
        if (!(sequence instanceof IterableValue iterable)) {
            throw PlaygroundError.typeError("reduce() arg 2 must support iteration");
        }
        Value accumulated = arguments.positional().size() == 3 ? arguments.positional().get(2) : null;
        for (Value item : iterable.items()) {
            context.checkBudget();
            accumulated = accumulated == null ? item : context.call(function, Arguments.of(accumulated, item));
        }
        if (accumulated == null) {
            throw PlaygroundError.typeError("reduce() of empty iterable with no initial value");
        }
        return accumulated;
    }

    /** {@code functools.partial(func, *args, **keywords)}: a call adds its arguments after the stored ones. */
    static final class Partial implements CallableValue, AttributeDispatch {
        private final Value function;
        private final List<Value> arguments;
        private final Map<String, Value> keywords;

        Partial(Value function, List<Value> arguments, Map<String, Value> keywords) {
            this.function = function;
            this.arguments = List.copyOf(arguments);
            this.keywords = new LinkedHashMap<>(keywords);
        }

        @Override
        public Value call(Arguments call, CallContext context) {
            List<Value> positional = new ArrayList<>(arguments);
            positional.addAll(call.positional());
            Map<String, Value> merged = new LinkedHashMap<>(keywords);
            merged.putAll(call.keywords());
            return context.call(function, new Arguments(positional, merged));
        }

        @Override
        public Value getAttribute(String name) {
            return switch (name) {
                case "func" -> function;
                case "args" -> new TupleValue(arguments);
                case "keywords" -> {
                    DictValue dict = new DictValue();
                    keywords.forEach((key, value) -> dict.put(new StrValue(key), value));
                    yield dict;
                }
                default -> null;
            };
        }

        @Override
        public String typeName() {
            return "functools.partial";
        }

        @Override
        public String repr() {
            StringBuilder text = new StringBuilder("functools.partial(").append(function.repr());
            arguments.forEach(argument -> text.append(", ").append(argument.repr()));
            keywords.forEach((key, value) -> text.append(", ").append(key).append('=').append(value.repr()));
            return text.append(')').toString();
        }
    }
}
