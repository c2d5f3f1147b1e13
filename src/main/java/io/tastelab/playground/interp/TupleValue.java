package io.tastelab.playground.interp;

import java.util.List;
import java.util.stream.Collectors;

/** A Python {@code tuple}. Immutable. */
public record TupleValue(List<Value> items) implements IterableValue, SubscriptDispatch {

    /** The empty tuple. */
    public static final TupleValue EMPTY = new TupleValue(List.of());

    public TupleValue {
        items = List.copyOf(items);
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
