package io.tastelab.playground.interp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A module provider for tests: {@code numpy}, {@code jax}, {@code jax.numpy} and {@code jax.random} with a few
 * fake functions on scalars and {@link FakeVector}s, enough to run the book's snippets' shapes of code.
 */
final class FakeModules implements ModuleProvider {

    int jitCalls;

    @Override
    public Optional<Value> module(String name) {
        return switch (name) {
            case "numpy" -> Optional.of(arrays("numpy", false));
            case "jax.numpy" -> Optional.of(arrays("jax.numpy", true));
            case "jax.random" -> Optional.of(random());
            case "jax" -> Optional.of(new ModuleValue("jax", Map.of("jit", new BuiltinFunction("jit", (arguments, context) -> {
                Value function = arguments.bind("jit", List.of("fun"), 1)[0];
                jitCalls++;
                return new BuiltinFunction("jitted", (inner, innerContext) -> innerContext.call(function, inner));
            }))));
            default -> Optional.empty();
        };
    }

    private static ModuleValue arrays(String name, boolean immutable) {
        Map<String, Value> attributes = new LinkedHashMap<>();
        attributes.put("arange", new BuiltinFunction("arange", (arguments, context) -> {
            long stop = ((IntValue) arguments.bind("arange", List.of("stop"), 1)[0]).longValueExact();
            double[] data = new double[(int) stop];
            for (int i = 0; i < data.length; i++) {
                data[i] = i;
            }
            return new FakeVector(data, immutable);
        }));
        attributes.put("maximum", new BuiltinFunction("maximum", (arguments, context) -> {
            Value[] slots = arguments.bind("maximum", List.of("x1", "x2"), 2);
            double floor = Operators.toDouble(slots[1]);
            if (slots[0] instanceof FakeVector vector) {
                double[] result = vector.data.clone();
                for (int i = 0; i < result.length; i++) {
                    result[i] = Math.max(result[i], floor);
                }
                return new FakeVector(result, immutable);
            }
            return new FloatValue(Math.max(Operators.toDouble(slots[0]), floor));
        }));
        attributes.put("square", new BuiltinFunction("square", (arguments, context) -> {
            Value x = arguments.bind("square", List.of("x"), 1)[0];
            return Operators.binary(io.tastelab.playground.lang.BinaryOperator.MULTIPLY, x, x, context.limits());
        }));
        attributes.put("float32", new StrValue("float32"));
        return new ModuleValue(name, attributes);
    }

    private static ModuleValue random() {
        return new ModuleValue("jax.random", Map.of(
                "PRNGKey", new BuiltinFunction("PRNGKey", (arguments, context) ->
                        TupleValue.of(IntValue.of(0), arguments.bind("PRNGKey", List.of("seed"), 1)[0])),
                "split", new BuiltinFunction("split", (arguments, context) -> {
                    Value[] slots = arguments.bind("split", List.of("key", "num"), 1);
                    TupleValue key = (TupleValue) slots[0];
                    long seed = ((IntValue) key.items().get(1)).longValueExact();
                    return TupleValue.of(TupleValue.of(IntValue.of(1), IntValue.of(seed * 2)),
                            TupleValue.of(IntValue.of(2), IntValue.of(seed * 2 + 1)));
                })));
    }
}
