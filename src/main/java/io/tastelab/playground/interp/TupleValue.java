package io.tastelab.playground.interp;

import java.util.List;
import java.util.stream.Collectors;

/** A Python {@code tuple}. Immutable. */
public class TupleValue implements IterableValue, SubscriptDispatch, AttributeDispatch {

    private final List<Value> items;

    /** {@code t.index(x)} and {@code t.count(x)}. */
    @Override
    public Value getAttribute(String name) {
        return switch (name) {
            case "count" -> new BuiltinFunction("count", (arguments, context) -> {
                Value wanted = arguments.bind("tuple.count", List.of("value"), 1)[0];
                return IntValue.of(items.stream().filter(item -> Operators.equal(item, wanted)).count());
            });
            case "index" -> new BuiltinFunction("index", (arguments, context) -> {
                Value wanted = arguments.bind("tuple.index", List.of("value"), 1)[0];
                for (int i = 0; i < items.size(); i++) {
                    if (Operators.equal(items.get(i), wanted)) {
                        return IntValue.of(i);
                    }
                }
                throw PlaygroundError.valueError("tuple.index(x): x not in tuple");
            });
            default -> null;
        };
    }

    /** The empty tuple. */
    public static final TupleValue EMPTY = new TupleValue(List.of());

    /** A tuple of a copy of {@code items}. A user class derived from tuple extends this class. */
    public TupleValue(List<Value> items) {
        this.items = List.copyOf(items);
    }

    /** The items, unmodifiable. */
    @Override
    public List<Value> items() {
        return items;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TupleValue that && items.equals(that.items);
    }

    @Override
    public int hashCode() {
        return items.hashCode();
    }

    @Override
    public String toString() {
        return "TupleValue[items=" + items + "]";
    }

    /** A tuple of the given values. */
    public static TupleValue of(Value... items) {
        return new TupleValue(List.of(items));
    }

    @Override
    public String typeName() {
        return "tuple";
    }

    @Override
    public String repr() {
        if (items.size() == 1) {
            return "(" + items.getFirst().repr() + ",)";
        }
        return items.stream().map(Value::repr).collect(Collectors.joining(", ", "(", ")"));
    }

    @Override
    public boolean isTruthy() {
        return !items.isEmpty();
    }

    @Override
    public long length() {
        return items.size();
    }

    @Override
    public Value getItem(Value index) {
        return Sequences.getItem(items, index, "tuple");
    }
}
